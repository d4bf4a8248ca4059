// The small part of Python that feedparser's `Expect:` lines are written in: literals (strings with
// their prefixes and escapes, numbers, tuples, lists, dicts, None/True/False), names, subscripts,
// attribute access, calls, `+`, comparisons (chained), `not`, `and`, `or`. Parsing is separate from
// evaluation so that what an expression reads can be checked before any feed is looked at.

export type PyNode =
  | { kind: 'literal'; value: PyValue }
  | { kind: 'name'; name: string }
  | { kind: 'subscript'; target: PyNode; index: PyNode }
  | { kind: 'attribute'; target: PyNode; name: string }
  | { kind: 'call'; callee: PyNode; args: PyNode[] }
  | { kind: 'tuple' | 'list'; items: PyNode[] }
  | { kind: 'dict'; entries: [PyNode, PyNode][] }
  | { kind: 'add'; left: PyNode; right: PyNode }
  | { kind: 'negate'; operand: PyNode }
  | { kind: 'compare'; first: PyNode; rest: [Comparator, PyNode][] }
  | { kind: 'not'; operand: PyNode }
  | { kind: 'and' | 'or'; operands: PyNode[] };

export type Comparator = '==' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export type PyValue = string | number | boolean | null | PyValue[] | { readonly dict: Map<string, PyValue> };

type Token =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'name'; value: string }
  | { type: 'op'; value: string };

export class PySyntaxError extends Error {}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

function unescapePython(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g,
    (all, code) => {
      if (/^[xuU]./.test(code)) return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
      if (/^[0-7]+$/.test(code) && code !== '0') return String.fromCodePoint(Number.parseInt(code, 8));
      return ESCAPES[code] ?? all;
    },
  );
}

const STRING = /^([uUbBrR]{0,2})('''|"""|'|")/;
const NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][\w]*/;
const OPS = ['==', '!=', '[', ']', '(', ')', '{', '}', ',', '.', ':', '+', '-'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const string = STRING.exec(rest);
    if (string) {
      const [prefix = '', quote = ''] = [string[1], string[2]];
      let end = prefix.length + quote.length;
      while (end < rest.length && !rest.startsWith(quote, end)) end += rest[end] === '\\' ? 2 : 1;
      if (end >= rest.length) throw new PySyntaxError('unterminated string');
      const body = rest.slice(prefix.length + quote.length, end);
      tokens.push({ type: 'string', value: unescapePython(body, /r/i.test(prefix)) });
      at += end + quote.length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ type: 'name', value: name[0] });
      at += name[0].length;
      continue;
    }
    const op = OPS.find((candidate) => rest.startsWith(candidate));
    if (!op) throw new PySyntaxError(`unexpected character ${JSON.stringify(rest.charAt(0))}`);
    tokens.push({ type: 'op', value: op });
    at += op.length;
  }
  return tokens;
}

class Parser {
  private at = 0;
  private readonly tokens: Token[];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  parse(): PyNode {
    const node = this.or();
    if (this.at < this.tokens.length) throw new PySyntaxError('trailing input');
    return node;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token?.type === 'op' && token.value === value;
  }

  private isName(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === 'name' && token.value === value;
  }

  private expectOp(value: string): void {
    if (!this.isOp(value)) throw new PySyntaxError(`expected ${value}`);
    this.at += 1;
  }

  private or(): PyNode {
    const operands = [this.and()];
    while (this.isName('or')) {
      this.at += 1;
      operands.push(this.and());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'or', operands };
  }

  private and(): PyNode {
    const operands = [this.not()];
    while (this.isName('and')) {
      this.at += 1;
      operands.push(this.not());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'and', operands };
  }

  private not(): PyNode {
    if (this.isName('not')) {
      this.at += 1;
      return { kind: 'not', operand: this.not() };
    }
    return this.comparison();
  }

  private comparator(): Comparator | undefined {
    if (this.isOp('==') || this.isOp('!=')) return (this.tokens[this.at++] as { value: Comparator }).value;
    if (this.isName('in')) {
      this.at += 1;
      return 'in';
    }
    if (this.isName('not') && this.isName('in', 1)) {
      this.at += 2;
      return 'not in';
    }
    if (this.isName('is')) {
      this.at += 1;
      if (this.isName('not')) {
        this.at += 1;
        return 'is not';
      }
      return 'is';
    }
    return undefined;
  }

  private comparison(): PyNode {
    const first = this.sum();
    const rest: [Comparator, PyNode][] = [];
    for (let op = this.comparator(); op; op = this.comparator()) rest.push([op, this.sum()]);
    return rest.length === 0 ? first : { kind: 'compare', first, rest };
  }

  private sum(): PyNode {
    let left = this.unary();
    while (this.isOp('+')) {
      this.at += 1;
      left = { kind: 'add', left, right: this.unary() };
    }
    return left;
  }

  private unary(): PyNode {
    if (this.isOp('-')) {
      this.at += 1;
      return { kind: 'negate', operand: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): PyNode {
    let node = this.atom();
    for (;;) {
      if (this.isOp('[')) {
        this.at += 1;
        const index = this.or();
        this.expectOp(']');
        node = { kind: 'subscript', target: node, index };
      } else if (this.isOp('.')) {
        this.at += 1;
        const name = this.peek();
        if (name?.type !== 'name') throw new PySyntaxError('expected an attribute name');
        this.at += 1;
        node = { kind: 'attribute', target: node, name: name.value };
      } else if (this.isOp('(')) {
        this.at += 1;
        const args = this.sequence(')');
        node = { kind: 'call', callee: node, args };
      } else return node;
    }
  }

  private sequence(close: string): PyNode[] {
    const items: PyNode[] = [];
    while (!this.isOp(close)) {
      items.push(this.or());
      if (!this.isOp(',')) break;
      this.at += 1;
    }
    this.expectOp(close);
    return items;
  }

  private atom(): PyNode {
    const token = this.peek();
    if (!token) throw new PySyntaxError('unexpected end');
    this.at += 1;
    if (token.type === 'string') {
      // Adjacent literals concatenate, as in Python.
      let value = token.value;
      for (let next = this.peek(); next?.type === 'string'; next = this.peek()) {
        value += next.value;
        this.at += 1;
      }
      return { kind: 'literal', value };
    }
    if (token.type === 'number') return { kind: 'literal', value: token.value };
    if (token.type === 'name') {
      if (token.value === 'None') return { kind: 'literal', value: null };
      if (token.value === 'True') return { kind: 'literal', value: true };
      if (token.value === 'False') return { kind: 'literal', value: false };
      return { kind: 'name', name: token.value };
    }
    if (token.value === '(') {
      const start = this.at;
      const items = this.sequence(')');
      const single = items.length === 1 && this.tokens[this.at - 2]?.value !== ',';
      if (single && items[0] && start < this.at) return items[0];
      return { kind: 'tuple', items };
    }
    if (token.value === '[') return { kind: 'list', items: this.sequence(']') };
    if (token.value === '{') {
      const entries: [PyNode, PyNode][] = [];
      while (!this.isOp('}')) {
        const key = this.or();
        this.expectOp(':');
        entries.push([key, this.or()]);
        if (!this.isOp(',')) break;
        this.at += 1;
      }
      this.expectOp('}');
      return { kind: 'dict', entries };
    }
    throw new PySyntaxError(`unexpected ${token.value}`);
  }
}

/** Parses one Python expression; throws PySyntaxError on anything outside the subset. */
export function parsePython(source: string): PyNode {
  return new Parser(tokenize(source)).parse();
}
