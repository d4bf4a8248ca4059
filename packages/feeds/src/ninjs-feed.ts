// IPTC ninjs (News in JSON) as input: one item, an array of items, or `{ "items": [...] }` as agency
// endpoints serve them. 3.x writes camelCase (`firstCreated`, `contentType`), 2.x the same fields in
// lower case, 1.x single values (`headline`, `body_html`, `byline`, `subject`); all three are read.
import type { ProviderSubject, RawItem } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core/contracts';
import { z } from 'zod';
import type { ParsedFeed, SkippedEntry } from './feed.ts';
import { ninjsMedia, ninjsRights } from './json-media.ts';
import { isNode } from './nodes.ts';

// Permissive on purpose: only the fields we map are described, anything else passes through, and a
// field of the wrong shape fails the item rather than being guessed at.
const text = z.string().optional();
const Value = z.looseObject({
  value: z.string(),
  role: text,
  contentType: text,
  contenttype: text,
});
const Named = z.looseObject({ name: text, uri: text, literal: text, code: text });
const NinjsItem = z.looseObject({
  uri: z.string().min(1),
  type: text,
  language: text,
  headlines: z.array(Value).optional(),
  headline: text,
  bodies: z.array(Value).optional(),
  body_html: text,
  body_xhtml: text,
  body_text: text,
  descriptions: z.array(Value).optional(),
  description_html: text,
  description_text: text,
  by: text,
  byline: text,
  subjects: z.array(Named).optional(),
  subject: z.array(Named).optional(),
  firstCreated: text,
  firstcreated: text,
  versionCreated: text,
  versioncreated: text,
});
type NinjsItem = z.infer<typeof NinjsItem>;
type NinjsValue = z.infer<typeof Value>;

// Fields only ninjs has: together with a `uri` they tell a ninjs item from any other JSON.
const NINJS_FIELDS = [
  'headlines',
  'headline',
  'bodies',
  'body_html',
  'body_xhtml',
  'body_text',
  'versionCreated',
  'versioncreated',
  'firstCreated',
  'firstcreated',
  'pubStatus',
  'pubstatus',
];

function looksLikeItem(value: unknown): boolean {
  return isNode(value) && typeof value.uri === 'string' && NINJS_FIELDS.some((field) => field in value);
}

/** The ninjs items of a JSON document, when it is one of the shapes ninjs is served in. */
export function ninjsItems(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc.length > 0 && doc.some(looksLikeItem) ? doc : undefined;
  if (!isNode(doc)) return undefined;
  if (looksLikeItem(doc)) return [doc];
  const { items } = doc;
  return Array.isArray(items) && items.some(looksLikeItem) ? items : undefined;
}

const trimmed = (value: string | undefined) => value?.trim() || undefined;
const typeOf = (value: NinjsValue) => (value.contentType ?? value.contenttype ?? '').toLowerCase();
const isHtml = (value: NinjsValue) =>
  /html/.test(typeOf(value)) || (typeOf(value) === '' && /^(?:x?html5?|richtext)$/i.test(value.role ?? ''));
const isPlain = (value: NinjsValue) =>
  typeOf(value) === 'text/plain' || (typeOf(value) === '' && !isHtml(value));

// A body served as a whole HTML document keeps only what is inside <body>: the <head>'s title would
// otherwise read as the first line of the story.
function bodyOf(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const body = /<body\b[^>]*>([\s\S]*)<\/body\s*>/i.exec(html)?.[1];
  return trimmed(body ?? html);
}

// The main headline when roles are given, else the first.
function headlineOf(item: NinjsItem): string | undefined {
  const headlines = item.headlines ?? [];
  const chosen = headlines.find((headline) => headline.role === 'main') ?? headlines[0];
  return trimmed(chosen?.value) ?? trimmed(item.headline);
}

// Credit lines are metadata about the picture, not a description of the story.
function summaryOf(item: NinjsItem): string | undefined {
  const descriptions = (item.descriptions ?? []).filter((d) => !/credit/i.test(d.role ?? ''));
  return trimmed(descriptions[0]?.value) ?? trimmed(item.description_text) ?? trimmed(item.description_html);
}

function toRawItem(item: NinjsItem): RawItem {
  const bodies = item.bodies ?? [];
  const html = bodies.find(isHtml)?.value ?? item.body_html ?? item.body_xhtml;
  const plain = bodies.find(isPlain)?.value ?? item.body_text;
  const subjects = [...(item.subjects ?? []), ...(item.subject ?? [])];
  const names = subjects.map((subject) => trimmed(subject.name));
  // Subjects with a code or URI are the provider's own vocabulary (IPTC Media Topics and the like).
  const providerSubjects: ProviderSubject[] = subjects
    .slice(0, 200)
    .filter((s) => trimmed(s.uri) ?? trimmed(s.literal) ?? trimmed(s.code))
    .map((s) => {
      const name = trimmed(s.name);
      const code = trimmed(s.literal) ?? trimmed(s.code);
      const uri = trimmed(s.uri);
      return { ...(code ? { code } : {}), ...(name ? { name } : {}), ...(uri ? { uri } : {}) };
    })
    .filter((s) => s.code !== undefined || s.name !== undefined);
  const media = ninjsMedia(item);
  const rights = ninjsRights(item);
  return {
    ...(providerSubjects.length > 0 ? { providerSubjects } : {}),
    ...(media.length > 0 ? { media } : {}),
    ...(rights ? { rights } : {}),
    guid: item.uri.trim(),
    title: headlineOf(item),
    contentHtml: bodyOf(html),
    contentText: trimmed(plain),
    summary: summaryOf(item),
    author: trimmed(item.by) ?? trimmed(item.byline),
    categories: [...new Set(names.filter((name) => name !== undefined))],
    published: trimmed(item.firstCreated) ?? trimmed(item.firstcreated),
    updated: trimmed(item.versionCreated) ?? trimmed(item.versioncreated),
    language: trimmed(item.language),
  };
}

const MAX_ITEMS = 10_000;

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Maps ninjs items (from `ninjsItems`) to a feed. Items that do not validate are left out; when none
 * does, rejects with WF_E_FEED_PARSE naming the first problem.
 */
export function parseNinjs(items: readonly unknown[]): ParsedFeed {
  const parsed: RawItem[] = [];
  const skipped: SkippedEntry[] = [];
  let firstError: z.ZodError | undefined;
  items.slice(0, MAX_ITEMS).forEach((candidate, i) => {
    const result = NinjsItem.safeParse(candidate);
    if (result.success) {
      parsed.push(toRawItem(result.data));
      return;
    }
    firstError ??= result.error;
    skipped.push({
      position: i + 1,
      reason: `item ${i + 1} is not a valid ninjs item: ${problemOf(result.error)}`,
    });
  });
  if (parsed.length === 0 && firstError) {
    throw new WirefeedError('WF_E_FEED_PARSE', `not a valid ninjs item: ${problemOf(firstError)}`, {
      cause: firstError,
    });
  }
  return { format: 'ninjs', hubs: [], items: parsed, ...(skipped.length > 0 ? { skipped } : {}) };
}
