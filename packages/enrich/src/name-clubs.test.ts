import { describe, expect, it } from 'vitest';
import { storyOf } from './__fixtures__/stories.ts';
import { enrichStory } from './index.ts';
import { withKnownClubs, withoutSportSlug } from './name-clubs.ts';
import type { TaggedSpan } from './ner/tagger.ts';
import { tokenize } from './tokens.ts';

// Clubs and leagues of data/clubs.ts after the tagger. Stories written for these tests.
const spansIn = (text: string, tagged: readonly [string, TaggedSpan['kind']][]) => {
  const { tokens, source } = tokenize('Headline', text);
  const spans = tagged.map(([name, kind]) => {
    const at = source.indexOf(name);
    const first = tokens.findIndex((t) => t.start === at);
    const last = tokens.findIndex((t) => t.end === at + name.length);
    return { first, last, kind, confidence: 500 };
  });
  const out = withKnownClubs(tokens, spans);
  return out.map((s) => `${s.kind}:${source.slice(tokens[s.first]?.start, tokens[s.last]?.end)}`);
};

describe('withKnownClubs', () => {
  it('takes a text of one club named 32,000 times in one pass', () => {
    const { tokens } = tokenize('Headline', 'Feyenoord '.repeat(32_000));
    const at = tokens.findIndex((t) => t.lower === 'feyenoord');
    const out = withKnownClubs(tokens, [{ first: at, last: at, kind: 'place', confidence: 500 }]);
    expect(out).toHaveLength(32_000);
    expect(out.every((s) => s.kind === 'org' && s.first === s.last)).toBe(true);
    expect(out[0]).toMatchObject({ first: at, confidence: 500 });
    // A guard, not a measure: milliseconds now, 27 s with the quadratic merge.
  }, 10_000);

  it('makes a known club an organisation: its parts given way, an unlabelled one added', () => {
    expect(
      spansIn('Bayer Leverkusen stay top of the Bundesliga after beating Schalke.', [
        ['Leverkusen', 'place'],
        ['Schalke', 'person'],
      ]),
    ).toEqual(['org:Bayer Leverkusen', 'org:Bundesliga', 'org:Schalke']);
  });

  it('leaves a longer name holding a club, and a lowercase word, alone', () => {
    expect(
      spansIn('The Juventus Stadium was full. Fans of the celtic harp met.', [['Juventus Stadium', 'place']]),
    ).toEqual(['place:Juventus Stadium']);
  });
});

describe('clubs named after their city', () => {
  const enriched = (headline: string, text: string) => enrichStory(storyOf({ headline, text })).enrichment;

  it('are clubs in a football story', () => {
    const e = enriched(
      'SOCCER - DERBY DRAW',
      'LONDON 1996-12-08 - Derby drew 1-1 with Coventry in the Premiership on Saturday, while Middlesbrough lost at Blackburn. The striker scored late.',
    );
    expect(e.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Derby', 'Coventry']));
    expect(e.places.map((p) => p.name)).toEqual(['London']);
  });

  it('are the city in a tennis story', () => {
    const e = enriched(
      'TENNIS - GAUDENZI WINS IN MELBOURNE',
      'MELBOURNE 1997-01-14 - Andrea Gaudenzi, who lives in Bologna, won his first-round tennis match on Tuesday.',
    );
    expect(e.places.map((p) => p.name)).toContain('Bologna');
    expect(e.organisations.map((o) => o.name)).not.toContain('Bologna');
  });
});

describe('withoutSportSlug', () => {
  const slugged = (headline: string) => {
    const { tokens, source, bodyStart } = tokenize(headline, 'Text.');
    // Every capitalised word of the headline labelled, as a tagger unsure of the slug might.
    const spans: TaggedSpan[] = tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => i < bodyStart && t.cap)
      .map(({ i }) => ({ first: i, last: i, kind: 'place', confidence: 500 }));
    return withoutSportSlug(tokens, source, bodyStart, spans).map((s) => tokens[s.first]?.text);
  };

  it('drops a name inside a sport slug ("RUGBY UNION - ")', () => {
    expect(slugged('RUGBY UNION - ENGLAND SQUAD')).toEqual(['ENGLAND', 'SQUAD']);
  });

  it('keeps a country slug, and a headline without a slug', () => {
    expect(slugged('GERMANY - BUNDESBANK HOLDS')).toEqual(['GERMANY', 'BUNDESBANK', 'HOLDS']);
    expect(slugged('Rugby - the town in Warwickshire')).toEqual(['Rugby', 'Warwickshire']);
  });
});
