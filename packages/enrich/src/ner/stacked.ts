import type { TaggerInput } from './features.ts';
import { combine, fnv } from './hash.ts';
import { shapeOf } from './word-shape.ts';

// The second pass's templates: what the first pass labelled this token, its neighbours, and the
// other mentions of the same word in the story.
const S = { own: 50, prev: 51, next: 52, docKind: 53, docMajority: 54, docOwn: 55, docShape: 56 } as const;
const KIND_INDEX = [0, 1, 1, 2, 2, 3, 3] as const;

/**
 * The second pass's input: each candidate's features plus what the first pass found — its own
 * label and its neighbours', and how the first pass labelled the other mentions of the same word
 * in the story (one story, one sense: "Faaborg" a place in one sentence is a place in the next).
 */
export function stackedInput(input: TaggerInput, first: Uint8Array): TaggerInput {
  const { candidates, features, offsets, wordHash, tokens } = input;
  // Per word: how many of its mentions the first pass labelled outside, person, organisation, place.
  const votes = new Map<number, Uint16Array>();
  for (const i of candidates) {
    const h = wordHash[i] as number;
    let v = votes.get(h);
    if (v === undefined) {
      v = new Uint16Array(4);
      votes.set(h, v);
    }
    const kind = KIND_INDEX[first[i] as number] as number;
    v[kind] = (v[kind] as number) + 1;
  }
  const out = new Uint32Array(features.length + candidates.length * 8);
  const outOffsets = new Uint32Array(offsets.length);
  let n = 0;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    const from = offsets[k] as number;
    const to = offsets[k + 1] as number;
    out.set(features.subarray(from, to), n);
    n += to - from;
    const own = first[i] as number;
    out[n++] = combine(S.own, own);
    out[n++] = combine(S.prev, i > 0 ? (first[i - 1] as number) : 9);
    out[n++] = combine(S.next, i + 1 < first.length ? (first[i + 1] as number) : 9);
    const v = votes.get(wordHash[i] as number) as Uint16Array;
    const ownKind = KIND_INDEX[own] as number;
    let others = 0;
    let majority = 0;
    let most = 0;
    for (let kind = 0; kind < 4; kind++) {
      const c = (v[kind] as number) - (kind === ownKind ? 1 : 0);
      others += c;
      // A name kind beats "outside" on a tie: a word once found as a name is a name.
      if (c > most || (c === most && c > 0 && majority === 0)) {
        most = c;
        majority = kind;
      }
      if (kind > 0 && c > 0) out[n++] = combine(S.docKind, kind);
    }
    const seen = Math.min(others, 3);
    out[n++] = combine(S.docMajority, majority * 4 + seen);
    out[n++] = combine(S.docOwn, (own * 4 + majority) * 4 + seen);
    const t = tokens[i];
    out[n++] = combine(
      S.docShape,
      combine(majority * 4 + (seen > 0 ? 1 : 0), fnv(t?.word === true ? shapeOf(t.text) : '')),
    );
    outOffsets[k + 1] = n;
  }
  return { ...input, features: out.subarray(0, n), offsets: outOffsets };
}
