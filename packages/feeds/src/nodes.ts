// Narrowing for what rss-parser and xml2js hand back. Their types promise strings; at runtime a field is
// a string, an array of nodes, or a node object ({ _: text, $: attributes, child: [...] }) whenever the
// element carried attributes or children. Everything here takes `unknown` and returns plain data.

export type Node = Record<string, unknown>;

/**
 * The prefix element names get while xml2js parses (see rss-parser-fields.ts): it hides them from
 * rss-parser's own field handling. Children of the nodes we read carry it too; `child` and the
 * serializer see past it.
 */
export const SHADOW = 'wf-shadow:';

const unshadow = (name: string) => (name.startsWith(SHADOW) ? name.slice(SHADOW.length) : name);

// Children deeper than this are ignored: hostile nesting must not exhaust the stack.
const MAX_DEPTH = 32;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** The children of a node named `name` (shadowed or not), as a list. */
export function child(node: unknown, name: string): unknown[] {
  if (!isNode(node)) return [];
  const value = node[SHADOW + name] ?? node[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function attr(node: unknown, name: string): string | undefined {
  const attrs = isNode(node) ? node.$ : undefined;
  const value = isNode(attrs) ? attrs[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function collectText(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, depth + 1, out);
  else if (isNode(value)) {
    for (const [key, child] of Object.entries(value)) if (key !== '$') collectText(child, depth + 1, out);
  }
}

function hasChildren(node: Node): boolean {
  return Object.keys(node).some((key) => key !== '$' && key !== '_');
}

/** The text of a field, trimmed; `undefined` when absent or blank. */
export function textOf(value: unknown): string | undefined {
  const node = first(value);
  if (typeof node === 'string') return node.trim() || undefined;
  if (!isNode(node)) return undefined;
  if (typeof node._ === 'string' && !hasChildren(node)) return node._.trim() || undefined;
  const parts: string[] = [];
  collectText(node, 0, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function serialize(node: unknown, depth: number): string {
  if (typeof node === 'string') return escapeXml(node);
  if (!isNode(node) || depth > MAX_DEPTH) return '';
  let out = typeof node._ === 'string' ? escapeXml(node._) : '';
  for (const [name, children] of Object.entries(node)) {
    if (name === '$' || name === '_' || !Array.isArray(children)) continue;
    for (const element of children) {
      const attrs = isNode(element) && isNode(element.$) ? element.$ : {};
      const rendered = Object.entries(attrs).map(
        ([k, v]) => ` ${k}="${escapeXml(String(v)).replace(/"/g, '&quot;')}"`,
      );
      const tag = unshadow(name);
      out += `<${tag}${rendered.join('')}>${serialize(element, depth + 1)}</${tag}>`;
    }
  }
  return out;
}

/**
 * The markup of a content-like field. Escaped HTML and CDATA arrive as text and are returned as they
 * are; unescaped child elements (HTML that happened to be well-formed XML) are serialized back, with
 * the caveat of xml2js that text and elements of mixed content are no longer interleaved.
 */
export function markupOf(value: unknown): string | undefined {
  const node = first(value);
  if (!isNode(node) || !hasChildren(node)) return textOf(node);
  return serialize(node, 0).trim() || undefined;
}

/** A name out of an author-like element: `<name>` inside it when there is one, else its text. */
export function personOf(value: unknown): string | undefined {
  const node = first(value);
  return textOf(child(node, 'name')) ?? textOf(node);
}

/** Whether a string carries HTML tags rather than plain text (bounded per `<`, so linear). */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(?:\s|\/?>)/i.test(text);
}
