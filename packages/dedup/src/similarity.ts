import { keepsOnlyMiddle } from './ends.ts';
import { factAgreement } from './facts.ts';
import { leadDropsDay, partsOfDayDiffer } from './lead-days.ts';
import { markersConflict } from './markers.ts';
import type { NearProbe, NearSketch, StoredSketch } from './sketch.ts';
import { SKETCH_K } from './sketch.ts';
import { moreStagesDiffer, stagesDiffer } from './stages.ts';

type Comparable = Pick<NearSketch, 'body' | 'shingles' | 'lead'>;

/** How alike two sketches are: the figures the merge decision reads. All in 0..1. */
export interface Similarity {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the shorter body's shingles found in the other: 1 for a trimmed copy. */
  containment: number;
  /** Share of the smaller lead-name set found in the other. */
  lead: number;
}

/** Thresholds of the merge decision (ADR 0013 says how they were chosen). */
export interface NearPolicy {
  /** Below this containment two bodies are never copies, whatever their leads. */
  minContainment: number;
  /** Weight of lead agreement against shared text in the score. */
  leadWeight: number;
  /** containment + leadWeight × lead must reach this. */
  minScore: number;
  /** Without names in a lead to compare, shared text alone must reach this. */
  minContainmentAlone: number;
}

export const DEFAULT_NEAR_POLICY: NearPolicy = {
  minContainment: 0.35,
  leadWeight: 0.5,
  minScore: 0.85,
  minContainmentAlone: 0.8,
};

/** Bottom-k estimate: of the k smallest values of the union, the share both sketches hold. */
function bottomKJaccard(a: readonly number[], b: readonly number[]): number {
  const k = Math.min(a.length, b.length);
  if (k === 0) return 0;
  let i = 0;
  let j = 0;
  let taken = 0;
  let common = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return common / k;
}

function overlap(a: readonly number[], b: readonly number[]): number {
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  if (small.length === 0) return 0;
  let common = 0;
  for (const v of small) if (large.has(v)) common++;
  return common / small.length;
}

/** Pure: the similarity of two sketched bodies. */
export function similarity(a: Comparable, b: Comparable): Similarity {
  const jaccard = bottomKJaccard(a.body, b.body);
  // |A ∩ B| = J (|A| + |B|) / (1 + J); its share of the smaller set is the containment.
  const inter = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, inter / Math.max(1, Math.min(a.shingles, b.shingles)));
  return { jaccard, containment, lead: overlap(a.lead, b.lead) };
}

/** What a comparison of the incoming story (seen whole) with a stored sketch reads. */
export interface NearFeatures {
  /** Share of the stored story's sampled shingles found in the incoming story. */
  storedInNew: number;
  /** Share of the incoming story's shingles, in the stored sketch's hash range, found in it; and how many. */
  newInStored: number;
  newSamples: number;
  /** Estimated share of the smaller body found in the larger one. */
  containment: number;
  jaccard: number;
  /** Lead agreement as before (sketch against sketch). */
  lead: number;
  leadSizes: { a: number; b: number };
  /** Of the stored story's sampled facts, how many have their context in the new one, and agree there. */
  factsMatched: number;
  factsAgreed: number;
  /**
   * Of the disagreeing ones, those a copy's edit may explain: a key another sampled fact shares and
   * agrees on (a row or a sentence left out), a name one place along its run (facts.ts).
   */
  factsExcused?: number;
  /** Of those, the headline's and the lead's figures that disagree. */
  leadDisagreements: number;
  /** Markers one headline names that the other story never does. */
  markerConflict: boolean;
  /** The two headlines report different stages of one kind of affair (a verdict, a sentence). */
  stageConflict: boolean;
  /** Difference of the two bodies' share of table rows, 0..15. */
  formGap: number;
  /** Both datelines give a day, and not the same one: another day's story of the same affair. */
  dayConflict: boolean;
  /**
   * The new lead dates its event by a weekday, and not by every one the stored lead names: an event of
   * another day (none in common), or the later story of one whose lead named the day ahead too.
   */
  leadDayConflict: boolean;
  /** The incoming story measures the time back to an earlier event and the stored one does not. */
  looksBackAlone: boolean;
  /** Both leads place their event in a part of the day, and in none in common (morning, evening). */
  partOfDayConflict: boolean;
  /** One lead tells what will happen, the other what did: a preview and its report. */
  tenseConflict: boolean;
  /**
   * The new story keeps only the stored one's middle — its lead and its ending gone, a last paragraph
   * of its own: a later story recounting the earlier one's background (ends.ts).
   */
  keepsOnlyMiddle: boolean;
  /** The stored sketch predates facts. */
  legacy: boolean;
}

export function compare(probe: NearProbe, stored: StoredSketch): NearFeatures {
  const a = probe.sketch;
  const nB = stored.body.length;
  let foundB = 0;
  for (const v of stored.body) if (probe.topSet.has(v)) foundB++;
  const storedInNew = nB === 0 ? 0 : foundB / nB;
  // The stored sketch holds every value of its story up to its largest (all of them when it is short).
  const full = nB >= SKETCH_K;
  const ceiling = full ? (stored.body[nB - 1] ?? 0) : 0xffff;
  const storedSet = new Set(stored.body);
  let newSamples = 0;
  let foundA = 0;
  for (const v of probe.tops) {
    if (v > ceiling) break;
    newSamples++;
    if (storedSet.has(v)) foundA++;
  }
  const newInStored = newSamples === 0 ? 0 : foundA / newSamples;
  const smallerIsNew = a.shingles <= stored.shingles;
  const containment = smallerIsNew ? (newSamples >= MIN_SAMPLES ? newInStored : storedInNew) : storedInNew;
  const base = similarity(a, stored);
  const facts = factAgreement(stored.facts, probe.facts, stored.leadFacts, probe.shiftedFacts);
  const { matched, agreed, leadDisagreements } = facts;
  // A new story made only of the stored one's text, and shorter, is a cut of it (a table cut to its top
  // rows, a brief cut to its first paragraphs): every filling it has is the stored story's, so a
  // sampled fact it fills otherwise is a row or sentence it left out, not another event's filling —
  // whatever of that column the stored sample happened to keep. Its lead's figures still count.
  const cut = isCut(smallerIsNew, newSamples, foundA, a.shingles, stored.shingles);
  const excused = cut ? matched - agreed - leadDisagreements : facts.excused;
  const markerConflict =
    markersConflict(a.headMarkers, stored.markers) || markersConflict(stored.headMarkers, a.markers);
  return {
    storedInNew,
    newInStored,
    newSamples,
    containment,
    jaccard: base.jaccard,
    lead: base.lead,
    leadSizes: { a: a.lead.length, b: stored.lead.length },
    factsMatched: matched,
    factsAgreed: agreed,
    factsExcused: excused,
    leadDisagreements,
    markerConflict,
    stageConflict:
      stagesDiffer(a.headStages, stored.headStages) ||
      moreStagesDiffer(a.moreStages ?? 0, stored.moreStages ?? 0),
    formGap: Math.abs(a.form - stored.form),
    dayConflict: a.day8 !== undefined && stored.day8 !== undefined && a.day8 !== stored.day8,
    leadDayConflict: leadDropsDay(a.leadDays ?? 0, stored.leadDays ?? 0),
    looksBackAlone: a.looksBack === true && stored.looksBack !== true,
    partOfDayConflict: partsOfDayDiffer(a.partsOfDay ?? 0, stored.partsOfDay ?? 0),
    tenseConflict: (a.ahead === true) !== (stored.ahead === true),
    keepsOnlyMiddle: keepsOnlyMiddle(stored, probe.topSet, probe.tailTops, ceiling, storedSet),
    legacy: stored.legacy === true,
  };
}

/** Fewer samples than this cannot say how much of a short story a long one contains. */
const MIN_SAMPLES = 8;
/** A cut keeps at most this share of the stored story's shingles (a refilled table keeps its length). */
const CUT_SIZE = 0.9;

/**
 * The new story's sampled shingles are all (but one in 20: the joins a cut makes) in the stored
 * sketch, and it is shorter by a tenth or more: it is the stored text cut. Next week's bulletin with
 * most rows unchanged is as long as this week's, and brings shingles of its own.
 */
function isCut(
  smallerIsNew: boolean,
  samples: number,
  found: number,
  size: number,
  storedSize: number,
): boolean {
  return (
    smallerIsNew &&
    samples >= MIN_SAMPLES &&
    20 * (samples - found) <= samples &&
    size <= CUT_SIZE * storedSize
  );
}

/** What the near-duplicate layer makes of two stories. */
export type NearVerdict = 'copy' | 'possible' | 'distinct';

/** Thresholds of the three-way decision (ADR 0013 says how they were chosen). */
export interface VerdictPolicy extends NearPolicy {
  /** Below this score (but above minContainment) two stories are told apart without a mark. */
  possibleScore: number;
  /** Fact disagreements that, with agreement below `factAgreement`, say two events. */
  factDisagreements: number;
  factAgreement: number;
  /** A difference of table share (0..15) this large says a story and a table. */
  formGap: number;
  /** Added to the score when at least `factsForBonus` facts were compared and all agree. */
  factBonus: number;
  factsForBonus: number;
}

export const DEFAULT_VERDICT_POLICY: VerdictPolicy = {
  ...DEFAULT_NEAR_POLICY,
  possibleScore: 0.7,
  factDisagreements: 3,
  factAgreement: 0.8,
  formGap: 5,
  factBonus: 0.1,
  factsForBonus: 6,
};

/**
 * Pure: copy, possible copy or another story. Shared text (and the lead's names) make a story look
 * like a copy; what differs decides whether it is one: facts whose context both stories share but
 * whose filling differs (another result, day, price or name), markers that contradict (Friday's
 * standings against Saturday's, a preview against a report, a close against a midday report), or a
 * story against a table. Headlines reporting different stages of one affair (a verdict, a sentence),
 * datelines giving different days, a new lead dating its event by a weekday and not by every one the
 * stored lead names, or a new lead measuring the time back to an earlier event ("three days after") that the stored one does not, make
 * it at most possible: the later stage of an affair recounts the earlier one, so its text agrees. A
 * copy is certain only when nothing differs; when something does, weakly, it is a possible copy —
 * delivered, marked, never dropped.
 */
export function judgeNear(f: NearFeatures, policy: VerdictPolicy = DEFAULT_VERDICT_POLICY): NearVerdict {
  if (f.containment < policy.minContainment) return 'distinct';
  const withLeads = f.leadSizes.a >= 2 && f.leadSizes.b >= 2;
  // Many facts in shared contexts, all filled alike, are the same event told again.
  const factsAlike =
    f.factsMatched >= policy.factsForBonus && f.factsAgreed === f.factsMatched ? policy.factBonus : 0;
  const score = (withLeads ? f.containment + policy.leadWeight * f.lead : f.containment) + factsAlike;
  const textual = withLeads ? score >= policy.minScore : f.containment >= policy.minContainmentAlone;
  if (score < policy.possibleScore) return 'distinct';
  // When the text is kept (a table cut to its top rows, a brief cut to its first paragraphs, a name
  // respelt), a column's filling the new story lacks beside one it keeps was cut, not refilled, and a
  // name one place along its run was moved by a word: neither is counted against the copy.
  const excused = f.containment >= policy.minContainmentAlone ? (f.factsExcused ?? 0) : 0;
  const matched = f.factsMatched - excused;
  const disagreements = matched - f.factsAgreed;
  const agreement = matched === 0 ? 1 : f.factsAgreed / matched;
  const strongDiffer =
    f.markerConflict ||
    f.formGap >= policy.formGap ||
    (disagreements >= policy.factDisagreements && agreement < policy.factAgreement);
  if (strongDiffer) return 'distinct';
  // A headline or lead that states another figure in the same words is never surely a copy.
  // Another stage of one affair recounts the first, so only its headline tells: never surely a copy.
  const weakDiffer =
    disagreements >= 2 ||
    (disagreements >= 1 && agreement < policy.factAgreement) ||
    f.leadDisagreements > 0 ||
    f.stageConflict ||
    f.dayConflict ||
    f.leadDayConflict ||
    f.looksBackAlone ||
    f.partOfDayConflict ||
    f.tenseConflict ||
    f.keepsOnlyMiddle;
  return textual && !weakDiffer && !f.legacy ? 'copy' : 'possible';
}
