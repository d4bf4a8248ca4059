// Atom entries and RSS, RDF and CDF items mapped to RawItem.
import type { RawItem } from '@wirefeed/core';
import type { Node } from './nodes.ts';
import { attr, child, first, hasMarkup, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import type { XmlFormat } from './xml-feed.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';
import { languageOf, textConstruct } from './xml-text.ts';
import { atomLinks, authorsOf, firstText, lastOf, permalinkOf, termsOf } from './xml-values.ts';

/** An Atom entry as a RawItem; `feedAuthor` stands in when neither the entry nor its source names one. */
export function atomItem(item: Node, scope: Scope, feedAuthor: string | undefined): RawItem {
  const content = child(item, 'content');
  // Content given by reference (src="…") has no body here.
  const body = attr(first(content), 'src') ? undefined : textConstruct(content, scope);
  const summary = textConstruct(item.summary, scope);
  const title = textConstruct(item.title, scope);
  const source = first(item.source);
  return {
    guid: textOf(item.id),
    link: atomLinks(child(item, 'link'), scope).alternate,
    title: title?.value,
    contentHtml: body?.html ? body.value : undefined,
    contentText: body && !body.html ? body.value : undefined,
    summary: summary?.value,
    // An entry without an author has its source's, else its feed's (RFC 4287 §4.2.1).
    author: authorsOf(item.author) ?? authorsOf(child(source, 'author')) ?? feedAuthor,
    categories: termsOf(item),
    published: firstText(item.published, item.issued, item.created),
    // feedparser keeps the last of repeated elements; only dates repeat in practice.
    updated: firstText(lastOf(item.updated), lastOf(item.modified)),
    language: languageOf([body, summary, title], scope),
  };
}

/** An RSS (0.9x, 1.0, 2.0) or CDF item as a RawItem. */
export function rssItem(item: Node, scope: Scope, format: XmlFormat): RawItem {
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
  const links = atomLinks(child(item, 'atom:link'), scope);
  const cdfLink = format === 'cdf' ? attr(item, 'href') : undefined;
  // Some RSS writes its link Atom-style, as <link href="…"/>.
  const link =
    firstText(item.link, attr(first(item.link), 'href'), cdfLink) ??
    permalinkOf(item.guid) ??
    links.alternate;
  return {
    guid: textOf(item.guid) ?? textOf(item.id) ?? attr(item, 'rdf:about')?.trim(),
    link: resolveUrl(link, scopeOf(scope, first(item.link)).base),
    title: title?.value,
    contentHtml: body?.value ?? (description && hasMarkup(description.value) ? description.value : undefined),
    summary: summary?.value,
    author:
      authorsOf(item['dc:creator']) ??
      authorsOf(item.author) ??
      authorsOf(item['dc:author']) ??
      authorsOf(item['itunes:author']),
    categories: termsOf(item),
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
  };
}
