// feedparser re-serializes every HTML value it returns (`<br />`, double-quoted attributes, entities
// as it likes them), we return the feed's own markup. Two strings are the same markup here when they
// are the same sequence of tags, attributes and characters: tag and attribute names compared without
// case, attribute quoting and self-closing syntax ignored, text and attribute values compared after
// entity decoding. Nothing is removed or reordered, so a missing, extra or altered element, attribute
// or character still tells the two apart.
import { htmlEntityCodePoint } from '../src/html-entities.ts';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const TAG =
  /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>`]+))?/g;

// HTML reads numeric references to 0x80–0x9F as the Windows-1252 characters (WHATWG §13.2.5.80).
const C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function decode(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (all, ref: string) => {
    const code = /^#x/i.test(ref)
      ? Number.parseInt(ref.slice(2), 16)
      : ref.startsWith('#')
        ? Number(ref.slice(1))
        : htmlEntityCodePoint(ref);
    if (code === undefined || code > 0x10ffff) return all;
    return code >= 0x80 && code <= 0x9f ? (C1[code - 0x80] ?? all) : String.fromCodePoint(code);
  });
}

function unquote(value: string | undefined): string {
  if (value === undefined) return '';
  return /^["']/.test(value) ? value.slice(1, -1) : value;
}

/** A canonical rendering of HTML for comparison: see the header of this file. */
export function canonicalMarkup(html: string): string {
  const out: string[] = [];
  let at = 0;
  const text = (chunk: string) => {
    if (chunk !== '') out.push(JSON.stringify(decode(chunk)));
  };
  for (const match of html.matchAll(TAG)) {
    text(html.slice(at, match.index));
    at = match.index + match[0].length;
    const [, slash = '', rawName = '', attributes = '', selfClosing = ''] = match;
    const name = rawName.toLowerCase();
    if (slash) {
      if (!VOID.has(name)) out.push(`</${name}>`);
      continue;
    }
    const attrs = [...attributes.matchAll(ATTRIBUTE)]
      .map(([, attr = '', value]) => `${attr.toLowerCase()}=${JSON.stringify(decode(unquote(value)))}`)
      .sort();
    out.push(`<${[name, ...attrs].join(' ')}>`);
    // XML's <x/> is <x></x>; HTML's void elements have no end tag either way.
    if (selfClosing && !VOID.has(name)) out.push(`</${name}>`);
  }
  text(html.slice(at));
  return out.join('');
}

/** Equal as strings once trimmed, or as markup (see canonicalMarkup). */
export function sameMarkup(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  if (!/[<&]/.test(a + b)) return false;
  return canonicalMarkup(a.trim()) === canonicalMarkup(b.trim());
}
