// Text constructs: what an element's type and mode say about how to read its content.
import { attr, first, hasMarkup, markupOf } from './nodes.ts';
import { resolveUrlsInHtml } from './relative-urls.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';

function base64Text(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    // Binary content (an image, a PDF) is an attachment, not a story's text.
    return text.includes('\0') ? undefined : text.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A text construct's content, whether it is HTML, and the scope it was written in. */
export interface Text {
  value: string;
  html: boolean;
  scope: Scope;
  /** The media type it declares (or is by default): `text/plain`, `text/html`, `application/xhtml+xml`, … */
  type: string;
}

const ATOM_TYPES = new Map([
  ['text', 'text/plain'],
  // Media RSS writes type="plain".
  ['plain', 'text/plain'],
  ['html', 'text/html'],
  ['xhtml', 'application/xhtml+xml'],
]);

// Media types that are text as they stand; any other is base64 (Atom 1.0 §4.1.3.3, Atom 0.3 mode).
const TEXTUAL = /^(?:text|plain|html|xhtml|text\/.*|.*[/+]xml)$/;

/**
 * A text construct: RSS's text and HTML elements, Atom's title, summary and content with their type
 * (text, html, xhtml, a media type) and Atom 0.3's mode (xml, escaped, base64). HTML has its relative
 * URLs resolved against the element's base.
 */
export function textConstruct(values: unknown, parent: Scope, htmlByDefault = false): Text | undefined {
  const node = first(values);
  if (node === undefined) return undefined;
  const scope = scopeOf(parent, node);
  const type = attr(node, 'type')?.trim().toLowerCase() ?? '';
  const mode = attr(node, 'mode')?.trim().toLowerCase();
  let value = markupOf(node);
  if (value === undefined) return undefined;
  if (mode === 'base64' || (type !== '' && !TEXTUAL.test(type))) {
    const decoded = base64Text(value);
    if (decoded === undefined) return undefined;
    value = decoded;
  }
  const declaredText = type === 'text' || type === 'plain' || type === 'text/plain';
  // Untyped Atom text is text by the spec, but feeds often leave the type off escaped HTML.
  const html = !declaredText && (htmlByDefault || type.includes('html') || hasMarkup(value));
  const mediaType = ATOM_TYPES.get(type) ?? (type || (htmlByDefault ? 'text/html' : 'text/plain'));
  return { value: html ? resolveUrlsInHtml(value, scope.base) : value, html, scope, type: mediaType };
}

/** The content of a text construct, HTML or not. */
export function textValue(values: unknown, parent: Scope): string | undefined {
  return textConstruct(values, parent)?.value;
}

/** The language of the text a reader gets: the body's, else the summary's or the title's, else the item's. */
export function languageOf(texts: (Text | undefined)[], fallback: Scope): string | undefined {
  const scope = texts.find((text) => text !== undefined)?.scope ?? fallback;
  return scope.lang ?? undefined;
}
