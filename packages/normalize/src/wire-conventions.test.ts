import type { Story } from '@wirefeed/core';
import { RawItemSchema } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { WireCase } from './__fixtures__/wire-case.ts';
import { WIRE_FEED_URL, WIRE_FETCHED_AT, WIRE_NOW } from './__fixtures__/wire-case.ts';
import { WIRE_CASES } from './__fixtures__/wire-items.ts';
import { normalizeItem } from './normalize-item.ts';

const ctx = {
  feedId: 'wire-fixtures',
  feedUrl: WIRE_FEED_URL,
  fetchedAt: WIRE_FETCHED_AT,
  now: new Date(WIRE_NOW),
};
const normalize = (c: WireCase): Story => normalizeItem(RawItemSchema.parse(c.raw), ctx);

describe('wire conventions over hand-written agency items', () => {
  it('has enough cases in enough languages', () => {
    expect(WIRE_CASES.length).toBeGreaterThanOrEqual(30);
    const languages = new Set(WIRE_CASES.map((c) => c.expected.language).filter(Boolean));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr']);
    expect(new Set(WIRE_CASES.map((c) => c.name)).size).toBe(WIRE_CASES.length);
  });

  it.each(WIRE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const story = normalize(c);
    const want = c.expected;
    expect(story.headline).toBe(want.headline);
    const { agency, ...dateline } = want.dateline ?? { raw: '' };
    expect(story.dateline).toEqual(want.dateline && dateline);
    // The dateline's agency is the first credit; a Story keeps no separate field for it.
    if (agency) expect(story.credit?.split('; ')[0]).toBe(agency);
    // The credit is the agency alone; the people a credit line names are contributors.
    expect(story.credit).toBe(want.credit);
    expect(story.contributors).toEqual(want.contributors ?? []);
    expect(story.byline).toBe(want.byline);
    expect(story.signals).toEqual({
      correction: want.correction ?? false,
      urgent: want.urgent ?? false,
      canceled: want.canceled ?? false,
      ...(want.updateNumber === undefined ? {} : { updateNumber: want.updateNumber }),
    });
    expect(story.firstCreated).toBe(want.firstCreated);
    expect(story.versionCreated).toBe(want.versionCreated ?? want.firstCreated);
    expect(story.dateMissing).toBe(want.dateMissing ?? false);
    if (want.canonicalUrl !== undefined) expect(story.source.canonicalUrl).toBe(want.canonicalUrl);
    expect(story.body.text.split('\n\n')[0]).toBe(want.firstParagraph);
    // Items without a language get a detected one (language.ts), which is not what these cases test.
    if (want.language !== undefined) expect(story.language).toBe(want.language);
    for (const part of want.htmlIncludes ?? []) expect(story.body.html).toContain(part);
    for (const part of want.htmlExcludes ?? []) expect(story.body.html).not.toContain(part);
    // Markers, datelines and credits never leak into the text they were taken from.
    expect(story.headline).not.toMatch(/^(?:UPDATE|CORRECTED|REFILE|RPT|URGENT|FLASH|ALERT|KILL)\b/);
    if (want.dateline) expect(story.body.text).not.toContain(want.dateline.raw);
  });

  it.each(WIRE_CASES.filter((c) => c.expected.sameStoryAs).map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      const earlier = WIRE_CASES.find((o) => o.name === c.expected.sameStoryAs);
      expect(earlier).toBeDefined();
      if (!earlier) return;
      const [a, b] = [normalize(earlier), normalize(c)];
      expect(b.id).toBe(a.id);
      expect(b.contentHash).not.toBe(a.contentHash);
    },
  );
});
