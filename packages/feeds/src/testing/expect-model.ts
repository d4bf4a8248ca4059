// The feedparser fields we translate, and what each reads on our side. `[]` marks a list whose
// elements have the shape inside; a string leaf names the ParsedFeed/RawItem value it stands for.

/** feedparser's version names, by the format family we report (we do not tell versions apart). */
export const VERSION_FAMILY = new Map([
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

/** A feedparser field as we model it: a leaf naming our value, a dict of fields, or a list of one shape. */
export type Model = string | { readonly [key: string]: Model } | readonly [Model];

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
/** feedparser's result, as far as we translate it. */
export const MODEL: Model = { feed: FEED_MODEL, entries: [ENTRY_MODEL], version: 'format' };

/** The model one key below `model`, or undefined when we do not parse that field. */
export function modelAt(model: Model, key: string | number): Model | undefined {
  if (typeof model === 'string') return undefined;
  if (Array.isArray(model)) return typeof key === 'number' ? model[0] : undefined;
  if (typeof key !== 'string' || !Object.hasOwn(model, key)) return undefined;
  return (model as Record<string, Model>)[key];
}

/** The model at a path from feedparser's result, or undefined when we do not parse that field. */
export function modelOf(path: (string | number)[]): Model | undefined {
  let model: Model | undefined = MODEL;
  for (const key of path) model = model === undefined ? undefined : modelAt(model, key);
  return model;
}
