import { describe, expect, it } from 'vitest';
import { MIN_ROWS, rowBloomOf, rowHashesOf, rowsDiffer, rowsUnseen } from './rows.ts';
import { nearProbe, nearSketch, storyParagraphs } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';

const TABLE = [
  'Results of the men’s 100 metres freestyle final on Wednesday:',
  '1. Kyle Chalmers (Australia) 46.91',
  '2. Pan Zhanle (China) 47.02',
  '3. David Popovici (Romania) 47.10',
  '4. Jack Alexy (U.S.) 47.23',
  '5. Maxime Grousset (France) 47.31',
  'The women’s 100 metres final is on Thursday.',
];

describe('the rows of a story’s tables', () => {
  it('reads runs of short lines with figures, not the intro or a note that ends a sentence', () => {
    const rows = rowHashesOf(TABLE);
    expect(rows).toHaveLength(5);
    // A short prose paragraph with a figure, alone, is no table.
    expect(rowHashesOf(['Shares rose 3.5 percent', 'to close at a record.'])).toEqual([]);
  });

  it('stores a filter only for a table of MIN_ROWS rows or more', () => {
    expect(rowBloomOf(rowHashesOf(TABLE.slice(0, MIN_ROWS)))).toBeUndefined();
    expect(rowBloomOf(rowHashesOf(TABLE))).toBeDefined();
  });

  it('sees every row of a reprint or a cut, and the rows another event brings', () => {
    const bloom = rowBloomOf(rowHashesOf(TABLE)) as [number, number];
    expect(rowsUnseen(rowHashesOf(TABLE.slice(0, 5)), bloom)).toBe(0);
    // Case and thousands separators are house style, not another row.
    expect(rowsUnseen(rowHashesOf(TABLE.map((l) => l.toUpperCase())), bloom)).toBe(0);
    const other = TABLE.map((l) => l.replace(/47\.(\d)/, '48.$1'));
    expect(rowsUnseen(rowHashesOf(other), bloom)).toBe(4);
    expect(rowsDiffer(rowHashesOf(other), bloom)).toBe(true);
    // One changed row (a correction, or a reprint's own line) is not enough.
    const corrected = TABLE.map((l, i) => (i === 2 ? l.replace('47.02', '47.05') : l));
    expect(rowsDiffer(rowHashesOf(corrected), bloom)).toBe(false);
  });

  it('reads a row by its own words: the sketch splits "3-1" and "10:30", a row keeps them whole', () => {
    // 13 row words each, 26 of the sketch's: still rows (at most 25 words), and the score is the row's.
    const line = (i: number) => `Round ${i} ${Array.from({ length: 12 }, (_, j) => `${i}-${j}`).join(' ')}`;
    const table = ['Scores:', line(1), line(2), line(3), line(4)];
    const rows = nearProbe(table.join('\n'), 'Scores')?.rowHashes ?? [];
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(rowHashesOf(table));
    expect(rowHashesOf(table.map((l) => l.replaceAll('-', ' ')))).toEqual([]);
    expect(
      rowsUnseen(rowHashesOf(table.map((l) => l.replaceAll('-', ':'))), rowBloomOf(rows) ?? [0, 0]),
    ).toBe(4);
  });

  it('reads at most 64 rows, however long the table', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `Row ${i} ${i * 3} ${i * 7}`);
    expect(rowHashesOf(huge)).toHaveLength(64);
  });

  it('round-trips through the stored bytes, with and without the ends, and reads older sketches as none', () => {
    const text = TABLE.join('\n');
    const short = nearSketch(text, 'Swimming results');
    expect(short?.rows).toBeDefined();
    expect(decodeSketch(encodeSketch(short as never)).rows).toEqual(short?.rows);
    const long = nearSketch(
      [
        'SINGAPORE, July 30 (Reuters) - Kyle Chalmers won the world title in the 100 metres freestyle on Wednesday, edging Pan Zhanle in a race of the fastest field assembled this year.',
        ...TABLE.slice(1, 6),
        'Chalmers, who took silver in Paris last year, said the win was the best of his career and that he would now rest before the relay.',
      ].join('\n'),
      'Chalmers wins 100 free',
    );
    expect(long?.ends).toBeDefined();
    expect(long?.rows).toBeDefined();
    const back = decodeSketch(encodeSketch(long as never));
    expect(back.rows).toEqual(long?.rows);
    expect(back.ends).toEqual(long?.ends);
    // A sketch stored before the rows were kept ends earlier: no filter, no conflict.
    const { rows: _rows, ...older } = long as NonNullable<typeof long>;
    expect(decodeSketch(encodeSketch(older)).rows).toBeUndefined();
    expect(storyParagraphs(text)).toHaveLength(TABLE.length);
  });
});
