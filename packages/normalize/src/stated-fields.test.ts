import type { RawItem } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { normalizeItem } from './normalize-item.ts';

const ctx = {
  feedId: 'wire',
  feedUrl: 'https://wire.example/g2.xml',
  fetchedAt: '2024-03-10T12:00:00.000Z',
  now: new Date('2024-03-10T12:00:00.000Z'),
};

const item = (extra: Partial<RawItem> = {}): RawItem => ({
  guid: 'urn:newsml:wire.example:1',
  title: 'Ship runs aground in Hamburg port',
  contentHtml: '<p>HAMBURG (dpa) - A container ship ran aground in the port on Sunday.</p>',
  categories: [],
  published: '2024-03-10T09:00:00+01:00',
  ...extra,
});

describe('normalizeItem: what the source states', () => {
  it('takes the stated dateline, region and country over the body, and still strips the body dateline', () => {
    const story = normalizeItem(
      item({
        dateline: {
          raw: 'HAMBURG',
          place: 'HAMBURG',
          region: 'Hamburg',
          country: 'Deutschland',
          countryCode: 'de',
        },
      }),
      ctx,
    );
    expect(story.dateline).toEqual({
      place: 'Hamburg',
      region: 'Hamburg',
      country: 'Deutschland',
      countryCode: 'DE',
      raw: 'HAMBURG',
    });
    expect(story.body.text).toBe('A container ship ran aground in the port on Sunday.');
    // Without a stated one, the body's dateline is the dateline, as before.
    expect(normalizeItem(item(), ctx).dateline).toEqual({ place: 'Hamburg', raw: 'HAMBURG (dpa) -' });
  });

  it('takes the stated credit, embargo, urgency, update and kill', () => {
    const story = normalizeItem(
      item({
        credit: 'dpa/Kay Nietfeld',
        embargoedUntil: '2024-03-11T06:00:00+01:00',
        signals: { urgency: 1, update: true, correction: true },
      }),
      ctx,
    );
    expect(story.credit).toBe('dpa/Kay Nietfeld');
    expect(story.embargoedUntil).toBe('2024-03-11T05:00:00.000Z');
    expect(story.signals).toEqual({
      correction: true,
      urgent: true,
      canceled: false,
      update: true,
      urgency: 1,
    });
    expect(normalizeItem(item({ signals: { canceled: true } }), ctx).signals.canceled).toBe(true);
    expect(normalizeItem(item({ signals: { urgency: 5 } }), ctx).signals.urgent).toBe(false);
  });

  it('makes a higher provider version and a stated kill new content, and leaves other items hashed as before', () => {
    const v1 = normalizeItem(item({ itemVersion: 1 }), ctx);
    const v2 = normalizeItem(item({ itemVersion: 2 }), ctx);
    const again = normalizeItem(item({ itemVersion: 2 }), ctx);
    const killed = normalizeItem(item({ itemVersion: 2, signals: { canceled: true } }), ctx);
    expect(v2.id).toBe(v1.id);
    expect(new Set([v1.contentHash, v2.contentHash, killed.contentHash]).size).toBe(3);
    expect(again.contentHash).toBe(v2.contentHash);
    const plain = normalizeItem(item(), ctx);
    expect(plain.contentHash).toBe(normalizeItem(item({ credit: 'x' }), ctx).contentHash);
    expect(plain.contentHash).not.toBe(v1.contentHash);
  });

  it('keeps a packaged story named by its uri, with no file', () => {
    const story = normalizeItem(
      item({
        media: [
          { kind: 'text', uri: 'urn:newsml:wire.example:2', headline: 'Sidebar', renditions: [] },
          { kind: 'picture', uri: 'urn:newsml:wire.example:3', renditions: [] },
        ],
      }),
      ctx,
    );
    expect(story.media).toEqual([
      { kind: 'text', uri: 'urn:newsml:wire.example:2', headline: 'Sidebar', renditions: [] },
    ]);
  });
});
