export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'html' }
  /** `content` is where the root element's content starts; undefined when it is self-closing. */
  | { kind: 'xml'; root: string; rootTag: string; content: number | undefined }
  | { kind: 'unknown'; reason: string };

const DOCTYPE = /^<!DOCTYPE\s+([\w:.-]+)/i;
const ROOT = /^<([A-Za-z_][\w.:-]*)([^<>]{0,4096})/;
const HTML_ROOTS = new Set(['html', 'head', 'body']);

const after = (index: number, length: number) => (index < 0 ? -1 : index + length);

// Past the XML declaration, comments, processing instructions and the doctype, without a full parse.
function skipProlog(text: string): number | { html: true } | undefined {
  let at = 0;
  for (let step = 0; step < 1000; step += 1) {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
    let end: number;
    if (text.startsWith('<?', at)) end = after(text.indexOf('?>', at), 2);
    else if (text.startsWith('<!--', at)) end = after(text.indexOf('-->', at + 4), 3);
    else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      const name = DOCTYPE.exec(text.slice(at, at + 200))?.[1];
      if (name?.toLowerCase() === 'html') return { html: true };
      const gt = text.indexOf('>', at);
      const bracket = text.indexOf('[', at);
      // An internal subset may hold '>' of its own; the doctype ends after its closing ']'.
      const close = bracket >= 0 && bracket < gt ? text.indexOf(']', bracket) : at;
      end = close < 0 ? -1 : after(text.indexOf('>', close), 1);
    } else return at;
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
  const at = skipProlog(text);
  if (typeof at === 'object') return { kind: 'html' };
  if (at === undefined || at >= text.length) {
    return { kind: 'unknown', reason: 'not a feed: no root element (truncated or empty document)' };
  }
  const root = ROOT.exec(text.slice(at, at + 5000));
  if (!root?.[1]) return { kind: 'unknown', reason: 'not a feed: no root element' };
  const local = root[1].slice(root[1].indexOf(':') + 1);
  if (HTML_ROOTS.has(local.toLowerCase())) return { kind: 'html' };
  const closer = text.charAt(at + root[0].length);
  const selfClosing = closer !== '>' || root[0].endsWith('/');
  return { kind: 'xml', root: root[1], rootTag: root[0], content: selfClosing ? undefined : at + root[0].length + 1 };
}
