// Translates feedparser's `Expect:` lines (Python over feedparser's result) into checks on our
// ParsedFeed. Each line is parsed as Python; every field it reads must be one that ParsedFeed carries
// (see MODEL in expect-model.ts), or the line is "not translatable" with the field named. Which fields
// a line reads is decided from the expression alone, before any feed is parsed, so a failed parse can
// never turn an untranslatable line into a miss or the other way round.
import type { ParsedFeed } from '../src/feed.ts';
import { actualOf, evaluate, PyLookupError, truthy } from './expect-evaluate.ts';
import { checkStatic, MISSING, Untranslatable } from './expect-fields.ts';
import { rootOf } from './feedparser-view.ts';
import type { PyNode } from './python-expr.ts';
import { PySyntaxError, parsePython } from './python-expr.ts';

// Part of what the translation promises about dates, so it is importable from here with the rest.
export { dateTuple } from './feedparser-view.ts';

export type Translation =
  | { translatable: false; reason: string }
  | {
      translatable: true;
      /** The feedparser fields the line reads, e.g. `entries.content.value`. */
      fields: string[];
      /** Whether the parsed feed (undefined: the parse failed) meets the line. */
      check: (feed: ParsedFeed | undefined) => { met: boolean; detail?: string };
    };

// `bozo` is feedparser's "this was not well-formed" flag. We have none: a leading `not bozo and` or
// `bozo and` is dropped and the rest is checked; a line that is only about bozo is not translatable.
const BOZO_PREFIX = /^(?:not\s+)?bozo\s+and\s+/;

/** The check an `Expect:` line stands for, or why it cannot be translated. */
export function translate(expect: string): Translation {
  const source = expect.trim().replace(BOZO_PREFIX, '');
  let node: PyNode;
  try {
    node = parsePython(source);
  } catch (err) {
    if (err instanceof PySyntaxError)
      return { translatable: false, reason: `Python we do not read: ${err.message}` };
    throw err;
  }
  const fields = new Set<string>();
  try {
    checkStatic(node, fields);
  } catch (err) {
    if (err instanceof Untranslatable) return { translatable: false, reason: err.message };
    throw err;
  }
  const read = [...fields].filter((field) => field !== 'entries' && field !== 'feed');
  if (read.length === 0) return { translatable: false, reason: 'reads no field (bozo, a constant)' };
  const missing = read.filter((field) => field.startsWith(MISSING)).map((f) => f.slice(MISSING.length));
  const names = read.map((field) => (field.startsWith(MISSING) ? field.slice(MISSING.length) : field));
  return {
    translatable: true,
    fields: names,
    check: (feed) => {
      // A field the feed carries and we do not output: a miss, whatever the feed says.
      if (missing.length > 0) return { met: false, detail: `not output: ${missing.join(', ')}` };
      if (feed === undefined) return { met: false, detail: 'not parsed' };
      const root = rootOf(feed);
      try {
        if (truthy(evaluate(node, root))) return { met: true };
      } catch (err) {
        if (!(err instanceof PyLookupError)) throw err;
        return { met: false, detail: err.message };
      }
      return { met: false, detail: actualOf(node, root) };
    },
  };
}

/**
 * Why a corpus file's line is out of our scope, judged by the corpus's own file naming; undefined
 * when it is in scope. wellformed/sanitize/ tests feedparser's HTML sanitizer: what it strips (scripts,
 * event handlers, styles, unknown elements). We hand HTML on as the feed wrote it and packages/normalize
 * sanitizes it with an allow-list of its own, so those lines test another component with another
 * policy. The `acceptable_*` files there are kept: they say that safe markup comes through whole,
 * which for us is a plain extraction check (and is not met where feedparser dropped something).
 */
export function outOfScope(file: string): string | undefined {
  if (/^wellformed\/sanitize\/(?!acceptable_)/.test(file)) {
    return "feedparser's HTML sanitizer (what it strips); packages/normalize sanitizes, with its own allow-list";
  }
  return undefined;
}

export interface CorpusHeader {
  expect?: string;
  contentType?: string;
  contentLocation?: string;
  contentLanguage?: string;
}

/** The `Expect:` and `Header:` lines from the comment that opens a corpus file. */
export function corpusHeader(head: string): CorpusHeader {
  // The JSON files carry theirs inside a string: "Description: … Expect: … -->".
  const expect = /(?:^|\s)Expect:\s*(.+?)\s*(?:-->.*)?$/m.exec(head)?.[1];
  const header = (name: string) =>
    new RegExp(String.raw`^Header:\s*${name}:\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  const contentType = header('Content-type');
  const contentLocation = header('Content-Location');
  const contentLanguage = header('Content-Language');
  return {
    ...(expect ? { expect } : {}),
    ...(contentType ? { contentType } : {}),
    ...(contentLocation ? { contentLocation } : {}),
    ...(contentLanguage ? { contentLanguage } : {}),
  };
}
