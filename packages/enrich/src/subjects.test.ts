import { describe, expect, it } from 'vitest';
import { MEDIA_TOPICS } from './data/media-topics.ts';
import { classifySubjects } from './subjects.ts';

const classify = (headline: string, text: string, language?: string) =>
  classifySubjects({ headline, text, ...(language === undefined ? {} : { language }) });
const codes = (headline: string, text: string) => classify(headline, text).map((s) => s.code);

describe('the Media Topics table', () => {
  it('has the 17 top-level topics and level-2 topics under them, each code once', () => {
    const top = MEDIA_TOPICS.filter((t) => t.parent === undefined);
    expect(top.map((t) => t.code)).toEqual(
      Array.from({ length: 17 }, (_, i) => `${String(i + 1).padStart(2, '0')}000000`),
    );
    const all = MEDIA_TOPICS.map((t) => t.code);
    expect(new Set(all).size).toBe(all.length);
    for (const t of MEDIA_TOPICS) {
      expect(t.code).toMatch(/^\d{8}$/);
      if (t.parent !== undefined) {
        expect(t.code, t.name).toMatch(/^200\d{5}$/);
        expect(all, t.name).toContain(t.parent);
      }
    }
  });
});

describe('classifySubjects', () => {
  it('puts the best top-level topic first, with medtop codes, names, URIs and a confidence', () => {
    const subjects = classify(
      'Central bank cuts interest rates as inflation eases',
      'The central bank cut its benchmark interest rate by 25 basis points on Thursday as inflation ' +
        'slowed, and economists expect further easing. Stocks rallied and bond yields fell.',
    );
    expect(subjects[0]).toEqual({
      code: 'medtop:04000000',
      name: 'economy, business and finance',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
      confidence: expect.any(Number),
    });
    expect(subjects[0]?.confidence).toBeGreaterThan(70);
    expect(subjects.map((s) => s.code)).toContain('medtop:20000344');
    for (const s of subjects) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(100);
      expect(Number.isInteger(s.confidence)).toBe(true);
    }
  });

  it('tells sport, health, conflict, science, disaster and politics stories apart', () => {
    expect(
      codes(
        'Striker scores twice as champions win the cup final',
        'The striker scored twice in the final and the coach praised his players.',
      )[0],
    ).toBe('medtop:15000000');
    expect(
      codes(
        'Measles outbreak spreads',
        'Health officials confirmed 40 new cases of measles as the outbreak spread; hospitals urged vaccination.',
      )[0],
    ).toBe('medtop:07000000');
    expect(
      codes(
        'Drone strikes hit front line',
        'Troops repelled an attack as missiles and drones struck the front line overnight, the military said.',
      )[0],
    ).toBe('medtop:16000000');
    expect(
      codes(
        'Probe sends back samples',
        'Scientists said the spacecraft returned lunar samples to Earth after a mission of 53 days in orbit.',
      )[0],
    ).toBe('medtop:13000000');
    expect(
      codes(
        'Earthquake kills dozens',
        'A magnitude 7.1 earthquake killed dozens and rescuers searched the debris for survivors.',
      )[0],
    ).toBe('medtop:03000000');
    expect(
      codes(
        'Opposition wins election runoff',
        'The opposition candidate won the presidential runoff with 58% of the vote, the electoral authority said.',
      )[0],
    ).toBe('medtop:11000000');
  });

  it('matches acronyms only as written', () => {
    expect(codes('Who will come?', 'Nobody knows who will come.')).toEqual([]);
    const who = codes('WHO warns of outbreak', 'The WHO said the virus outbreak was spreading.');
    expect(who[0]).toBe('medtop:07000000');
  });

  it('gives nothing for text without cues, or in a language it has no lexicon for', () => {
    expect(classify('Untitled', 'Lorem ipsum dolor sit amet.')).toEqual([]);
    expect(classify('La banque centrale baisse ses taux', "L'inflation ralentit.", 'fr')).toEqual([]);
  });
});
