import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.ts';
import type { TaggerInput } from './features.ts';
import { taggerInput } from './features.ts';
import { LABEL_COUNT } from './labels.ts';
import { loadEntityModel } from './model.ts';
import type { AddRow } from './tagger.ts';
import { decode, labelFeatures } from './tagger.ts';
import { viterbi } from './viterbi.ts';

// The score the model gives a whole labelling: each candidate's features and label features.
function pathScore(input: TaggerInput, addRow: AddRow, labels: Uint8Array): number {
  const scores = new Float64Array(LABEL_COUNT);
  let total = 0;
  for (let k = 0; k < input.candidates.length; k++) {
    const i = input.candidates[k] as number;
    const all: number[] = [];
    for (let j = input.offsets[k] as number; j < (input.offsets[k + 1] as number); j++)
      all.push(input.features[j] as number);
    labelFeatures(
      i > 0 ? (labels[i - 1] as number) : 0,
      i > 1 ? (labels[i - 2] as number) : 0,
      input.wordHash[i] as number,
      all,
    );
    scores.fill(0);
    for (const f of all) addRow(f, scores);
    total += scores[labels[i] as number] as number;
  }
  return total;
}

const TEXTS: readonly [string, string][] = [
  [
    'SOCCER - ARSENAL BEAT LEEDS',
    'LONDON 1996-12-07 - Arsenal midfielder Tom Whitaker pulled one back before Ian Wright scored twice.',
  ],
  [
    'Lamar County Judge Brandon Bell resigns',
    'The Bank of England and the U.S. Federal Reserve kept rates; Christine Lagarde of the European Central Bank said so in Frankfurt.',
  ],
  ['Results', 'Barnsley 3 Port Vale 0\nBOSTON 12 9 4 28\nBUFFALO 13 12 1 27\nNew York Rangers 10 8 3 23'],
  // More candidates than the decoder keeps tables for (1,024): this story gets tables of its own.
  ['Long results', 'Barnsley 3 Port Vale 0 Leeds United 1 Aston Villa 2\n'.repeat(200)],
];

describe('Viterbi decoding', () => {
  const model = loadEntityModel();
  for (const [headline, text] of TEXTS) {
    const input = taggerInput(tokenize(headline, text));
    it(`scores its labelling at least as high as the greedy one: ${headline}`, () => {
      const best = viterbi(input, model.addRow);
      const greedy = decode(input, model.addRow);
      expect(pathScore(input, model.addRow, best)).toBeGreaterThanOrEqual(
        pathScore(input, model.addRow, greedy) - 1e-6,
      );
    });
    it(`gives only labels that can follow, and margins of at least 0: ${headline}`, () => {
      const margins = new Float64Array(input.tokens.length);
      const labels = viterbi(input, model.addRow, margins);
      for (const i of input.candidates) {
        const label = labels[i] as number;
        if (label !== 0 && label % 2 === 0) {
          const prev = labels[i - 1] as number;
          expect([label, label - 1]).toContain(prev);
        }
        expect(margins[i]).toBeGreaterThanOrEqual(-1e-6);
      }
    });
  }
  it('labels nothing in a story without candidates', () => {
    const input = taggerInput(tokenize('', 'no names here at all.'));
    expect([...viterbi(input, loadEntityModel().addRow)].every((l) => l === 0)).toBe(true);
  });
});
