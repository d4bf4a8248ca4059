// Body markup of the wire formats written out as HTML, in document order: an XHTML body as it is, NITF's
// body.content with its own elements made their HTML equivalents. The result is the source's markup,
// not yet safe: packages/normalize sanitizes it like every other feed's HTML.
import type { XmlElement } from './xml-tree.ts';

const HTML = new Set(
  (
    'a abbr b blockquote br caption cite code col colgroup dd del dfn div dl dt em figcaption figure h1 h2 ' +
    'h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub sup table tbody td tfoot ' +
    'th thead time tr u ul'
  ).split(' '),
);
const VOID = new Set(['br', 'hr', 'img', 'col']);

// NITF 3.x body elements with an HTML counterpart; its inline semantic markup (person, org, location,
// chron, money, classifier …) has none and is unwrapped to its text.
const NITF_AS_HTML: Readonly<Record<string, string>> = {
  hl1: 'h1',
  hl2: 'h2',
  block: 'div',
  bq: 'blockquote',
  credit: 'p',
  fn: 'aside',
  lang: 'span',
  pronounce: 'span',
  'nitf-table': 'div',
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export interface MarkupOptions {
  /** Local names left out with everything in them. */
  drop?: ReadonlySet<string>;
  /** NITF: its elements mapped to HTML's. */
  nitf?: boolean;
}

function htmlName(local: string, nitf: boolean): string | undefined {
  const name = local.toLowerCase();
  if (nitf && NITF_AS_HTML[name]) return NITF_AS_HTML[name];
  return HTML.has(name) ? name : undefined;
}

function write(element: XmlElement, options: MarkupOptions, out: string[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.push(escapeText(child));
      continue;
    }
    if (options.drop?.has(child.local)) continue;
    const name = htmlName(child.local, options.nitf === true);
    if (name === undefined) {
      write(child, options, out);
      continue;
    }
    const attrs = Object.entries(child.attrs)
      .filter(([key]) => !key.includes(':') && key !== 'xmlns')
      .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
      .join('');
    out.push(`<${name}${attrs}>`);
    if (VOID.has(name)) continue;
    write(child, options, out);
    out.push(`</${name}>`);
  }
}

/** The content of `element` as HTML (its own tag left out); undefined when nothing but whitespace. */
export function innerHtml(element: XmlElement | undefined, options: MarkupOptions = {}): string | undefined {
  if (!element) return undefined;
  const out: string[] = [];
  write(element, options, out);
  const html = out.join('').trim();
  return html === '' ? undefined : html;
}
