import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WirefeedError } from '@wirefeed/core';
import type { HttpGetOptions } from '@wirefeed/http';
import { classifyStatus, httpGet } from '@wirefeed/http';

export interface FeedSource {
  body: Uint8Array;
  /** Where the body finally came from: the URL after redirects, or a file:// URL. */
  url: string;
  contentType?: string;
  /** The response's Content-Language, when the server sent one (for ParseFeedOptions). */
  contentLanguage?: string;
}

/** What a feed fetch asks for: the feed formats first, anything else last. */
export const FEED_ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'application/json;q=0.8',
  '*/*;q=0.5',
].join(', ');
const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;

function fileError(path: string, message: string, cause?: unknown): WirefeedError {
  return new WirefeedError('WF_E_FILE_READ', message, {
    ...(cause === undefined ? {} : { cause }),
    details: { path },
  });
}

async function readLocal(path: string, maxBytes: number): Promise<FeedSource> {
  const absolute = resolve(path);
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must fail or return, not wait for a writer that never comes.
    handle = await open(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) throw fileError(absolute, `${absolute} is not a regular file`);
    if (stat.size > maxBytes) throw fileError(absolute, `${absolute} is larger than ${maxBytes} bytes`);
    return { body: await handle.readFile(), url: pathToFileURL(absolute).href };
  } catch (err) {
    if (err instanceof WirefeedError) throw err;
    throw fileError(
      absolute,
      `cannot read ${absolute}: ${err instanceof Error ? err.message : String(err)}`,
      err,
    );
  } finally {
    await handle?.close();
  }
}

async function readRemote(url: string, http: HttpGetOptions): Promise<FeedSource> {
  const res = await httpGet(url, { ...http, headers: { accept: FEED_ACCEPT, ...http.headers } });
  const code = classifyStatus(res.status);
  if (code) {
    const retryAfter = res.headers.get('retry-after');
    throw new WirefeedError(code, `HTTP ${res.status} from ${res.url}`, {
      details: { status: res.status, url: res.url, ...(retryAfter ? { retryAfter } : {}) },
    });
  }
  const contentType = res.headers.get('content-type');
  const contentLanguage = res.headers.get('content-language');
  return {
    body: res.body,
    url: res.url,
    ...(contentType ? { contentType } : {}),
    ...(contentLanguage ? { contentLanguage } : {}),
  };
}

/**
 * Reads a feed from an http(s) URL (through `httpGet`; an error status rejects with the code
 * `classifyStatus` gives it, the status in `details`) or from a local file, named by path or file://
 * URL (WF_E_FILE_READ on any failure, including a file larger than `http.maxBytes`). A 304 is not an
 * error: it comes back with its empty body. Other URL schemes reject with WF_E_FETCH_BLOCKED.
 */
export async function readFeedSource(source: string, http: HttpGetOptions = {}): Promise<FeedSource> {
  // Two characters at least, so a Windows drive ("C:\\feeds\\a.xml") still reads as a path.
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(source)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return readRemote(source, http);
  const maxBytes = http.maxBytes ?? DEFAULT_MAX_BYTES;
  if (scheme === 'file') {
    let path: string;
    try {
      path = fileURLToPath(source);
    } catch (err) {
      throw fileError(source, `not a local file URL: ${source}`, err);
    }
    return readLocal(path, maxBytes);
  }
  if (scheme && source.includes('://')) {
    throw new WirefeedError('WF_E_FETCH_BLOCKED', `scheme ${scheme}: is not supported`, {
      details: { source },
    });
  }
  return readLocal(source, maxBytes);
}
