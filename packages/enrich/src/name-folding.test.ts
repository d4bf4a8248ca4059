import { describe, expect, it } from 'vitest';
import { storyOf } from './__fixtures__/stories.ts';
import { enrichStory } from './index.ts';
import { acronymOf, addRuleFindings, foreignAcronym } from './name-folding.ts';
import type { Tally } from './name-tally.ts';
import { tokenize } from './tokens.ts';

// One organisation under its acronyms (name-folding.ts). Stories written for these tests.
const organisations = (headline: string, text: string) =>
  enrichStory(storyOf({ headline, text })).enrichment.organisations.map((o) => o.name);

describe('acronyms folded into their organisation', () => {
  it("counts USDA toward the U.S. Department of Agriculture, whose country's letters it keeps", () => {
    const orgs = organisations(
      'USDA raises wheat crop estimate',
      'WASHINGTON 1996-12-10 - The U.S. Department of Agriculture on Tuesday raised its estimate of the wheat crop. USDA said yields were better than expected.',
    );
    expect(orgs).toContain('Department of Agriculture');
    expect(orgs).not.toContain('USDA');
  });

  it('leaves an acronym of other letters apart when nothing defines it', () => {
    const orgs = organisations(
      'Ministry and union meet',
      'The Department of Agriculture met farmers on Tuesday. The NFU said prices were too low.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['Department of Agriculture', 'NFU']));
  });

  it("takes an acronym in parentheses after an organisation for it, even in another language's order", () => {
    const orgs = organisations(
      'Rebels hold hostages',
      'LIMA 1996-12-18 - The Tupac Amaru Revolutionary Movement (MRTA) said on Wednesday it held the hostages. The MRTA demanded the release of prisoners.',
    );
    expect(orgs).toContain('Tupac Amaru Revolutionary Movement');
    expect(orgs).not.toContain('MRTA');
  });

  it('takes letters of the name in another order for the name, other letters not', () => {
    expect(foreignAcronym('Tupac Amaru Revolutionary Movement', 'MRTA')).toBe(true);
    expect(foreignAcronym('Revolutionary Armed Forces of Colombia', 'FARC')).toBe(true);
    // "England and Wales Cricket Board (ECB)" cut to "Wales Cricket Board" by the tagger.
    expect(foreignAcronym('Wales Cricket Board', 'ECB')).toBe(false);
    expect(foreignAcronym('Acme Holdings', 'USA')).toBe(false);
    expect(acronymOf('Department of Agriculture', 'USDA')).toBe(true);
    expect(acronymOf('Department of Agriculture', 'USTR')).toBe(false);
  });
});

describe("the rules' people the tagger left out", () => {
  it('keeps a name opening with a given name whose words the tagger labelled nothing', () => {
    const text =
      'Mark Brooks won on Sunday. Fred Couples was third. Silver Lake hosted. Davis Love lost. Summer Paralympics next.';
    const tokenized = tokenize('Golf', text);
    const people = new Map<string, Tally>();
    const rules = {
      people: ['Mark Brooks', 'Fred Couples', 'Silver Lake', 'Davis Love', 'Summer Paralympics'].map(
        (name) => ({
          name,
          mentions: 1,
        }),
      ),
      organisations: [],
      places: [],
    };
    // The tagger's one span: "Davis Love" taken for a place.
    addRuleFindings(tokenized, [], ['Davis Love'], rules, people, new Map(), []);
    expect([...people.values()].map((p) => p.name)).toEqual(['Mark Brooks', 'Fred Couples']);
  });
});
