// xml:base and xml:lang, inherited down the tree.
import { attr, isNode } from './nodes.ts';
import { childBase } from './relative-urls.ts';

/** The xml:base and xml:lang in force at an element. */
export interface Scope {
  base: string | undefined;
  /** The language in force; null when an empty xml:lang explicitly unset it. */
  lang: string | null | undefined;
}

/** A language tag with its underscores made hyphens (en_US → en-US). */
export const languageTag = (value: string) => value.trim().replace(/_/g, '-');

/** The scope inside an element with these attributes (as xml2js gives them), within its parent's. */
export function scopeIn(parent: Scope, attrs: unknown): Scope {
  const holder = { $: attrs };
  const lang = attr(holder, 'xml:lang');
  return {
    base: childBase(parent.base, attr(holder, 'xml:base')),
    lang: lang === undefined ? parent.lang : languageTag(lang) || null,
  };
}

/** The scope inside a node, within its parent's. */
export const scopeOf = (parent: Scope, node: unknown): Scope =>
  scopeIn(parent, isNode(node) ? node.$ : undefined);

/** The xml:base and xml:lang attributes a root element's start tag writes. */
export function rootAttributes(rootTag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of rootTag.matchAll(/\s(xml:(?:base|lang))\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    attrs[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return attrs;
}
