// Atom entries and RSS, RDF and CDF items mapped to FeedItem: the RawItem the pipeline carries, and
// the feed's own details of it.
import type { Contributor, Origin, ProviderSubject, RawItem } from '@wirefeed/core';
import type {
  FeedItem,
  FeedItemDetail,
  FeedLink,
  FeedPerson,
  FeedSource,
  FeedTag,
  FeedText,
} from './feed.ts';
import type { Node } from './nodes.ts';
import { attr, child, first, hasMarkup, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import type { XmlFormat } from './xml-feed.ts';
import { enclosuresOf, itemMedia } from './xml-media.ts';
import { pick, sourceOf } from './xml-metadata.ts';
import { feedText, linksOf, peopleOf, personOf, tagsOf } from './xml-people.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';
import type { Text } from './xml-text.ts';
import { languageOf, textConstruct } from './xml-text.ts';
import { atomLinks, authorsOf, firstText, lastOf, permalinkOf } from './xml-values.ts';

/** What an item inherits from its feed when it says nothing itself. */
export interface FeedDefaults {
  author: string | undefined;
  rights: FeedText | undefined;
}

const MAX_CONTRIBUTORS = 50;

function contributorsOf(authors: readonly FeedPerson[], others: readonly FeedPerson[]): Contributor[] {
  const out: Contributor[] = [];
  const add = (person: FeedPerson, role: string) => {
    const name = person.name ?? person.email;
    if (!name || out.length >= MAX_CONTRIBUTORS) return;
    out.push({
      name,
      role,
      ...(person.email ? { email: person.email } : {}),
      ...(person.uri ? { uri: person.uri } : {}),
    });
  };
  for (const person of authors) add(person, 'author');
  for (const person of others) add(person, 'contributor');
  return out;
}

// Categories the provider put in a scheme (Atom `scheme`, RSS `domain`, `media:category scheme`) are
// its own vocabulary: kept apart, with their code and label, for the Story's provider subjects.
function providerSubjectsOf(item: Node, tags: readonly FeedTag[]): ProviderSubject[] {
  const declared = new Set<string>();
  for (const c of [...child(item, 'category'), ...child(item, 'media:category')]) {
    const term = attr(c, 'term')?.trim() || textOf(c);
    if (term && (attr(c, 'scheme') ?? attr(c, 'domain'))?.trim()) declared.add(term);
  }
  return tags
    .filter((tag) => tag.scheme !== undefined && declared.has(tag.term))
    .map((tag) =>
      tag.label && tag.label !== tag.term
        ? { code: tag.term, name: tag.label, scheme: tag.scheme }
        : { name: tag.term, scheme: tag.scheme },
    );
}

function originOf(source: FeedSource | undefined): Origin | undefined {
  if (!source) return undefined;
  const title = source.title?.value;
  const feedUrl = source.href ?? source.links?.find((l) => l.rel === 'self')?.href;
  const origin = {
    ...(title ? { title } : {}),
    ...(source.link ? { url: source.link } : {}),
    ...(feedUrl ? { feedUrl } : {}),
  };
  return Object.keys(origin).length > 0 ? origin : undefined;
}

const plain = (text: FeedText | undefined) => text?.value.replace(/<[^>]*>/g, '').trim() || undefined;

interface Common {
  item: Node;
  scope: Scope;
  links: FeedLink[];
  authors: FeedPerson[];
  source: FeedSource | undefined;
  title: Text | undefined;
  summary: Text | undefined;
  body: Text | undefined;
  defaults: FeedDefaults;
  /** RSS writes people as free text: only those with an e-mail or URI split out are structured enough. */
  rss: boolean;
}

// What Atom and RSS items share once their own elements are read.
function extras(c: Common): { raw: Partial<RawItem>; detail: FeedItemDetail } {
  const { item, scope, links, authors, source } = c;
  const contributors = peopleOf([...child(item, 'contributor'), ...child(item, 'dc:contributor')], scope);
  const publisher = personOf(first(child(item, 'dc:publisher')), scope);
  const tags = tagsOf(item);
  const enclosures = enclosuresOf(item, links, scope);
  const rights = feedText(textConstruct(pick(item, 'rights', 'copyright', 'dc:rights'), scope));
  const comments = resolveUrl(textOf(child(item, 'comments')), scope.base);
  const license =
    links.find((l) => l.rel === 'license')?.href ??
    resolveUrl(
      attr(first(child(item, 'cc:license')), 'rdf:resource')?.trim() ??
        textOf(child(item, 'creativeCommons:license')),
      scope.base,
    );
  const image = resolveUrl(
    (
      attr(first(child(item, 'itunes:image')), 'href') ?? attr(first(child(item, 'itunes:image')), 'url')
    )?.trim() ?? textOf(child(first(child(item, 'image')), 'url')),
    scope.base,
  );
  const created = textOf(pick(item, 'created', 'dcterms:created'));
  const detail: FeedItemDetail = {
    links,
    tags,
    authors,
    contributors,
    ...(publisher ? { publisher } : {}),
    enclosures,
    ...(c.title ? { titleType: c.title.type } : {}),
    ...(c.summary ? { summaryType: c.summary.type } : {}),
    ...(c.body ? { contentType: c.body.type } : {}),
    ...(rights ? { rights } : {}),
    ...(source ? { source } : {}),
    ...(comments ? { comments } : {}),
    ...(license ? { license } : {}),
    ...(image ? { image } : {}),
    ...(created ? { created } : {}),
  };
  // A plain RSS author ("By JANE DOE, Associated Press") is a byline for normalize to clean, not a person
  // record; one written with an e-mail address, and Atom/JSON people, are.
  const people = contributorsOf(c.rss ? authors.filter((a) => a.email || a.uri) : authors, contributors);
  const subjects = providerSubjectsOf(item, tags);
  const media = itemMedia(item, enclosures, scope);
  // An item without its own copyright has its feed's: a wire's channel copyright covers every story.
  const notice = plain(rights) ?? plain(c.defaults.rights);
  const origin = originOf(source);
  const raw: Partial<RawItem> = {
    categories: [...new Set(tags.map((tag) => tag.term))],
    ...(people.length > 0 ? { contributors: people } : {}),
    ...(subjects.length > 0 ? { providerSubjects: subjects } : {}),
    ...(media.length > 0 ? { media } : {}),
    ...(notice ? { rights: { notice } } : {}),
    ...(origin ? { origin } : {}),
  };
  return { raw, detail };
}

/** An Atom entry as a FeedItem; the feed's author stands in when neither the entry nor its source names one. */
export function atomItem(item: Node, scope: Scope, defaults: FeedDefaults): FeedItem {
  const content = child(item, 'content');
  const src = attr(first(content), 'src')?.trim();
  // Content given by reference (src="…") has no body here.
  const body = src ? undefined : textConstruct(content, scope);
  const summary = textConstruct(item.summary, scope);
  const title = textConstruct(item.title, scope);
  const source = sourceOf(item, scope, false);
  const links = linksOf(child(item, 'link'), scope);
  const own = peopleOf(child(item, 'author'), scope);
  // An entry without an author has its source's, else its feed's (RFC 4287 §4.2.1).
  const authors = own.length > 0 ? own : (source?.authors ?? []);
  const { raw, detail } = extras({
    item,
    scope,
    links,
    authors,
    source,
    title,
    summary,
    body,
    defaults,
    rss: false,
  });
  if (src) detail.contentSrc = resolveUrl(src, scopeOf(scope, first(content)).base);
  return {
    guid: textOf(item.id),
    link: atomLinks(child(item, 'link'), scope).alternate,
    title: title?.value,
    contentHtml: body?.html ? body.value : undefined,
    contentText: body && !body.html ? body.value : undefined,
    summary: summary?.value,
    author: authorsOf(item.author) ?? authorsOf(child(first(item.source), 'author')) ?? defaults.author,
    published: firstText(item.published, item.issued, item.created),
    // feedparser keeps the last of repeated elements; only dates repeat in practice.
    updated: firstText(lastOf(item.updated), lastOf(item.modified)),
    language: languageOf([body, summary, title], scope),
    categories: [],
    ...raw,
    detail,
  };
}

/** An RSS (0.9x, 1.0, 1.1, 2.0) or CDF item as a FeedItem. */
export function rssItem(item: Node, scope: Scope, format: XmlFormat, defaults: FeedDefaults): FeedItem {
  const encoded = textConstruct(
    item['content:encoded'] ?? item['xhtml:body'] ?? item.body ?? item.fullitem ?? item.content,
    scope,
    true,
  );
  const description = textConstruct(item.description ?? item['dc:description'] ?? item.abstract, scope, true);
  // With both a <summary> and a <description>, the summary is the summary and the description the body.
  const summaryElement = textConstruct(item.summary ?? item['itunes:summary'], scope);
  const summary = summaryElement ?? description;
  const body = encoded ?? (summaryElement ? description : undefined);
  const title = textConstruct(item.title ?? item['dc:title'] ?? item['media:title'], scope);
  const atomLinkNodes = child(item, 'atom:link');
  const links = atomLinks(atomLinkNodes, scope);
  const cdfLink = format === 'cdf' ? attr(item, 'href') : undefined;
  // Some RSS writes its link Atom-style, as <link href="…"/>.
  const written =
    firstText(item.link, attr(first(item.link), 'href'), cdfLink) ??
    permalinkOf(item.guid) ??
    links.alternate;
  const link = resolveUrl(written, scopeOf(scope, first(item.link)).base);
  const allLinks = linksOf(atomLinkNodes, scope);
  if (link && !allLinks.some((l) => l.rel === 'alternate'))
    allLinks.unshift({ rel: 'alternate', type: 'text/html', href: link });
  // RSS enclosures are links too, as Atom writes them (feedparser lists them so).
  const enclosureLinks = enclosuresOf(item, [], scope).map(
    (e): FeedLink => ({
      rel: 'enclosure',
      href: e.href,
      ...(e.type ? { type: e.type } : {}),
      ...(e.length ? { length: e.length } : {}),
    }),
  );
  const authors = peopleOf(
    [
      ...child(item, 'dc:creator'),
      ...child(item, 'author'),
      ...child(item, 'dc:author'),
      ...child(item, 'itunes:author'),
    ],
    scope,
  );
  const source = sourceOf(item, scope, true);
  const bodyText = body ?? (description && hasMarkup(description.value) ? description : undefined);
  const { raw, detail } = extras({
    item,
    scope,
    links: allLinks,
    authors,
    source,
    title,
    summary,
    body: bodyText,
    defaults,
    rss: true,
  });
  detail.links = [...allLinks, ...enclosureLinks];
  return {
    guid: textOf(item.guid) ?? textOf(item.id) ?? attr(item, 'rdf:about')?.trim(),
    link,
    title: title?.value,
    contentHtml: body?.value ?? (description && hasMarkup(description.value) ? description.value : undefined),
    summary: summary?.value,
    author:
      authorsOf(item['dc:creator']) ??
      authorsOf(item.author) ??
      authorsOf(item['dc:author']) ??
      authorsOf(item['itunes:author']),
    published: firstText(
      item.pubDate,
      item['dc:date'],
      item['dcterms:issued'],
      item['dcterms:created'],
      item['atom:published'],
    ),
    updated: firstText(
      item['dcterms:modified'],
      item['dc:date'],
      item['atom:updated'],
      format === 'cdf' ? attr(item, 'lastmod') : undefined,
    ),
    language: textOf(item['dc:language']) ?? languageOf([body ?? description, title], scope),
    categories: [],
    ...raw,
    detail,
  };
}
