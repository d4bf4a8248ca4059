// Translates feedparser's `Expect:` lines (Python over feedparser's result) into checks on our
// ParsedFeed. Each line is parsed as Python; every field it reads must be one that ParsedFeed carries
// (see MODEL), or the line is "not translatable" with the field named. Which fields a line reads is
// decided from the expression alone, before any feed is parsed, so a failed parse can never turn an
// untranslatable line into a miss or the other way round.
import type { ParsedFeed } from '../feed.ts';
import { sameMarkup } from './markup-compare.ts';
import type { PyNode, PyValue } from './python-expr.ts';
import { PySyntaxError, parsePython } from './python-expr.ts';

type Item = ParsedFeed['items'][number];

/** feedparser's version names, by the format family we report (we do not tell versions apart). */
const VERSION_FAMILY = new Map([
  ['rss090', 'rdf'],
  ['rss091n', 'rss'],
  ['rss091u', 'rss'],
  ['rss092', 'rss'],
  ['rss093', 'rss'],
  ['rss094', 'rss'],
  ['rss20', 'rss'],
  ['rss', 'rss'],
  ['rss10', 'rdf'],
  ['atom01', 'atom'],
  ['atom02', 'atom'],
  ['atom03', 'atom'],
  ['atom10', 'atom'],
  ['atom', 'atom'],
  ['json1', 'json-feed'],
  ['json11', 'json-feed'],
  ['cdf', 'cdf'],
]);

// The feedparser fields we translate, and what each reads on our side. `[]` marks a list whose
// elements have the shape inside; a string leaf names the ParsedFeed/RawItem value it stands for.
type Model = string | { readonly [key: string]: Model } | readonly [Model];

const TEXT_DETAIL = (value: string, language: string) => ({ value, language });
const DATE = (field: string) => ({ [field]: field, [`${field}_parsed`]: `${field} (as a date)` });

const ENTRY_MODEL: Model = {
  title: 'title',
  title_detail: TEXT_DETAIL('title', 'language'),
  link: 'link',
  id: 'guid',
  guid: 'guid',
  author: 'author',
  author_detail: { name: 'author' },
  authors: [{ name: 'author' }],
  summary: 'summary',
  description: 'summary',
  summary_detail: TEXT_DETAIL('summary', 'language'),
  content: [{ value: 'content', language: 'language' }],
  ...DATE('published'),
  ...DATE('updated'),
  tags: [{ term: 'categories' }],
  category: 'categories',
  language: 'language',
};
const FEED_MODEL: Model = {
  title: 'title',
  title_detail: TEXT_DETAIL('title', 'language'),
  link: 'link',
  language: 'language',
  author: 'author',
  author_detail: { name: 'author' },
  ...DATE('updated'),
};
const MODEL: Model = { feed: FEED_MODEL, entries: [ENTRY_MODEL], version: 'format' };

export type Translation =
  | { translatable: false; reason: string }
  | {
      translatable: true;
      /** The feedparser fields the line reads, e.g. `entries.content.value`. */
      fields: string[];
      /** Whether the parsed feed (undefined: the parse failed) meets the line. */
      check: (feed: ParsedFeed | undefined) => { met: boolean; detail?: string };
    };

class Untranslatable extends Error {}
class PyLookupError extends Error {}

function modelAt(model: Model, key: string | number): Model | undefined {
  if (typeof model === 'string') return undefined;
  if (Array.isArray(model)) return typeof key === 'number' ? model[0] : undefined;
  if (typeof key !== 'string' || !Object.hasOwn(model, key)) return undefined;
  return (model as Record<string, Model>)[key];
}

function literalKey(node: PyNode): string | number | undefined {
  if (node.kind === 'literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return node.value;
  }
  if (node.kind === 'negate' && node.operand.kind === 'literal' && typeof node.operand.value === 'number') {
    return -node.operand.value;
  }
  return undefined;
}

/** The model path an access expression stands for, or undefined when it is not one. */
function accessPath(node: PyNode): (string | number)[] | undefined {
  if (node.kind === 'name') return [node.name];
  if (node.kind === 'attribute') {
    const target = accessPath(node.target);
    return target && [...target, node.name];
  }
  if (node.kind === 'subscript') {
    const target = accessPath(node.target);
    const key = literalKey(node.index);
    return target && key !== undefined ? [...target, key] : undefined;
  }
  return undefined;
}

const describe = (path: (string | number)[]) =>
  path
    .map((key, i) => (i === 0 ? String(key) : typeof key === 'number' ? `[${key}]` : `['${key}']`))
    .join('');

function modelOf(path: (string | number)[]): Model | undefined {
  let model: Model | undefined = MODEL;
  for (const key of path) model = model === undefined ? undefined : modelAt(model, key);
  return model;
}

function checkPath(path: (string | number)[], fields: Set<string>): void {
  let model: Model | undefined = MODEL;
  for (const key of path) {
    model = model === undefined ? undefined : modelAt(model, key);
    if (model === undefined) throw new Untranslatable(`${describe(path)} is not a field we parse`);
  }
  fields.add(path.filter((key) => typeof key === 'string').join('.'));
}

const FUNCTIONS = new Set(['len', 'ord']);
const METHODS = new Set(['get', 'has_key']);

/** Throws Untranslatable when the expression reads anything outside MODEL. */
function checkStatic(node: PyNode, fields: Set<string>): void {
  switch (node.kind) {
    case 'literal':
      return;
    case 'name':
    case 'subscript':
    case 'attribute': {
      const path = accessPath(node);
      if (!path) throw new Untranslatable('a computed subscript');
      checkPath(path, fields);
      return;
    }
    case 'call': {
      const { callee, args } = node;
      if (callee.kind === 'name' && FUNCTIONS.has(callee.name) && args.length === 1 && args[0]) {
        checkStatic(args[0], fields);
        return;
      }
      const key = args[0] && literalKey(args[0]);
      if (callee.kind === 'attribute' && METHODS.has(callee.name) && typeof key === 'string') {
        const target = accessPath(callee.target);
        if (!target) throw new Untranslatable('a method on a computed value');
        checkPath([...target, key], fields);
        for (const arg of args.slice(1)) checkStatic(arg, fields);
        return;
      }
      throw new Untranslatable(`a call we do not model (${callee.kind === 'name' ? callee.name : 'method'})`);
    }
    case 'tuple':
    case 'list':
      for (const item of node.items) checkStatic(item, fields);
      return;
    case 'dict':
      throw new Untranslatable('a dict comparison');
    case 'add':
      checkStatic(node.left, fields);
      checkStatic(node.right, fields);
      return;
    case 'negate':
    case 'not':
      checkStatic(node.operand, fields);
      return;
    case 'compare': {
      checkStatic(node.first, fields);
      let left = node.first;
      for (const [op, operand] of node.rest) {
        checkStatic(operand, fields);
        // `'key' in feed` reads feed['key']: it must be a field we parse, or its absence proves nothing.
        const key = literalKey(left);
        const target = accessPath(operand);
        const isDict =
          target !== undefined && typeof modelOf(target) === 'object' && !Array.isArray(modelOf(target));
        if ((op === 'in' || op === 'not in') && typeof key === 'string' && target && isDict) {
          checkPath([...target, key], fields);
        }
        left = operand;
      }
      return;
    }
    case 'and':
    case 'or':
      for (const operand of node.operands) checkStatic(operand, fields);
      return;
  }
}

// ---- our side, seen as feedparser's dictionaries -------------------------------------------------

/** time.struct_time of a date string, in UTC (feedparser's *_parsed), when JavaScript can read it. */
export function dateTuple(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yday = Math.floor((ms - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return [
    year,
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    (date.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

const KEEP = Symbol('version');
interface VersionValue {
  readonly [KEEP]: string;
}

type Value = PyValue | undefined | VersionValue | { readonly view: Record<string, unknown> } | Value[];

function entryView(item: Item): Record<string, unknown> {
  const body = item.contentHtml ?? item.contentText;
  const summary = item.summary ?? body;
  const language = item.language ?? null;
  return {
    title: item.title,
    title_detail: { view: { value: item.title, language } },
    link: item.link,
    id: item.guid,
    guid: item.guid,
    author: item.author,
    author_detail: { view: { name: item.author } },
    authors: item.author === undefined ? [] : [{ view: { name: item.author } }],
    summary,
    description: summary,
    summary_detail: { view: { value: summary, language } },
    content: body === undefined ? [] : [{ view: { value: body, language } }],
    published: item.published,
    published_parsed: dateTuple(item.published),
    updated: item.updated,
    updated_parsed: dateTuple(item.updated),
    tags: item.categories.map((term) => ({ view: { term } })),
    category: item.categories[0],
    language,
  };
}

function feedView(feed: ParsedFeed): Record<string, unknown> {
  return {
    title: feed.title,
    title_detail: { view: { value: feed.title, language: feed.language ?? null } },
    link: feed.link,
    language: feed.language,
    author: feed.author,
    author_detail: { view: { name: feed.author } },
    updated: feed.updated,
    updated_parsed: dateTuple(feed.updated),
  };
}

function isView(value: Value): value is { view: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && 'view' in value;
}

function isVersion(value: Value): value is VersionValue {
  return typeof value === 'object' && value !== null && KEEP in value;
}

function lookup(target: Value, key: string | number): Value {
  if (Array.isArray(target)) {
    if (typeof key !== 'number') throw new PyLookupError(`list index ${key}`);
    const value = target[key < 0 ? target.length + key : key];
    if (value === undefined) throw new PyLookupError(`index ${key} out of range`);
    return value;
  }
  if (isView(target) && typeof key === 'string') return target.view[key] as Value;
  throw new PyLookupError(`no ${String(key)} on ${target === undefined ? 'None' : typeof target}`);
}

function truthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value !== '';
  if (isView(value) || isVersion(value)) return true;
  return Boolean(value);
}

function equal(a: Value, b: Value): boolean {
  if (isVersion(a) || isVersion(b)) {
    const [version, other] = isVersion(a) ? [a, b] : [b as VersionValue, a];
    return typeof other === 'string' && VERSION_FAMILY.get(other) === version[KEEP];
  }
  if (a === undefined || a === null || b === undefined || b === null) {
    return (a === undefined || a === null) && (b === undefined || b === null);
  }
  if (typeof a === 'string' && typeof b === 'string') return sameMarkup(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  return a === b;
}

function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (Array.isArray(container)) return container.some((entry) => equal(entry, item));
  if (isView(container) && typeof item === 'string') return container.view[item] !== undefined;
  throw new PyLookupError('unsupported `in`');
}

function evaluate(node: PyNode, root: Record<string, unknown>): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'name':
      return root[node.name] as Value;
    case 'attribute':
      return lookup(evaluate(node.target, root), node.name);
    case 'subscript': {
      const key = literalKey(node.index);
      if (key === undefined) throw new PyLookupError('computed subscript');
      return lookup(evaluate(node.target, root), key);
    }
    case 'call': {
      const { callee, args } = node;
      if (callee.kind === 'name') {
        const arg = args[0] && evaluate(args[0], root);
        if (callee.name === 'len' && (typeof arg === 'string' || Array.isArray(arg))) return arg.length;
        if (callee.name === 'ord' && typeof arg === 'string' && [...arg].length === 1) {
          return arg.codePointAt(0) ?? null;
        }
        throw new PyLookupError(`${callee.name}() of this value`);
      }
      if (callee.kind !== 'attribute') throw new PyLookupError('call');
      const target = evaluate(callee.target, root);
      const key = args[0] && literalKey(args[0]);
      if (!isView(target) || typeof key !== 'string') throw new PyLookupError('method on a non-dict');
      const value = target.view[key] as Value;
      if (callee.name === 'has_key') return value !== undefined;
      return value ?? (args[1] ? evaluate(args[1], root) : null);
    }
    case 'tuple':
    case 'list':
      return node.items.map((item) => evaluate(item, root));
    case 'dict':
      throw new PyLookupError('dict');
    case 'add': {
      const left = evaluate(node.left, root);
      const right = evaluate(node.right, root);
      if (typeof left === 'string' && typeof right === 'string') return left + right;
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      throw new PyLookupError('+ of mixed types');
    }
    case 'negate': {
      const value = evaluate(node.operand, root);
      if (typeof value !== 'number') throw new PyLookupError('- of a non-number');
      return -value;
    }
    case 'not':
      return !truthy(evaluate(node.operand, root));
    case 'compare': {
      let left = evaluate(node.first, root);
      for (const [op, operand] of node.rest) {
        const right = evaluate(operand, root);
        const holds =
          op === '==' || op === 'is'
            ? equal(left, right)
            : op === '!=' || op === 'is not'
              ? !equal(left, right)
              : op === 'in'
                ? contains(right, left)
                : !contains(right, left);
        if (!holds) return false;
        left = right;
      }
      return true;
    }
    case 'and':
      // A lookup error anywhere fails the whole line, as the KeyError would in Python.
      return node.operands.every((operand) => truthy(evaluate(operand, root)));
    case 'or':
      return node.operands.some((operand) => truthy(evaluate(operand, root)));
  }
}

function rootOf(feed: ParsedFeed): Record<string, unknown> {
  return {
    feed: { view: feedView(feed) },
    entries: feed.items.map((item) => ({ view: entryView(item) })),
    version: { [KEEP]: feed.format },
  };
}

function show(value: Value): string {
  if (isView(value)) return '{…}';
  if (isVersion(value)) return value[KEEP];
  return JSON.stringify(value) ?? 'None';
}

/** What the line's comparisons saw on our side, for the failure list. */
function actualOf(node: PyNode, root: Record<string, unknown>): string {
  const parts: string[] = [];
  const visit = (n: PyNode) => {
    if (n.kind === 'compare') {
      try {
        parts.push(show(evaluate(n.first, root)));
      } catch (err) {
        parts.push(`<${err instanceof Error ? err.message : String(err)}>`);
      }
    } else if (n.kind === 'and' || n.kind === 'or') n.operands.forEach(visit);
    else if (n.kind === 'not') visit(n.operand);
  };
  visit(node);
  return parts.join(' | ');
}

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
  const names = [...fields].filter((field) => field !== 'entries' && field !== 'feed');
  if (names.length === 0) return { translatable: false, reason: 'reads no field (bozo, a constant)' };
  return {
    translatable: true,
    fields: names,
    check: (feed) => {
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
