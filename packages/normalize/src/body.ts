import type { RawItem } from '@wirefeed/core';
import type { SanitizedBody } from './body-html.ts';
import { sanitizeBodyWithText } from './body-html.ts';
import { extractCredit } from './credit.ts';
import type { Dateline } from './dateline.ts';
import { extractDateline } from './dateline.ts';
import { assertHtmlWithinLimits } from './html-limits.ts';
import { cleanPlainText, looksLikeHtml } from './html-to-text.ts';
import { trimHtmlText, trimTidyHtml } from './html-trim.ts';
import { textToHtml } from './sanitize.ts';

/** Which feed field a body came from. */
export type BodySource = 'contentHtml' | 'contentText' | 'summary';

/** A story body as text and sanitized HTML, with the dateline and credits taken out of it. */
export interface Body {
  text: string;
  html: string;
  /** The text as the feed gave it, before the dateline and credits were removed. */
  fullText: string;
  source?: BodySource;
  dateline?: Dateline;
  credits: string[];
}

/**
 * Build the body from the richest field the item has (contentHtml, else contentText, else summary):
 * sanitized HTML and its text, then the leading dateline and trailing credits removed from both.
 *
 * @throws WirefeedError `WF_E_ITEM_TOO_COMPLEX` when the HTML is over `HTML_LIMITS`.
 */
export function buildBody(raw: RawItem, baseUrl: string | undefined): Body {
  const source = pickSource(raw);
  const value = source ? (raw[source] ?? '') : '';
  // A field that claims HTML but holds plain text keeps its line breaks only when read as text.
  const asHtml = source !== 'contentText' && looksLikeHtml(value);
  // Checked before any parse: past these limits the sanitizer's time grows with the square of the input.
  if (asHtml) assertHtmlWithinLimits(value, 'body', { unwraps: true });
  // Text is read from the sanitized HTML, not the feed's, so the two renditions hold the same words.
  const sanitized = asHtml ? sanitizeBodyWithText(value, baseUrl) : undefined;
  const fullText = sanitized ? sanitized.text : cleanPlainText(value);

  const [first = '', ...others] = fullText === '' ? [] : fullText.split('\n\n');
  const found = extractDateline(first);
  const withoutDateline = [found ? found.rest : first, ...others].filter((p) => p !== '').join('\n\n');
  const { credits, text } = extractCredit(withoutDateline);
  const removedTail = withoutDateline.slice(text.length);

  const body: Body = {
    text,
    html: bodyHtml(sanitized, text, found?.dateline.raw ?? '', removedTail),
    fullText,
    credits,
  };
  if (source) body.source = source;
  if (found) body.dateline = found.dateline;
  return body;
}

function bodyHtml(sanitized: SanitizedBody | undefined, text: string, head: string, tail: string): string {
  if (!sanitized) return textToHtml(text);
  if (sanitized.stream === undefined) return trimHtmlText(sanitized.html, head, tail);
  return trimTidyHtml(sanitized.html, sanitized.stream, head, tail);
}

function pickSource(raw: RawItem): BodySource | undefined {
  const fields: readonly BodySource[] = ['contentHtml', 'contentText', 'summary'];
  return fields.find((field) => (raw[field] ?? '').trim() !== '');
}
