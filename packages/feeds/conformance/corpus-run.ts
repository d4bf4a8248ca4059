// Runs the Universal Feed Parser corpus through a feed parser and tallies its `Expect:` lines: the
// shared engine of `npm run conformance` and corpus.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { WirefeedError } from '@wirefeed/core';
import type { ParsedFeed } from '../src/feed.ts';
import type { ParseFeedOptions } from '../src/parse-feed.ts';
import { parseFeed } from '../src/parse-feed.ts';
import { corpusHeader, outOfScope, translate } from './corpus-expect.ts';

/** Where the corpus lives when nobody says otherwise: vendored under test/fixtures (BSD-2-Clause). */
export const DEFAULT_CORPUS = resolve(
  import.meta.dirname,
  '../../../test/fixtures/feed-corpus/feedparser/tests',
);
export const CORPUS_FOLDERS = ['wellformed', 'illformed', 'encoding', 'entities', 'json'] as const;
/** A file whose parse has not settled by then counts as a hang. */
export const PER_FILE_MS = 2_000;
// feedparser's own test server serves every file from here; expectations about URLs resolved against
// "the document" name it.
const SERVED_FROM = 'http://127.0.0.1:8097/tests/';

export type Parse = (body: Uint8Array, options: ParseFeedOptions) => Promise<ParsedFeed>;

export type Verdict = 'met' | 'not met' | 'not translatable';

export interface FileResult {
  /** Path under the corpus, with forward slashes. */
  file: string;
  group: string;
  ms: number;
  expect?: string;
  verdict: Verdict;
  /** Why a line is not translatable, or what we had instead when it is not met. */
  detail?: string;
  fields: string[];
  parsed: boolean;
  /** Set when the parse threw something other than a WirefeedError, or did not settle in time. */
  crash?: string;
  /** A line we could translate but leave out: it tests another component (see `outOfScope`). */
  outOfScope?: boolean;
  /** For an out-of-scope line: whether our output meets it anyway (reported apart, never counted). */
  outOfScopeMet?: boolean;
}

export interface Tally {
  files: number;
  parsed: number;
  met: number;
  notMet: number;
  untranslatable: number;
  /** Of the untranslatable, those translatable but out of scope (feedparser's sanitizer). */
  outOfScope: number;
  /** Of those, how many our output meets anyway. */
  outOfScopeMet: number;
  crashed: number;
}

export const emptyTally = (): Tally => ({
  files: 0,
  parsed: 0,
  met: 0,
  notMet: 0,
  untranslatable: 0,
  outOfScope: 0,
  outOfScopeMet: 0,
  crashed: 0,
});

/** Share of translatable lines that are met, in percent. */
export function metShare(tally: Tally): number {
  const translatable = tally.met + tally.notMet;
  return translatable === 0 ? 0 : (100 * tally.met) / translatable;
}

// wellformed/ and illformed/ are reported per subfolder (atom, rss, sanitize, …), the rest whole.
function groupOf(file: string): string {
  const [top = '', second] = file.split('/');
  return (top === 'wellformed' || top === 'illformed') && second && !second.includes('.')
    ? `${top}/${second}`
    : top;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HangError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

class HangError extends Error {}

/** Parses one corpus file the way feedparser's test server would have served it, and judges it. */
export async function runFile(root: string, path: string, parse: Parse = parseFeed): Promise<FileResult> {
  const file = relative(root, path).split(sep).join('/');
  const bytes = readFileSync(path);
  const header = corpusHeader(bytes.subarray(0, 4096).toString('latin1'));
  // A Content-Location header is where the document says it lives: the base feedparser resolves
  // against, so it is handed over as the feed's URL (when it is a web address).
  const served = `${SERVED_FROM}${file}`;
  const located = header.contentLocation && URL.parse(header.contentLocation, served);
  const url = located && /^https?:$/.test(located.protocol) ? located.href : served;
  const options = {
    url,
    ...(header.contentType ? { contentType: header.contentType } : {}),
    ...(header.contentLanguage ? { contentLanguage: header.contentLanguage } : {}),
  };
  const started = performance.now();
  let feed: ParsedFeed | undefined;
  let crash: string | undefined;
  try {
    feed = await settleWithin(parse(bytes, options), PER_FILE_MS);
  } catch (err) {
    if (!(err instanceof WirefeedError))
      crash = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const ms = performance.now() - started;
  const base = { file, group: groupOf(file), ms, parsed: feed !== undefined, ...(crash ? { crash } : {}) };
  if (!header.expect) return { ...base, verdict: 'not translatable', detail: 'no Expect: line', fields: [] };
  const translation = translate(header.expect);
  const excluded = outOfScope(file);
  if (excluded && translation.translatable) {
    return {
      ...base,
      expect: header.expect,
      verdict: 'not translatable',
      detail: excluded,
      fields: [],
      outOfScope: true,
      outOfScopeMet: translation.check(feed).met,
    };
  }
  if (!translation.translatable) {
    return {
      ...base,
      expect: header.expect,
      verdict: 'not translatable',
      detail: translation.reason,
      fields: [],
    };
  }
  const { met, detail } = translation.check(feed);
  return {
    ...base,
    expect: header.expect,
    verdict: met ? 'met' : 'not met',
    fields: translation.fields,
    ...(detail ? { detail } : {}),
  };
}

/** Every file of the corpus folders under `root`, in order; empty when the corpus is absent. */
export function corpusFiles(root: string): string[] {
  return CORPUS_FOLDERS.flatMap((folder) => filesUnder(join(root, folder)));
}

export async function runCorpus(root: string, parse: Parse = parseFeed): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const path of corpusFiles(root)) results.push(await runFile(root, path, parse));
  return results;
}

/** Met and total per field the translatable lines read (a line reading two fields counts for both). */
export function fieldTallies(results: readonly FileResult[]): Map<string, { met: number; total: number }> {
  const byField = new Map<string, { met: number; total: number }>();
  for (const result of results) {
    if (result.verdict === 'not translatable') continue;
    for (const field of new Set(result.fields)) {
      const tally = byField.get(field) ?? { met: 0, total: 0 };
      tally.total += 1;
      if (result.verdict === 'met') tally.met += 1;
      byField.set(field, tally);
    }
  }
  return new Map([...byField].sort(([a], [b]) => a.localeCompare(b)));
}

/** Tallies per group, in corpus order, and the total under the key `total`. */
export function tallies(results: readonly FileResult[]): Map<string, Tally> {
  const byGroup = new Map<string, Tally>();
  const total = emptyTally();
  for (const result of results) {
    const group = byGroup.get(result.group) ?? emptyTally();
    byGroup.set(result.group, group);
    for (const tally of [group, total]) {
      tally.files += 1;
      tally.parsed += result.parsed ? 1 : 0;
      tally.crashed += result.crash ? 1 : 0;
      if (result.verdict === 'met') tally.met += 1;
      else if (result.verdict === 'not met') tally.notMet += 1;
      else tally.untranslatable += 1;
      if (result.outOfScope) tally.outOfScope += 1;
      if (result.outOfScopeMet) tally.outOfScopeMet += 1;
    }
  }
  byGroup.set('total', total);
  return byGroup;
}

export interface Baseline {
  /** Met counts per group (and `total`): the conformance test fails when one drops below. */
  met: Record<string, number>;
}

export function readBaseline(): Baseline {
  return JSON.parse(
    readFileSync(new URL('./conformance-baseline.json', import.meta.url), 'utf8'),
  ) as Baseline;
}

/** The groups whose met count fell below the baseline, as "group: now < baseline". */
export function regressions(current: Map<string, Tally>, baseline: Baseline): string[] {
  return Object.entries(baseline.met)
    .filter(([group, met]) => (current.get(group)?.met ?? 0) < met)
    .map(([group, met]) => `${group}: ${current.get(group)?.met ?? 0} met < baseline ${met}`);
}
