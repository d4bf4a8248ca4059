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

const TEXT_DETAIL = (value: string, language: string) => ({ value, language, type: `${value} type` });
const DATE = (field: string) => ({ [field]: field, [`${field}_parsed`]: `${field} (as a date)` });
const TEXT = (field: string, alias?: string) => ({
  [field]: field,
  [`${field}_detail`]: TEXT_DETAIL(field, `${field} language`),
  ...(alias ? { [alias]: field, [`${alias}_detail`]: TEXT_DETAIL(field, `${field} language`) } : {}),
});
const PERSON: Model = { name: 'name', email: 'email', href: 'uri', url: 'uri' };
const PEOPLE = (field: string) => ({
  [field]: 'author',
  [`${field}_detail`]: PERSON,
});
const LINK: Model = {
  rel: 'rel',
  href: 'href',
  type: 'type',
  title: 'title',
  length: 'length',
  hreflang: 'hreflang',
};
const TAG: Model = { term: 'term', scheme: 'scheme', label: 'label' };
const GENERATOR: Model = { name: 'name', href: 'uri', url: 'uri', version: 'version' };

// What a feed and an entry's source share (feedparser reads a source as a feed).
const METADATA = {
  ...TEXT('title'),
  link: 'link',
  links: [LINK],
  id: 'id',
  ...TEXT('subtitle', 'tagline'),
  description: 'subtitle',
  ...TEXT('info'),
  ...TEXT('rights', 'copyright'),
  ...PEOPLE('author'),
  authors: [PERSON],
  contributors: [PERSON],
  ...PEOPLE('publisher'),
  generator: 'generator name',
  generator_detail: GENERATOR,
  icon: 'icon',
  logo: 'logo',
  tags: [TAG],
  category: 'first tag',
  ...DATE('updated'),
  ...DATE('published'),
} satisfies Record<string, Model>;

const ENTRY_MODEL: Model = {
  ...TEXT('title'),
  link: 'link',
  links: [LINK],
  id: 'guid',
  guid: 'guid',
  ...PEOPLE('author'),
  authors: [PERSON],
  contributors: [PERSON],
  ...PEOPLE('publisher'),
  summary: 'summary',
  description: 'summary',
  summary_detail: TEXT_DETAIL('summary', 'language'),
  content: [{ value: 'content', language: 'language', type: 'content type', src: 'content src' }],
  ...DATE('published'),
  ...DATE('updated'),
  ...DATE('created'),
  tags: [TAG],
  category: 'categories',
  language: 'language',
  enclosures: [{ href: 'href', url: 'href', type: 'type', length: 'length' }],
  ...TEXT('rights'),
  source: { ...METADATA, href: 'href' },
  comments: 'comments',
  license: 'license',
  image: { href: 'image' },
};
const FEED_MODEL: Model = {
  ...METADATA,
  language: 'language',
  image: {
    href: 'href',
    url: 'href',
    title: 'title',
    link: 'link',
    width: 'width',
    height: 'height',
    description: 'description',
  },
  docs: 'docs',
  ttl: 'ttl',
};
/** feedparser's result, as far as we translate it. */
export const MODEL: Model = {
  feed: FEED_MODEL,
  entries: [ENTRY_MODEL],
  version: 'format',
  encoding: 'encoding',
};

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
