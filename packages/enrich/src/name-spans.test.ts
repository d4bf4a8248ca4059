import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './index.ts';
import {
  isEventName,
  isEventText,
  isQuotedAgency,
  isRaceCountry,
  placeOrOrg,
  splitAtTitle,
  withNumbers,
} from './name-spans.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { tokenize } from './tokens.ts';

// The corrections around the tagger's spans that follow GUM's annotation (ADR 0014, sixth iteration).
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

describe('placeOrOrg', () => {
  it('takes a name whose head, last or before "of", is a structure on the map for a place', () => {
    for (const [text, name] of [
      ['We saw the Cleveland Museum of Art today.', 'Cleveland Museum of Art'],
      ['We went up York Minster at noon.', 'York Minster'],
      ['They built the Kaiser Building in 1960.', 'Kaiser Building'],
      ['She designed the Guangzhou Opera House there.', 'Guangzhou Opera House'],
    ] as const) {
      const { tokens, span } = spanOf(text, name, 'org');
      expect(placeOrOrg(tokens, span).kind).toBe('place');
    }
  });

  it('keeps the White House and a centre of study organisations', () => {
    for (const [text, name] of [
      ['A statement from the White House followed.', 'White House'],
      ['The Center of Automotive Management said so.', 'Center of Automotive Management'],
    ] as const) {
      const { tokens, span } = spanOf(text, name, 'org');
      expect(placeOrOrg(tokens, span).kind).toBe('org');
    }
  });
});

describe('a person that is a country', () => {
  it('takes a name of several words the gazetteer knows whole as a country for the place', () => {
    const { tokens, span } = spanOf(
      'Canada and the United States listed the whales.',
      'United States',
      'person',
    );
    expect(placeOrOrg(tokens, span).kind).toBe('place');
  });

  it('leaves a person whose words open with a place alone', () => {
    const { tokens, span } = spanOf('Jordan Henderson scored twice.', 'Jordan Henderson', 'person');
    expect(placeOrOrg(tokens, span).kind).toBe('person');
  });
});

describe('events', () => {
  it('are no names, nor the start of one', () => {
    const text = 'She chaired the jury of the Berlin International Film Festival that year.';
    const { tokens, span } = spanOf(text, 'Berlin International', 'org');
    expect(isEventName(tokens, span)).toBe(true);
    expect(isEventText('Paralympic Games')).toBe(true);
    expect(isEventText('Premier League')).toBe(false);
  });

  it('include the tournaments of sport copy, not the place or club named before them', () => {
    const text = 'Woods won the Las Vegas Invitational, Sampras the Australian Open.';
    const { tokens, span } = spanOf(text, 'Las Vegas', 'org');
    expect(isEventName(tokens, span)).toBe(true);
    expect(isEventText('Australian Open')).toBe(true);
    expect(isEventText('Open University')).toBe(false);
    expect(isEventText('Las Vegas')).toBe(false);
  });
});

describe('isRaceCountry', () => {
  it('takes the country of the Tour de France for the race, not for a place', () => {
    const race = spanOf('Tour de France champion Bjarne Riis rode.', 'France', 'place');
    expect(isRaceCountry(race.tokens, race.span)).toBe(true);
    const place = spanOf('He went on a tour of France in May.', 'France', 'place');
    expect(isRaceCountry(place.tokens, place.span)).toBe(false);
  });
});

describe('isQuotedAgency', () => {
  it('takes an agency told or quoted for the source, not one that acts', () => {
    const quoted = spanOf('The spokesman told Reuters the president was well.', 'Reuters', 'org');
    expect(isQuotedAgency(quoted.tokens, quoted.span)).toBe(true);
    const acting = spanOf('Reuters polled 13 analysts on Friday.', 'Reuters', 'org');
    expect(isQuotedAgency(acting.tokens, acting.span)).toBe(false);
    const company = spanOf('The spokesman told Gazprom to pay.', 'Gazprom', 'org');
    expect(isQuotedAgency(company.tokens, company.span)).toBe(false);
  });
});

describe('withNumbers', () => {
  it("takes an address's number and a terminal's into the place", () => {
    for (const [text, name, whole] of [
      ['Stay at 1214 Anderson Ave near the park.', 'Anderson Ave', '1214 Anderson Ave'],
      ['Turn into N 44th St and stop.', 'St', 'N 44th St'],
      ['Flights leave from Terminal 4 every hour.', 'Terminal', 'Terminal 4'],
    ] as const) {
      const { tokens, span } = spanOf(text, name, 'place');
      expect(textOf(tokens, withNumbers(tokens, tokens, span))).toBe(whole);
    }
  });

  it('leaves a number across a comma and an organisation alone', () => {
    const text = 'In 2020, Main Street Bank opened.';
    const { tokens, span } = spanOf(text, 'Main Street', 'place');
    expect(withNumbers(tokens, tokens, span)).toEqual(span);
    const org = spanOf('Stay at 12 Anderson Ave.', 'Anderson Ave', 'org');
    expect(withNumbers(org.tokens, org.tokens, org.span)).toEqual(org.span);
  });
});

describe('splitAtTitle at a sentence start', () => {
  beforeAll(() => loadGazetteer());

  it('drops a common word opening the sentence, the place after it kept', () => {
    const { tokens, span } = spanOf('Neighbouring Vietnam said so.', 'Neighbouring Vietnam', 'org');
    const [kept] = splitAtTitle(tokens, span);
    expect(kept === undefined ? '' : textOf(tokens, kept)).toBe('Vietnam');
    expect(kept?.kind).toBe('place');
  });

  it('keeps a club whose first word is no common word before its city ("Bayer Leverkusen")', () => {
    const { tokens, span } = spanOf('Bayer Leverkusen stay top.', 'Bayer Leverkusen', 'org');
    const [kept] = splitAtTitle(tokens, span);
    expect(kept === undefined ? '' : textOf(tokens, kept)).toBe('Bayer Leverkusen');
    expect(kept?.kind).toBe('org');
  });
});

describe('splitAtTitle inside a span', () => {
  it('splits an organisation and a person at a title the rules do not read alone', () => {
    const { tokens, span } = spanOf(
      'NASA Administrator Jared Isaacman said so.',
      'NASA Administrator Jared Isaacman',
      'person',
    );
    expect(splitAtTitle(tokens, span).map((p) => textOf(tokens, p))).toEqual(['Jared Isaacman']);
    const org = spanOf(
      'Harris County Sheriff Ed Gonzalez said so.',
      'Harris County Sheriff Ed Gonzalez',
      'org',
    );
    expect(splitAtTitle(org.tokens, org.span).map((p) => [textOf(org.tokens, p), p.kind])).toEqual([
      ['Harris County', 'org'],
      ['Ed Gonzalez', 'person'],
    ]);
  });
});
