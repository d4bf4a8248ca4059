// feedparser re-serializes every HTML value it returns (`<br />`, double-quoted attributes, entities
// as it likes them), we return the feed's own markup. Two strings are the same markup here when they
// are the same sequence of tags, attributes and characters: tag and attribute names compared without
// case, attribute quoting and self-closing syntax ignored, text and attribute values compared after
// entity decoding. Nothing is removed or reordered, so a missing, extra or altered element, attribute
// or character still tells the two apart.
import { htmlEntityCodePoint } from '../html-entities.ts';

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

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>`]+))?/g;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (all, ref: string) => {
    const code = ref.startsWith('#x')
      ? Number.parseInt(ref.slice(2), 16)
      : ref.startsWith('#')
        ? Number(ref.slice(1))
        : htmlEntityCodePoint(ref);
    return code === undefined || code > 0x10ffff ? all : String.fromCodePoint(code);
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
    const [, slash = '', rawName = '', attributes = ''] = match;
    const name = rawName.toLowerCase();
    if (slash) {
      if (!VOID.has(name)) out.push(`</${name}>`);
      continue;
    }
    const attrs = [...attributes.matchAll(ATTRIBUTE)].map(
      ([, attr = '', value]) => `${attr.toLowerCase()}=${JSON.stringify(decode(unquote(value)))}`,
    );
    out.push(`<${[name, ...attrs].join(' ')}>`);
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
