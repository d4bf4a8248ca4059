/**
 * Sketch bytes as the index stores them: bit-packed, about 60–110 bytes (a raw layout took 93–134).
 * Lossless, so every comparison reads exactly what the sketch held. Pure.
 *
 * Sorted value lists (the body's bottom-k, the lead's names) are stored as gaps, Golomb–Rice coded
 * with a parameter both sides derive from the spread (the shingle count, the number of names): 28
 * values spread over a few thousand take 8–11 bits each instead of 16. Facts keep their order (the first `leadFacts` are the headline's
 * and lead's figures) as 16-bit keys and 4-bit fillings. Markers cost one bit when a story names none.
 */
import type { StoredSketch } from './sketch.ts';
import { SKETCH_K } from './sketch.ts';

class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  put(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | (Math.floor(value / 2 ** i) & 1);
      if (++this.n === 8) {
        this.bytes.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  done(): Buffer {
    if (this.n > 0) this.bytes.push(this.acc << (8 - this.n));
    return Buffer.from(this.bytes);
  }
}

class BitReader {
  private at = 0;
  private readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  /** Whether `bits` more bits are left. */
  has(bits: number): boolean {
    return this.at + bits <= this.buf.length * 8;
  }
  get(bits: number): number {
    let v = 0;
    for (let i = 0; i < bits; i++) {
      const byte = this.buf[this.at >> 3];
      if (byte === undefined) throw new Error('sketch bytes end early');
      v = v * 2 + ((byte >> (7 - (this.at & 7))) & 1);
      this.at++;
    }
    return v;
  }
}

/** The gaps of an ascending list of distinct values (the first from -1). */
function gaps(values: readonly number[]): number[] {
  return values.map((v, i) => v - (i === 0 ? -1 : (values[i - 1] as number)) - 1);
}

/**
 * The Rice parameter for n values spread over 16 bits among `spread` (the shingle count for the body's
 * bottom-k, n itself for the lead's names): the gaps average 65,536 / spread, and both sides derive it.
 */
function riceK(spread: number): number {
  return Math.max(0, Math.min(15, Math.round(Math.log2((0.69 * 65_536) / Math.max(1, spread)))));
}

function putRice(w: BitWriter, values: readonly number[], k: number): void {
  for (const g of gaps(values)) {
    for (let q = Math.floor(g / 2 ** k); q > 0; q--) w.put(1, 1);
    w.put(0, 1);
    w.put(g % 2 ** k, k);
  }
}

function getRice(r: BitReader, count: number, k: number): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < count; i++) {
    let q = 0;
    while (r.get(1) === 1) q++;
    prev += q * 2 ** k + r.get(k) + 1;
    out.push(prev);
  }
  return out;
}

/** Bits to count 0..n. */
const widthOf = (n: number) => Math.ceil(Math.log2(n + 1));

function putMarkers(w: BitWriter, bits: number): void {
  w.put(bits === 0 ? 0 : 1, 1);
  if (bits !== 0) w.put(bits >>> 0, 32);
}

/**
 * The headline's stages, last: one bit when it names none, else how many (1–7) and each one's number.
 * Sketches stored before stages were kept end before them (or in zero padding): they read as none.
 */
function putStages(w: BitWriter, bits: number): void {
  const set: number[] = [];
  for (let i = 0; i < 32; i++) if ((bits >>> i) & 1) set.push(i);
  const kept = set.slice(0, 7);
  w.put(kept.length === 0 ? 0 : 1, 1);
  if (kept.length === 0) return;
  w.put(kept.length, 3);
  for (const i of kept) w.put(i, 5);
}

function getStages(r: BitReader): number {
  if (!r.has(1) || r.get(1) === 0) return 0;
  let bits = 0;
  for (let n = r.get(3); n > 0; n--) bits |= 1 << r.get(5);
  return bits >>> 0;
}

function getEnds(r: BitReader): { lead: number[]; tail: number } | undefined {
  const n = r.get(2) + 1;
  if (!r.has(5 * (n + 1))) return undefined;
  const lead = Array.from({ length: n }, () => r.get(5));
  return { lead, tail: r.get(5) };
}

export function encodeSketch(s: StoredSketch): Buffer {
  const w = new BitWriter();
  const shingles = Math.max(1, Math.min(s.shingles, 0xffff));
  const width = Math.floor(Math.log2(shingles)) + 1;
  w.put(width - 1, 4);
  w.put(shingles - 2 ** (width - 1), width - 1);
  w.put(s.form === 0 ? 0 : 1, 1);
  if (s.form !== 0) w.put(s.form & 0x0f, 4);
  if (s.body.length === SKETCH_K) w.put(1, 1);
  else {
    w.put(0, 1);
    w.put(s.body.length, 5);
  }
  w.put(s.lead.length, 4);
  w.put(s.facts.length, 5);
  w.put(s.leadFacts, widthOf(s.facts.length));
  putMarkers(w, s.markers);
  putMarkers(w, s.headMarkers);
  putRice(w, s.body, riceK(shingles));
  putRice(w, s.lead, riceK(s.lead.length + 1));
  for (const f of s.facts) {
    w.put(f.key & 0xffff, 16);
    w.put(f.value & 0x0f, 4);
  }
  putStages(w, s.headStages);
  // Trailing and optional like the stages: a sketch written before it reads back as no day.
  w.put(s.day8 === undefined ? 0 : 1, 1);
  if (s.day8 !== undefined) w.put(s.day8 & 7, 3);
  // The lead's weekdays, trailing and optional too: one bit when it names none.
  const leadDays = (s.leadDays ?? 0) & 0x7f;
  w.put(leadDays === 0 ? 0 : 1, 1);
  if (leadDays !== 0) w.put(leadDays, 7);
  w.put(s.looksBack ? 1 : 0, 1);
  // When the lead's event happens within its day, and the second stage set: one bit when none is named.
  const parts = (s.partsOfDay ?? 0) & 7;
  const more = s.moreStages ?? 0;
  const any = parts !== 0 || s.ahead === true || more !== 0;
  w.put(any ? 1 : 0, 1);
  if (any) {
    w.put(parts, 3);
    w.put(s.ahead ? 1 : 0, 1);
    putStages(w, more);
  }
  // Which samples are the first and last paragraphs' smallest shingles (ends.ts). Written only when
  // kept, as the last field: a story without them (fewer than three paragraphs: the bench's) pays no
  // bit, and a sketch stored before them ends here or in zero padding, reading as none.
  if (s.ends !== undefined) {
    w.put(1, 1);
    const lead = s.ends.lead.slice(0, 4);
    w.put(lead.length - 1, 2);
    for (const rank of lead) w.put(rank, 5);
    w.put(s.ends.tail, 5);
  } else if (s.rows !== undefined) w.put(0, 1);
  // The tables' rows (rows.ts), last and only for a story with a table: 65 bits.
  if (s.rows !== undefined) {
    w.put(1, 1);
    w.put(s.rows[0] >>> 0, 32);
    w.put(s.rows[1] >>> 0, 32);
  }
  return w.done();
}

export function decodeSketch(buf: Uint8Array): StoredSketch {
  const r = new BitReader(buf);
  const width = r.get(4) + 1;
  const shingles = 2 ** (width - 1) + r.get(width - 1);
  const form = r.get(1) === 1 ? r.get(4) : 0;
  const nBody = r.get(1) === 1 ? SKETCH_K : r.get(5);
  const nLead = r.get(4);
  const nFacts = r.get(5);
  const leadFacts = r.get(widthOf(nFacts));
  const markers = r.get(1) === 1 ? r.get(32) : 0;
  const headMarkers = r.get(1) === 1 ? r.get(32) : 0;
  const body = getRice(r, nBody, riceK(shingles));
  const lead = getRice(r, nLead, riceK(nLead + 1));
  const facts = Array.from({ length: nFacts }, () => ({ key: r.get(16), value: r.get(4) }));
  const headStages = getStages(r);
  // Trailing fields: a sketch stored before one ends before its flag or in zero padding, so each reads
  // as absent, and every later field too.
  const day8 = r.has(1) && r.get(1) === 1 ? r.get(3) : undefined;
  const leadDays = r.has(1) && r.get(1) === 1 ? r.get(7) : 0;
  const looksBack = r.has(1) && r.get(1) === 1;
  const any = r.has(1) && r.get(1) === 1;
  const partsOfDay = any ? r.get(3) : 0;
  const ahead = any && r.get(1) === 1;
  const moreStages = any ? getStages(r) : 0;
  const ends = r.has(3) && r.get(1) === 1 ? getEnds(r) : undefined;
  const rows: [number, number] | undefined =
    r.has(65) && r.get(1) === 1 ? [r.get(32) >>> 0, r.get(32) >>> 0] : undefined;
  return {
    shingles,
    body,
    lead,
    facts,
    leadFacts,
    markers,
    headMarkers,
    headStages,
    form,
    ...(day8 !== undefined ? { day8 } : {}),
    ...(leadDays !== 0 ? { leadDays } : {}),
    ...(looksBack ? { looksBack: true as const } : {}),
    ...(partsOfDay !== 0 ? { partsOfDay } : {}),
    ...(ahead ? { ahead: true as const } : {}),
    ...(moreStages !== 0 ? { moreStages } : {}),
    ...(ends !== undefined ? { ends } : {}),
    ...(rows !== undefined ? { rows } : {}),
  };
}
