import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './index.ts';
import { kindByContext, splitAtLines, withoutLooseEnds } from './name-context.ts';
import { linesOf } from './ner/lines.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { tokenize } from './tokens.ts';

// The corrections around the tagger's spans by what surrounds them (ADR 0014, eighth iteration).
type Tokens = ReturnType<typeof tokenize>['tokens'];
const sources = new WeakMap<Tokens, string>();
const spanOf = (text: string, name: string, kind: NameKind): { tokens: Tokens; span: TaggedSpan } => {
  const { tokens, source } = tokenize('Headline', text);
  sources.set(tokens, source);
  const at = source.indexOf(name);
  const first = tokens.findIndex((t) => t.start === at);
  const last = tokens.findIndex((t) => t.end === at + name.length);
  return { tokens, span: { first, last, kind, confidence: 1000 } };
};
const textOf = (tokens: Tokens, span: TaggedSpan) =>
  sources.get(tokens)?.slice(tokens[span.first]?.start, tokens[span.last]?.end);

beforeAll(() => loadGazetteer());

describe('splitAtLines', () => {
  it("splits a name at a line's end, the part after it a person when it opens with a given name", () => {
    const text = 'Vrije Universiteit Amsterdam, the Netherlands\nLotte Wilms of the library';
    const { tokens, span } = spanOf(text, 'Netherlands\nLotte Wilms', 'place');
    const lines = linesOf(tokenize('Headline', text));
    const parts = splitAtLines(tokens, lines.line, span);
    expect(parts.map((p) => [textOf(tokens, p), p.kind])).toEqual([
      ['Netherlands', 'place'],
      ['Lotte Wilms', 'person'],
    ]);
  });

  it('leaves a name on one line alone', () => {
    const text = 'The National Library of the Netherlands said so.';
    const { tokens, span } = spanOf(text, 'National Library of the Netherlands', 'org');
    expect(splitAtLines(tokens, linesOf(tokenize('Headline', text)).line, span)).toEqual([span]);
  });
});

describe('kindByContext', () => {
  beforeAll(() => loadGazetteer());

  it('takes the name before "-based" for a place and a company in a market context for an organisation', () => {
    const based = spanOf('Ravelta-based Quennix said so.', 'Ravelta', 'org');
    expect(kindByContext(based.tokens, based.tokens, based.span).kind).toBe('place');
    const shares = spanOf('Shares in Morvex fell 3 percent.', 'Morvex', 'place');
    expect(kindByContext(shares.tokens, shares.tokens, shares.span).kind).toBe('org');
    const after = spanOf('Quennix Dalumo shares fell 3 percent.', 'Quennix Dalumo', 'person');
    expect(kindByContext(after.tokens, after.tokens, after.span).kind).toBe('org');
  });

  it('leaves a country or a big city, and an organisation with its word, as they are', () => {
    const city = spanOf('London shares fell on Monday.', 'London', 'place');
    expect(kindByContext(city.tokens, city.tokens, city.span).kind).toBe('place');
    const org = spanOf('Quennix Holdings-based funds rose.', 'Quennix Holdings', 'org');
    expect(kindByContext(org.tokens, org.tokens, org.span).kind).toBe('org');
  });
});

describe('withoutLooseEnds', () => {
  it('cuts a lowercase connector opening a name, and completes one closing on "of the"', () => {
    const open = spanOf('South of Rockridge lies Temescal.', 'of Rockridge', 'place');
    expect(withoutLooseEnds(open.tokens, open.span).map((p) => textOf(open.tokens, p))).toEqual([
      'Rockridge',
    ]);
    const short = spanOf('The County of Maui, Office of the Mayor, said so.', 'Office of the', 'org');
    expect(withoutLooseEnds(short.tokens, short.span).map((p) => textOf(short.tokens, p))).toEqual([
      'Office of the Mayor',
    ]);
  });

  it('leaves a hyphenated name and a name with "of" inside alone', () => {
    for (const [text, name] of [
      ['Leung Che-cheung said so.', 'Leung Che-cheung'],
      ['The Bank of England said so.', 'Bank of England'],
    ] as const) {
      const { tokens, span } = spanOf(text, name, 'person');
      expect(withoutLooseEnds(tokens, span)).toEqual([span]);
    }
  });
});
