import { describe, expect, it } from 'vitest';
import { factAgreement, factsOf, LEAD_FACTS } from './facts.ts';

const STANDINGS_THURSDAY = [
  'Standings of National Hockey League teams after games played on Thursday:',
  'HARTFORD 12 7 6 77 76 30',
  'BUFFALO 13 12 1 76 76 27',
  'PITTSBURGH 12 10 2 89 80 26',
  'MONTREAL 10 14 4 88 94 24',
];
// Friday: Buffalo and Montreal played, the others did not.
const STANDINGS_FRIDAY = [
  'Standings of National Hockey League teams after games played on Friday:',
  'HARTFORD 12 7 6 77 76 30',
  'BUFFALO 14 12 1 80 77 29',
  'PITTSBURGH 12 10 2 89 80 26',
  'MONTREAL 10 15 4 89 98 24',
];

describe('facts', () => {
  it('agree everywhere for the same text', () => {
    const facts = factsOf(STANDINGS_THURSDAY);
    expect(factAgreement(facts.sample(16), facts.all)).toEqual({
      matched: 16,
      agreed: 16,
      leadDisagreements: 0,
      excused: 0,
    });
  });

  it('key a table row’s figures by its label, so another day’s rows disagree where results changed', () => {
    const thursday = factsOf(STANDINGS_THURSDAY);
    const friday = factsOf(STANDINGS_FRIDAY);
    const all = factAgreement(thursday.sample(100), friday.all);
    // The day, Buffalo's W, GF, GA, PTS and Montreal's L, GF, GA: 8 of the 28 facts differ.
    expect(all.matched).toBe(28);
    expect(all.agreed).toBe(20);
  });

  it('put the lead’s facts first in the sample, in text order', () => {
    const facts = factsOf([
      'Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana on Monday, agreeing to raise trade to 40 billion dollars by 2030.',
      ...Array.from(
        { length: 30 },
        (_, i) => `Line ${i} says the figure was ${i * 7} and the rate ${i}.5 percent.`,
      ),
    ]);
    const other = factsOf([
      'Chinese President Xi Jinping held talks with Uzbek President Shavkat Mirziyoyev in Astana on Monday, agreeing to raise trade to 20 billion dollars by 2030.',
    ]);
    const lead = facts.sample(LEAD_FACTS);
    expect(lead).toHaveLength(LEAD_FACTS);
    const seen = factAgreement(lead, other.all);
    // Another leader in the same sentence: the lead says they are two events.
    expect(seen.matched).toBe(LEAD_FACTS);
    expect(seen.matched - seen.agreed).toBeGreaterThanOrEqual(2);
  });

  it('do not take an enumerator or a row’s label for a filling', () => {
    const a = factsOf(['1. Hermann Maier (Austria) 1:55.02', '2. Lasse Kjus (Norway) 1:55.41']);
    const b = factsOf(['1. Lasse Kjus (Norway) 1:55.41', '2. Hermann Maier (Austria) 1:55.02']);
    // The same skiers with the same times in another order are the same facts.
    expect(factAgreement(a.sample(16), b.all)).toMatchObject({ matched: 4, agreed: 4 });
  });

  it('tell a standings row from a results line of the same team', () => {
    const standings = factsOf(['Newcastle 18 11 3 4 28 20 36']);
    const results = factsOf(['Newcastle 1 Sunderland 0']);
    expect(factAgreement(results.sample(16), standings.all).matched).toBe(0);
  });

  it('read figures with thousands separators and possessives as one filling', () => {
    const a = factsOf(['The index rose 1,234.5 points in Tokyo’s trading on Friday.']);
    const b = factsOf(['The index rose 1234.5 points in Tokyo trading on Friday.']);
    const seen = factAgreement(a.sample(16), b.all);
    expect(seen.matched).toBeGreaterThan(0);
    expect(seen.agreed).toBe(seen.matched);
  });

  it('read the headline’s figures and the lead’s first, keyed apart from the body’s', () => {
    const body = ['The storm was moving west at 15 mph on Sunday, the center said.'];
    const a = factsOf(body, 'Tropical Storm Ana advisory number 12');
    const b = factsOf(body, 'Tropical Storm Ana advisory number 13');
    // "12" and "15" are the first, lead figures; "12" disagrees, "15" agrees.
    expect(a.leadCount).toBe(2);
    expect(factAgreement(a.sample(16), b.all, a.leadCount)).toMatchObject({ leadDisagreements: 1 });
    // The same figure in a body sentence is not the headline's.
    const c = factsOf(['The advisory number 12 was issued at noon.']);
    expect(factAgreement(a.sample(1), c.all).matched).toBe(0);
  });

  it('read a reprint’s house style as the same filling: U.N. and UN, Organization and Organisation', () => {
    const a = factsOf(['Delegates from Britain and the U.N. met the World Health Organization on Monday.']);
    const b = factsOf(['Delegates from Britain and the UN met the World Health Organisation on Monday.']);
    const seen = factAgreement(a.sample(16), b.all);
    expect(seen.matched).toBeGreaterThanOrEqual(2);
    expect(seen.agreed).toBe(seen.matched);
  });

  it('stay bounded on a hostile body: one endless sentence, one endless row', () => {
    const endless = `Results ${'Maier 1 Kjus 2 '.repeat(50_000)}`;
    const facts = factsOf([endless, '9 '.repeat(100_000)]);
    expect(facts.all.size).toBeLessThan(400);
    expect(facts.sample(16)).toHaveLength(16);
  });
});
