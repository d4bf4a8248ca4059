// A small ordered element tree for the wire formats (NewsML-G2, NITF), whose bodies are mixed content:
// text and elements must stay in order, which the xml2js objects rss-parser works on cannot keep.
// fast-xml-parser reads the document (iterative, so deep nesting cannot exhaust the stack); its
// validator refuses what is not well-formed first, since the parser itself reads a truncated
// document silently. Entities are decoded here, never expanded from a DOCTYPE (none is ever parsed).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlEntityCodePoint } from './html-entities.ts';
import { repairEntities, repairReferences } from './prepare-xml.ts';

export interface XmlElement {
  /** The name as written, with its prefix. */
  name: string;
  /** The name without its prefix: wire formats are matched by local name, whatever prefix is bound. */
  local: string;
  /** Attributes by their names as written (`xml:lang`, `qcode`), values decoded. */
  attrs: Readonly<Record<string, string>>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string;

export interface XmlTreeLimits {
  /** Elements nested deeper than this make the document unreadable. */
  maxDepth: number;
  /** More elements than this (kept ones: skipped subtrees do not count) make it unreadable. */
  maxElements: number;
  /** Asked at each element's start; false leaves the element and everything in it out of the tree. */
  keep?: (local: string, attrs: Readonly<Record<string, string>>) => boolean;
}

/** A document the wire readers refuse, with a reason a person can act on. */
export class XmlTreeError extends Error {}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// What may follow an "&": a character reference or an entity name, up to its ";". Sticky, so each
// match is tried only where an "&" stands.
const REFERENCE = /#(\d{1,7});|#x([0-9a-fA-F]{1,6});|([A-Za-z][A-Za-z0-9]{1,31});/y;

function codePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : '\uFFFD';
}

function referenced(
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
): string | undefined {
  if (decimal !== undefined) return codePoint(Number(decimal));
  if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
  if (name === undefined) return undefined;
  const html = htmlEntityCodePoint(name);
  return XML_ENTITIES[name] ?? (html === undefined ? undefined : String.fromCodePoint(html));
}

/**
 * XML's five entities, character references and the HTML 4 entities NITF's DTD declares, decoded;
 * any other "&name;" stays as written. A loop rather than a replace callback: a hostile text holds a
 * million of them.
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  const parts: string[] = [];
  let done = 0;
  while (at >= 0) {
    REFERENCE.lastIndex = at + 1;
    const match = REFERENCE.exec(text);
    const char = match ? referenced(match[1], match[2], match[3]) : undefined;
    if (char !== undefined) {
      parts.push(text.slice(done, at), char);
      done = REFERENCE.lastIndex;
    }
    at = text.indexOf('&', match ? REFERENCE.lastIndex : at + 1);
  }
  parts.push(text.slice(done));
  return parts.join('');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

type Ordered = Record<string, unknown>;

interface DepthView {
  getDepth(): number;
}

function validate(xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result === true) return;
  const { msg, line } = result.err;
  const reason = msg.replace(/\.$/, '');
  const cut = /^Unclosed tag/.test(msg) ? ': the document is cut short or not closed' : '';
  throw new XmlTreeError(
    `malformed XML: ${reason.charAt(0).toLowerCase()}${reason.slice(1)} (line ${line})${cut}`,
  );
}

// A document whose root never closes was cut short (a dropped connection, a full disk): refused with
// that reason rather than the validator's, which names whatever tag the cut fell in.
function cutShort(xml: string): void {
  const root = /^\s*<([A-Za-z_][\w.:-]*)/.exec(xml)?.[1];
  if (root === undefined) return;
  let end = xml.trimEnd();
  // Comments and processing instructions may follow the root.
  for (let i = 0; i < 100 && (end.endsWith('-->') || end.endsWith('?>')); i++) {
    const start = end.endsWith('-->') ? end.lastIndexOf('<!--') : end.lastIndexOf('<?');
    if (start < 0) break;
    end = end.slice(0, start).trimEnd();
  }
  const closeTag = new RegExp(`</${root.replace(/\./g, '\\.')}\\s*>$`);
  const selfClosed = end.endsWith('/>') && end.indexOf('<', end.indexOf('<') + 1) < 0;
  if (!closeTag.test(end.slice(-1024)) && !selfClosed) {
    throw new XmlTreeError(`malformed XML: the document is cut short (its root <${root}> is never closed)`);
  }
}

function toElement(node: Ordered, depth: number): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name === '#text' || name === '#cdata') return undefined;
  const rawAttrs = node[':@'];
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof rawAttrs === 'object' && rawAttrs !== null) {
    for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeEntities(String(value));
  }
  const element: XmlElement = { name, local: localName(name), attrs, children: [] };
  const content = node[name];
  if (Array.isArray(content)) element.children = toChildren(content as Ordered[], depth + 1);
  return element;
}

function toChildren(nodes: readonly Ordered[], depth: number): XmlChild[] {
  const out: XmlChild[] = [];
  for (const node of nodes) {
    if (typeof node['#text'] === 'string') out.push(decodeEntities(node['#text']));
    else if (Array.isArray(node['#cdata'])) {
      // CDATA is literal: its text is not decoded.
      for (const part of node['#cdata'] as Ordered[])
        if (typeof part['#text'] === 'string') out.push(part['#text']);
    } else {
      const element = toElement(node, depth);
      if (element) out.push(element);
    }
  }
  return out;
}

/**
 * Parses a decoded document (from its root element on: the prolog, with any DOCTYPE, is the caller's
 * to drop) into its root element. Throws XmlTreeError with a reason when it is not well-formed or
 * passes the limits.
 */
export function parseXmlTree(text: string, limits: XmlTreeLimits): XmlElement {
  let xml = repairReferences(text);
  cutShort(xml);
  try {
    validate(xml);
  } catch (err) {
    // Bare "&" and HTML entities are what most often make wire XML invalid; repaired, it may pass.
    const repaired = repairEntities(xml);
    if (repaired === xml || !(err instanceof XmlTreeError) || !/char '&'/.test(err.message)) throw err;
    validate(repaired);
    xml = repaired;
  }
  let kept = 0;
  let skippedAt = Number.POSITIVE_INFINITY;
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: limits.maxDepth,
    jPath: false,
    updateTag: (tagName, path, attrs) => {
      const depth = typeof path === 'string' ? 0 : (path as DepthView).getDepth();
      if (depth > skippedAt) return false;
      skippedAt = Number.POSITIVE_INFINITY;
      const decoded: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const [key, value] of Object.entries(attrs ?? {})) decoded[key] = decodeEntities(String(value));
      if (limits.keep && !limits.keep(localName(tagName), decoded)) {
        skippedAt = depth;
        return false;
      }
      kept += 1;
      if (kept > limits.maxElements) {
        throw new XmlTreeError(`too large: more than ${limits.maxElements} elements`);
      }
      return tagName;
    },
  });
  let ordered: unknown;
  try {
    ordered = parser.parse(xml);
  } catch (err) {
    if (err instanceof XmlTreeError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (/Maximum nested tags/.test(message)) {
      throw new XmlTreeError(`too deep: elements nested more than ${limits.maxDepth} levels`, { cause: err });
    }
    // The validator has passed the document, so this is the parser's own limit; say which in words.
    const reason = /reserved|prototype/i.test(message)
      ? 'an element or attribute is named like a JavaScript property (__proto__, constructor)'
      : 'its structure is not one we can read';
    throw new XmlTreeError(`unreadable XML: ${reason}`, { cause: err });
  }
  const roots = Array.isArray(ordered) ? toChildren(ordered as Ordered[], 0) : [];
  const root = roots.find((child): child is XmlElement => typeof child !== 'string');
  if (!root) throw new XmlTreeError('malformed XML: no root element');
  return root;
}

// ---- reading the tree ----------------------------------------------------------------------------

/** The child elements of `element` with this local name (all of them when no name is given). */
export function elements(element: XmlElement | undefined, local?: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (local === undefined || child.local === local)) out.push(child);
  }
  return out;
}

/** The first child element with this local name. */
export function element(parent: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const child of parent.children) if (typeof child !== 'string' && child.local === local) return child;
  return undefined;
}

/** The first element along a path of local names. */
export function path(root: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let at = root;
  for (const local of locals) at = element(at, local);
  return at;
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attrs[name]?.trim() || undefined;
}

// Text of every descendant, in order. Depth is bounded by the parse (maxDepth), so recursion is safe.
function collect(element: XmlElement, out: string[], skip: ReadonlySet<string> | undefined): void {
  for (const child of element.children) {
    if (typeof child === 'string') out.push(child);
    else if (!skip?.has(child.local)) collect(child, out, skip);
  }
}

/** The text of an element and its descendants, whitespace collapsed; undefined when blank. */
export function textOf(element: XmlElement | undefined, skip?: ReadonlySet<string>): string | undefined {
  if (!element) return undefined;
  const out: string[] = [];
  collect(element, out, skip);
  return out.join('').replace(/\s+/g, ' ').trim() || undefined;
}
