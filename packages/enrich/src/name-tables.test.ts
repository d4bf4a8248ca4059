import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './index.ts';
import { sameKindInTables } from './name-tables.ts';
import { casedView, linesOf } from './ner/lines.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { tokenize } from './tokens.ts';

// The rows of a table (name-tables.ts), with spans as a tagger might have labelled them.
const kinds = (text: string, labelled: readonly [string, NameKind][]) => {
  const tokenized = tokenize('RESULTS', text);
  const { tokens, source } = tokenized;
  const spans: TaggedSpan[] = [];
  let from = 0;
  for (const [name, kind] of labelled) {
    const at = source.indexOf(name, from);
    from = at + name.length;
    const first = tokens.findIndex((t) => t.start === at);
    const last = tokens.findIndex((t) => t.end === at + name.length);
    spans.push({ first, last, kind, confidence: 500 });
  }
  sameKindInTables(tokenized, casedView(tokens, linesOf(tokenized)), spans);
  return spans.map((s) => `${source.slice(tokens[s.first]?.start, tokens[s.last]?.end)}:${s.kind}`);
};

describe('sameKindInTables', () => {
  beforeAll(() => loadGazetteer());

  it('takes both sides of a results row for teams of the table', () => {
    expect(
      kinds('Hartford 4 BOSTON 2\nFlorida 3 NEW JERSEY 1\nColorado 5 TORONTO 2', [
        ['Hartford', 'org'],
        ['BOSTON', 'place'],
        ['Florida', 'org'],
        ['NEW JERSEY', 'place'],
        ['Colorado', 'place'],
        ['TORONTO', 'org'],
      ]),
    ).toEqual(['Hartford:org', 'BOSTON:org', 'Florida:org', 'NEW JERSEY:org', 'Colorado:org', 'TORONTO:org']);
  });

  it('leaves a name in a row that stands between no scores alone', () => {
    expect(
      kinds('Hartford 4 BOSTON 2\nFlorida 3 NEW JERSEY 1\nColorado 5 TORONTO 2 (in Denver)', [
        ['Hartford', 'org'],
        ['BOSTON', 'org'],
        ['Florida', 'org'],
        ['NEW JERSEY', 'org'],
        ['Colorado', 'org'],
        ['TORONTO', 'org'],
        ['Denver', 'place'],
      ]).at(-1),
    ).toBe('Denver:place');
  });
});
