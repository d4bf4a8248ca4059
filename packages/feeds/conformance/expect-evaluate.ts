// Evaluates an `Expect:` line's Python over our side, with Python's truthiness, equality and `in`.
import { literalKey } from './expect-fields.ts';
import { VERSION_FAMILY } from './expect-model.ts';
import type { Value, VersionValue } from './feedparser-view.ts';
import { isVersion, isView, KEEP } from './feedparser-view.ts';
import { sameMarkup } from './markup-compare.ts';
import type { PyNode } from './python-expr.ts';

/** A lookup that fails on our side, where Python would raise KeyError, IndexError or TypeError. */
export class PyLookupError extends Error {}

function lookup(target: Value, key: string | number): Value {
  if (Array.isArray(target)) {
    if (typeof key !== 'number') throw new PyLookupError(`list index ${key}`);
    const value = target[key < 0 ? target.length + key : key];
    if (value === undefined) throw new PyLookupError(`index ${key} out of range`);
    return value;
  }
  if (isView(target) && typeof key === 'string') return (target.view[key] ?? target.alias?.[key]) as Value;
  throw new PyLookupError(`no ${String(key)} on ${target === undefined ? 'None' : typeof target}`);
}

/** Python's truthiness. */
export function truthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value !== '';
  if (isView(value) || isVersion(value)) return true;
  return Boolean(value);
}

function equal(a: Value, b: Value): boolean {
  if (isVersion(a) || isVersion(b)) {
    const [version, other] = isVersion(a) ? [a, b] : [b as VersionValue, a];
    return typeof other === 'string' && VERSION_FAMILY.get(other) === version[KEEP];
  }
  if (a === undefined || a === null || b === undefined || b === null) {
    return (a === undefined || a === null) && (b === undefined || b === null);
  }
  if (typeof a === 'string' && typeof b === 'string') return sameMarkup(a, b);
  // Python dicts are equal with the same keys and equal values.
  if (isView(a) && isView(b)) {
    const keys = Object.keys(a.view);
    return (
      keys.length === Object.keys(b.view).length &&
      keys.every((key) => key in b.view && equal(a.view[key] as Value, b.view[key] as Value))
    );
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  return a === b;
}

function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (Array.isArray(container)) return container.some((entry) => equal(entry, item));
  if (isView(container) && typeof item === 'string') return container.view[item] !== undefined;
  throw new PyLookupError('unsupported `in`');
}

/** The value of an expression over `root`; throws PyLookupError where Python would raise. */
export function evaluate(node: PyNode, root: Record<string, unknown>): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'name':
      return root[node.name] as Value;
    case 'attribute':
      return lookup(evaluate(node.target, root), node.name);
    case 'subscript': {
      const key = literalKey(node.index);
      if (key === undefined) throw new PyLookupError('computed subscript');
      return lookup(evaluate(node.target, root), key);
    }
    case 'call': {
      const { callee, args } = node;
      if (callee.kind === 'name') {
        const arg = args[0] && evaluate(args[0], root);
        if (callee.name === 'len' && (typeof arg === 'string' || Array.isArray(arg))) return arg.length;
        if (callee.name === 'ord' && typeof arg === 'string' && [...arg].length === 1) {
          return arg.codePointAt(0) ?? null;
        }
        throw new PyLookupError(`${callee.name}() of this value`);
      }
      if (callee.kind !== 'attribute') throw new PyLookupError('call');
      const target = evaluate(callee.target, root);
      const key = args[0] && literalKey(args[0]);
      if (!isView(target) || typeof key !== 'string') throw new PyLookupError('method on a non-dict');
      const value = (target.view[key] ?? target.alias?.[key]) as Value;
      if (callee.name === 'has_key') return value !== undefined;
      return value ?? (args[1] ? evaluate(args[1], root) : null);
    }
    case 'tuple':
    case 'list':
      return node.items.map((item) => evaluate(item, root));
    case 'dict': {
      const view: Record<string, unknown> = {};
      for (const [key, value] of node.entries) {
        const k = evaluate(key, root);
        if (typeof k !== 'string') throw new PyLookupError('dict key');
        view[k] = evaluate(value, root);
      }
      return { view };
    }
    case 'add': {
      const left = evaluate(node.left, root);
      const right = evaluate(node.right, root);
      if (typeof left === 'string' && typeof right === 'string') return left + right;
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      throw new PyLookupError('+ of mixed types');
    }
    case 'negate': {
      const value = evaluate(node.operand, root);
      if (typeof value !== 'number') throw new PyLookupError('- of a non-number');
      return -value;
    }
    case 'not':
      return !truthy(evaluate(node.operand, root));
    case 'compare': {
      let left = evaluate(node.first, root);
      for (const [op, operand] of node.rest) {
        const right = evaluate(operand, root);
        const holds =
          op === '==' || op === 'is'
            ? equal(left, right)
            : op === '!=' || op === 'is not'
              ? !equal(left, right)
              : op === 'in'
                ? contains(right, left)
                : !contains(right, left);
        if (!holds) return false;
        left = right;
      }
      return true;
    }
    case 'and':
      // A lookup error anywhere fails the whole line, as the KeyError would in Python.
      return node.operands.every((operand) => truthy(evaluate(operand, root)));
    case 'or':
      return node.operands.some((operand) => truthy(evaluate(operand, root)));
  }
}

function show(value: Value): string {
  if (isView(value)) return '{…}';
  if (isVersion(value)) return value[KEEP];
  return JSON.stringify(value) ?? 'None';
}

/** What the line's comparisons saw on our side, for the failure list. */
export function actualOf(node: PyNode, root: Record<string, unknown>): string {
  const parts: string[] = [];
  const visit = (n: PyNode) => {
    if (n.kind === 'compare') {
      try {
        parts.push(show(evaluate(n.first, root)));
      } catch (err) {
        parts.push(`<${err instanceof Error ? err.message : String(err)}>`);
      }
    } else if (n.kind === 'and' || n.kind === 'or') n.operands.forEach(visit);
    else if (n.kind === 'not') visit(n.operand);
  };
  visit(node);
  return parts.join(' | ');
}
