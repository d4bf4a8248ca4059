export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'html' }
  /**
   * `start`: where the root element's start tag begins; `content`: where its content starts, when the
   * start tag could be read whole.
   */
  | {
      kind: 'xml';
      root: string;
      rootTag: string;
      start: number;
      selfClosing: boolean;
      content: number | undefined;
    }
  | { kind: 'unknown'; reason: string };

const DOCTYPE = /^<!DOCTYPE\s+([\w:.-]+)/i;
const ROOT = /^<([A-Za-z_][\w.:-]*)([^<>]{0,4096})/;
const HTML_ROOTS = new Set(['html', 'head', 'body']);

const after = (index: number, length: number) => (index < 0 ? -1 : index + length);

// Past the XML declaration, comments, processing instructions and the doctype, without a full parse.
function skipProlog(text: string): { at: number; htmlDoctype: boolean } | undefined {
  let at = 0;
  let htmlDoctype = false;
  for (let step = 0; step < 1000; step += 1) {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
    let end: number;
    if (text.startsWith('<?', at)) end = after(text.indexOf('?>', at), 2);
    else if (text.startsWith('<!--', at)) end = after(text.indexOf('-->', at + 4), 3);
    else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      const name = DOCTYPE.exec(text.slice(at, at + 200))?.[1];
      htmlDoctype ||= name?.toLowerCase() === 'html';
      const gt = text.indexOf('>', at);
      const bracket = text.indexOf('[', at);
      // An internal subset may hold '>' of its own; the doctype ends after its closing ']'.
      const close = bracket >= 0 && bracket < gt ? text.indexOf(']', bracket) : at;
      end = close < 0 ? -1 : after(text.indexOf('>', close), 1);
    } else return { at, htmlDoctype };
    if (end < 0) return undefined;
    at = end;
  }
  return undefined;
}

/** What a decoded body looks like, from its first significant characters. */
export function sniff(text: string): Sniffed {
  const start = text.search(/\S/);
  if (start < 0) return { kind: 'empty' };
  const lead = text.charAt(start);
  if (lead === '{' || lead === '[') return { kind: 'json' };
  if (lead !== '<') return { kind: 'unknown', reason: 'not a feed: neither markup nor JSON' };
  const prolog = skipProlog(text);
  const at = prolog?.at ?? text.length;
  if (at >= text.length) {
    if (prolog?.htmlDoctype) return { kind: 'html' };
    return { kind: 'unknown', reason: 'not a feed: no root element (truncated or empty document)' };
  }
  const root = ROOT.exec(text.slice(at, at + 5000));
  if (!root?.[1]) return { kind: 'unknown', reason: 'not a feed: no root element' };
  const local = root[1].slice(root[1].indexOf(':') + 1);
  // An XHTML doctype in front of a feed root happens (templating leftovers); the root decides.
  const feedRoot = ['rss', 'feed', 'rdf', 'channel'].includes(local.toLowerCase());
  if (HTML_ROOTS.has(local.toLowerCase()) || (prolog?.htmlDoctype && !feedRoot)) return { kind: 'html' };
  const closed = text.charAt(at + root[0].length) === '>';
  const selfClosing = closed && root[0].endsWith('/');
  const content = closed && !selfClosing ? at + root[0].length + 1 : undefined;
  return { kind: 'xml', root: root[1], rootTag: root[0], start: at, selfClosing, content };
}
