import { describe, expect, it } from 'vitest';
import {
  announcesAhead,
  leadDaysDiffer,
  leadDaysOf,
  leadDropsDay,
  looksBack,
  partsOfDayDiffer,
  partsOfDayOf,
} from './lead-days.ts';
import { compare, judgeNear } from './similarity.ts';
import { nearProbe, nearSketch, SKETCH_K } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';

const MON = 1;
const THU = 1 << 3;

// An indictment and, later, the guilty plea: the plea recounts the indictment, so their text agrees.
const BACKGROUND = [
  'Prosecutors said Delgado steered paving and landscaping contracts worth about $3.1 million to two firms between 2019 and 2023 while he sat on the city council and later served as mayor of Pico Rivera.',
  'Investigators said the contractors paid for renovations at his home in Whittier, including a new kitchen and a swimming pool, and gave him about $48,000 in cash delivered in envelopes at a restaurant near City Hall.',
  'Delgado served two terms as mayor before losing his seat in the 2022 election. His lawyer, Mark Feldman, said his client had cooperated with investigators and accepted responsibility for his conduct.',
  'The two contractors, who have not been named, were not charged. The U.S. Attorney’s Office said the investigation was continuing and that it was working with the city to review contracts awarded since 2018.',
].join('\n\n');
const INDICTMENT = `A former mayor of the Los Angeles suburb of Pico Rivera was indicted Thursday on federal charges that he took bribes from contractors in exchange for city work.\n\n${BACKGROUND}`;
const PLEA = `A former mayor of the Los Angeles suburb of Pico Rivera pleaded guilty Monday to a federal bribery charge, admitting he took bribes from contractors in exchange for city work.\n\n${BACKGROUND}`;
const REPRINT = `A one-time mayor of Pico Rivera, a Los Angeles suburb, has admitted taking bribes from contractors, pleading guilty on Monday to a federal bribery charge.\n\n${BACKGROUND}`;

function verdict(a: string, b: string, days = true) {
  const stored = nearSketch(a);
  const probe = nearProbe(b);
  if (!stored || !probe) throw new Error('no sketch');
  const { postings: _, ...kept } = stored;
  if (!days) {
    delete kept.leadDays;
    delete probe.sketch.leadDays;
  }
  return judgeNear(compare(probe, decodeSketch(encodeSketch(kept))));
}

describe('the weekdays of the lead', () => {
  it('reads the days the headline and the lead paragraph name', () => {
    expect(
      leadDaysOf('Ex-mayor pleads guilty', 'He pleaded guilty Monday, a week after talks on Thursday.'),
    ).toBe(MON | THU);
    expect(leadDaysOf("NHL standings after Thursday's games", '')).toBe(THU);
    expect(leadDaysOf('MARKETS CLOSE LOWER ON MONDAY', 'Shares fell.')).toBe(MON);
    expect(leadDaysOf('Ex-mayor pleads guilty', 'He pleaded guilty to a bribery charge.')).toBe(0);
    // Past the lead's first 80 words a day dates something else.
    expect(leadDaysOf('', `${'word '.repeat(80)}on Monday`)).toBe(0);
  });

  it('differ only when both leads name days and none in common', () => {
    expect(leadDaysDiffer(MON, THU)).toBe(true);
    expect(leadDaysDiffer(MON | THU, THU)).toBe(false);
    expect(leadDaysDiffer(0, THU)).toBe(false);
    expect(leadDaysDiffer(MON, 0)).toBe(false);
  });

  it('reads a new lead that drops a day the stored lead names as another day’s story', () => {
    expect(leadDropsDay(THU, MON | THU)).toBe(true);
    expect(leadDropsDay(MON, THU)).toBe(true);
    // A copy keeps its original's days and may add one; a lead naming none says nothing.
    expect(leadDropsDay(MON | THU, THU)).toBe(false);
    expect(leadDropsDay(THU, THU)).toBe(false);
    expect(leadDropsDay(0, MON | THU)).toBe(false);
    expect(leadDropsDay(THU, 0)).toBe(false);
  });

  it('keeps the later story of an alert that named the day ahead a possible copy, not its reprint', () => {
    // The earlier lead dates its own event and the one it looks ahead to; the later names only its own.
    const alert = `A former mayor of the Los Angeles suburb of Pico Rivera was indicted Monday on federal charges that he took bribes from contractors in exchange for city work, and is due in court on Thursday.\n\n${BACKGROUND}`;
    const arraigned = `A former mayor of the Los Angeles suburb of Pico Rivera pleaded not guilty Thursday to federal charges that he took bribes from contractors in exchange for city work.\n\n${BACKGROUND}`;
    const reprint = `A former Pico Rivera mayor was indicted on Monday on federal bribery charges over city contracts and will appear in court on Thursday, prosecutors said.\n\n${BACKGROUND}`;
    expect(verdict(alert, arraigned)).toBe('possible');
    expect(verdict(alert, arraigned, false)).toBe('copy');
    expect(verdict(alert, reprint)).toBe('copy');
  });

  it('tells a lead that measures the time back to an earlier event', () => {
    expect(
      looksBack('Hertha name Anfang as coach', [
        'Hertha appointed Anfang on Wednesday, three days after sacking Kessler.',
      ]),
    ).toBe(true);
    expect(
      looksBack('', [
        'The last gearbox rolled off the line.',
        'It came 14 months after the closure was announced.',
      ]),
    ).toBe(true);
    expect(looksBack('', ['Rail workers ended their strike, nine days after walking off the job.'])).toBe(
      true,
    );
    expect(looksBack('', ['The plant closed two weeks ago.'])).toBe(true);
    expect(looksBack('', ['A', 'B', 'The plant closed two weeks ago.'])).toBe(false);
    // Periods a report covers are not an earlier event.
    expect(
      looksBack('', [
        'Jobless claims fell last week.',
        'Prices rose 2% from a year ago and 0.3% last month.',
      ]),
    ).toBe(false);
  });

  it('tells a later stage of the same day: hours after, later or earlier on the day', () => {
    expect(looksBack('', ['The board named an interim chief on Monday, hours after the CEO quit.'])).toBe(
      true,
    );
    expect(looksBack('Tunnel reopens six hours after lorry fire', ['The tunnel reopened.'])).toBe(true);
    expect(looksBack('', ['The company said earlier on Monday it would cut jobs.'])).toBe(true);
    expect(looksBack('', ['Rescuers reached the miners later on Thursday.'])).toBe(true);
    expect(looksBack('', ['The minister will speak later.', 'Talks resume on Thursday.'])).toBe(false);
    expect(looksBack('', ['Doctors work 12-hour shifts.'])).toBe(false);
  });

  it('reads the part of the day the lead places its event in', () => {
    const morning = partsOfDayOf('The tunnel was closed on Friday morning after a lorry caught fire.');
    const evening = partsOfDayOf('The tunnel reopened late on Friday evening.');
    expect(partsOfDayDiffer(morning, evening)).toBe(true);
    expect(partsOfDayDiffer(evening, partsOfDayOf('It reopened on Friday night.'))).toBe(false);
    expect(partsOfDayDiffer(morning, partsOfDayOf('The tunnel was closed on Friday.'))).toBe(false);
  });

  it('tells a lead announcing what will happen from one reporting what did', () => {
    expect(
      announcesAhead('The chancellor will on Wednesday set out a spending review worth 20 billion pounds.'),
    ).toBe(true);
    expect(announcesAhead('The union is expected to call a strike on Monday. Talks broke down.')).toBe(true);
    expect(announcesAhead('The chancellor on Wednesday set out a 20 billion pound spending review.')).toBe(
      false,
    );
    // A report of something done that will have a sequel reports.
    expect(announcesAhead('A man will appear in court on Monday after a woman died in a fire.')).toBe(false);
    expect(announcesAhead('The company said it will cut 500 jobs.')).toBe(false);
  });

  it('never makes the later stage of an affair a certain copy; a reprint naming the same day stays one', () => {
    expect(verdict(INDICTMENT, PLEA)).toBe('possible');
    // Only the days tell: the text, the names and the facts agree.
    expect(verdict(INDICTMENT, PLEA, false)).toBe('copy');
    expect(verdict(PLEA, REPRINT)).toBe('copy');
    // Without days, the later story measuring the time back to the first one tells it.
    const later = PLEA.replace(
      'pleaded guilty Monday',
      'pleaded guilty, three months after he was indicted,',
    );
    expect(verdict(INDICTMENT.replace(' Thursday', ''), later)).toBe('possible');
    expect(verdict(later, later.replace('A former mayor', 'A one-time mayor'))).toBe('copy');
  });

  it('reads a sketch stored before the lead’s weekdays as naming none, whether its bits ended on a byte or in padding', () => {
    const { postings: _, ...base } = nearSketch(PLEA) ?? (undefined as never);
    expect(base.leadDays).toBe(MON);
    const { leadDays: _days, ends: _ends, ...old } = base;
    const ends = new Set<string>();
    for (let n = 1; n <= SKETCH_K; n++) {
      // Day 7 ends the bits the previous writer wrote with a 1: what follows it is the weekdays' flag.
      const sketch = { ...old, body: old.body.slice(0, n), day8: 7 };
      const bytes = encodeSketch(sketch);
      const fields = lastOne(bytes) + 1;
      ends.add(fields % 8 === 0 ? 'byte' : 'padding');
      expect(decodeSketch(bytes.subarray(0, Math.ceil(fields / 8)))).toEqual(sketch);
      const dated = { ...sketch, leadDays: MON | THU };
      const datedBytes = encodeSketch(dated);
      expect(decodeSketch(datedBytes)).toEqual(dated);
      // Stored with the weekdays, before the look-back bit: cut after the weekdays' last 1 (Thursday).
      expect(decodeSketch(datedBytes.subarray(0, Math.ceil((lastOne(datedBytes) + 1) / 8)))).toEqual(dated);
      const back = { ...dated, looksBack: true as const };
      const backBytes = encodeSketch(back);
      expect(decodeSketch(backBytes)).toEqual(back);
      // Stored before the parts of the day, the tense and the second stage set: cut after the look-back bit.
      expect(decodeSketch(backBytes.subarray(0, Math.ceil((lastOne(backBytes) + 1) / 8)))).toEqual(back);
      const more = { ...back, partsOfDay: 0b101, ahead: true as const, moreStages: 0b10010 };
      expect(decodeSketch(encodeSketch(more))).toEqual(more);
      const { partsOfDay: _p, ...aheadOnly } = more;
      expect(decodeSketch(encodeSketch(aheadOnly))).toEqual(aheadOnly);
    }
    expect([...ends].sort()).toEqual(['byte', 'padding']);
  });
});

function lastOne(buf: Uint8Array): number {
  for (let i = buf.length * 8 - 1; i >= 0; i--) if (((buf[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) return i;
  return -1;
}
