// Which feedparser fields an `Expect:` line reads, decided from the expression alone.
import { MODEL, type Model, modelAt, modelOf } from './expect-model.ts';
import type { PyNode } from './python-expr.ts';

/** Thrown when a line reads one of feedparser's internals (INTERNALS); its message says which. */
export class Untranslatable extends Error {}

/**
 * What feedparser reports about its own work rather than about the feed: its well-formedness flag, the
 * HTTP layer it drives itself (headers, etag, modified, status, redirects), the xml:base it tracked
 * (we resolve URLs instead of reporting bases), `guidislink` (its guess that a guid is the link: we
 * deliver the link), Python introspection. A line reading one is not translatable. Any other field the
 * corpus expects and we do not output is a miss, not "not translatable".
 */
const INTERNAL_ROOTS = new Set([
  'bozo',
  'bozo_exception',
  'headers',
  'etag',
  'modified',
  'modified_parsed',
  'status',
  'href',
  'namespaces',
]);
const INTERNAL_KEYS = new Set(['base', 'guidislink', 'newlocation']);

function internal(path: (string | number)[]): string | undefined {
  const [root] = path;
  if (typeof root === 'string' && INTERNAL_ROOTS.has(root)) return root;
  return path.find((key): key is string => typeof key === 'string' && INTERNAL_KEYS.has(key));
}

/** The string or number a subscript or method argument writes literally, negative numbers included. */
export function literalKey(node: PyNode): string | number | undefined {
  if (node.kind === 'literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return node.value;
  }
  if (node.kind === 'negate' && node.operand.kind === 'literal' && typeof node.operand.value === 'number') {
    return -node.operand.value;
  }
  return undefined;
}

/** The model path an access expression stands for, or undefined when it is not one. */
function accessPath(node: PyNode): (string | number)[] | undefined {
  if (node.kind === 'name') return [node.name];
  if (node.kind === 'attribute') {
    const target = accessPath(node.target);
    return target && [...target, node.name];
  }
  if (node.kind === 'subscript') {
    const target = accessPath(node.target);
    const key = literalKey(node.index);
    return target && key !== undefined ? [...target, key] : undefined;
  }
  return undefined;
}

const describe = (path: (string | number)[]) =>
  path
    .map((key, i) => (i === 0 ? String(key) : typeof key === 'number' ? `[${key}]` : `['${key}']`))
    .join('');

/** Marks a field the corpus expects that we do not output: the line is a miss, whatever the feed. */
export const MISSING = '!missing:';

function checkPath(path: (string | number)[], fields: Set<string>): void {
  const inside = internal(path);
  if (inside !== undefined) {
    throw new Untranslatable(`${describe(path)}: feedparser's ${inside}, not a field of the feed`);
  }
  let model: Model | undefined = MODEL;
  for (const key of path) {
    model = model === undefined ? undefined : modelAt(model, key);
    if (model === undefined) {
      fields.add(`${MISSING}${path.filter((k) => typeof k === 'string').join('.')}`);
      return;
    }
  }
  fields.add(path.filter((key) => typeof key === 'string').join('.'));
}

const FUNCTIONS = new Set(['len', 'ord']);
const METHODS = new Set(['get', 'has_key']);

/**
 * Adds the fields the expression reads to `fields`. Throws Untranslatable when the expression reads
 * anything outside MODEL.
 */
export function checkStatic(node: PyNode, fields: Set<string>): void {
  switch (node.kind) {
    case 'literal':
      return;
    case 'name':
    case 'subscript':
    case 'attribute': {
      const path = accessPath(node);
      if (!path) throw new Untranslatable('a computed subscript');
      checkPath(path, fields);
      return;
    }
    case 'call': {
      const { callee, args } = node;
      if (callee.kind === 'name' && FUNCTIONS.has(callee.name) && args.length === 1 && args[0]) {
        checkStatic(args[0], fields);
        return;
      }
      const key = args[0] && literalKey(args[0]);
      if (callee.kind === 'attribute' && METHODS.has(callee.name) && typeof key === 'string') {
        const target = accessPath(callee.target);
        if (!target) throw new Untranslatable('a method on a computed value');
        checkPath([...target, key], fields);
        for (const arg of args.slice(1)) checkStatic(arg, fields);
        return;
      }
      throw new Untranslatable(`Python introspection (${callee.kind === 'name' ? callee.name : 'method'})`);
    }
    case 'tuple':
    case 'list':
      for (const item of node.items) checkStatic(item, fields);
      return;
    case 'dict':
      for (const [key, value] of node.entries) {
        checkStatic(key, fields);
        checkStatic(value, fields);
      }
      return;
    case 'add':
      checkStatic(node.left, fields);
      checkStatic(node.right, fields);
      return;
    case 'negate':
    case 'not':
      checkStatic(node.operand, fields);
      return;
    case 'compare': {
      checkStatic(node.first, fields);
      let left = node.first;
      for (const [op, operand] of node.rest) {
        checkStatic(operand, fields);
        // `'key' in feed` reads feed['key']: it must be a field we parse, or its absence proves nothing.
        const key = literalKey(left);
        const target = accessPath(operand);
        const isDict =
          target !== undefined && typeof modelOf(target) === 'object' && !Array.isArray(modelOf(target));
        if ((op === 'in' || op === 'not in') && typeof key === 'string' && target && isDict) {
          checkPath([...target, key], fields);
        }
        left = operand;
      }
      return;
    }
    case 'and':
    case 'or':
      for (const operand of node.operands) checkStatic(operand, fields);
      return;
  }
}
