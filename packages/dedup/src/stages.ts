/**
 * The stage of an affair a headline reports: a case (arrest, charge, plea, verdict, sentence, appeal),
 * a deal (talks, agreed, approved, blocked, completed), an offering (terms, pricing), a dispute at
 * work, a bill, a nomination or a shortlist or a race (and its outcome), a search, a storm, a lawsuit,
 * a post, a recall. Pure; a closed list, so a headline's stages fit in 32 bits (all 32 are taken).
 *
 * Why: the later story of an affair recounts the earlier one. "Ex-CEO sentenced to eight years"
 * repeats the verdict's names, background and figures, and its text says "was convicted in March",
 * so neither shared text, facts nor the markers of the whole body tell it from the verdict story. The
 * headlines do: each names the stage it reports. Outlets retitle a copy in other words for the same
 * stage ("jailed" for "sentenced", "closes" for "completes"), rarely for another one.
 */
import type { WordGroup } from './word-families.ts';
import { wordFamilies } from './word-families.ts';

// Each family is one kind of affair; each group in it one stage, named by any of its words. Words
// headlines use in other senses too ("WATCH:", "police appeal", "bid to", "years", "dead") are left
// out: two copies of one story titled with and without them must not differ. "Wins" is kept only as
// the outcome of a shortlist or a race, so it counts only against a headline naming one.
const FAMILIES: readonly (readonly WordGroup[])[] = [
  // a criminal case
  [
    ['arrest', 'arrests', 'arrested', 'detained', 'detains', 'nabbed'],
    ['charged', 'charges', 'indicted', 'indictment', 'indicts'],
    ['pleads', 'pleaded', 'pled', 'plea'],
    ['convicted', 'convicts', 'guilty', 'acquitted', 'acquits', 'acquittal', 'verdict', 'cleared'],
    ['sentenced', 'sentences', 'sentencing', 'jailed', 'jails', 'imprisoned'],
    ['appealed', 'overturned', 'overturns', 'upheld', 'upholds'],
  ],
  // a takeover, a merger or a transfer: talks first
  [
    // Added after sketches were stored: its bit comes after the others (word-families.ts).
    { late: ['talks', 'negotiating', 'negotiations'] },
    ['agrees', 'agreed', 'agree', 'buy', 'buys', 'acquire', 'acquires', 'offer'],
    ['approves', 'approved', 'approval', 'clears', 'cleared', 'nod'],
    [
      'block',
      'blocks',
      'blocked',
      'rejects',
      'rejected',
      'rebuffs',
      'rebuffed',
      'scraps',
      'scrapped',
      'abandons',
    ],
    [
      'complete',
      'completes',
      'completed',
      'completion',
      'closes',
      'closed',
      'finalises',
      'finalizes',
      'finalised',
      'finalized',
    ],
  ],
  // a share offering
  [
    ['seeks', 'files', 'filed', 'filing', 'terms', 'launches'],
    ['prices', 'priced', 'pricing', 'debut', 'debuts'],
  ],
  // a dispute at work
  [
    ['ballot', 'balloting', 'threaten', 'threatens', 'threatened'],
    ['walk', 'walks', 'walkout', 'walked', 'begins', 'began', 'underway', 'grounded'],
    ['ends', 'ended', 'suspends', 'suspended', 'averted', 'settle', 'settled'],
  ],
  // a bill
  [
    ['passes', 'passed', 'approves', 'approved', 'backs', 'votes'],
    ['signs', 'signed', 'enacted', 'enacts'],
    ['vetoes', 'vetoed', 'veto'],
  ],
  // a nomination, a shortlist or a race, and its outcome
  [
    [
      'nominates',
      'nominated',
      'nominee',
      'nomination',
      'picks',
      'taps',
      'shortlist',
      'shortlisted',
      'candidates',
    ],
    ['confirms', 'confirmed', 'confirmation', 'sworn', 'wins', 'won', 'winner', 'elected'],
  ],
  // a search
  [
    ['missing', 'search', 'searching', 'searches', 'trapped'],
    ['found', 'rescued', 'located', 'recovered', 'alive'],
  ],
  // a storm
  [
    ['nears', 'approaches', 'forms', 'strengthens'],
    ['landfall', 'hits', 'slams', 'batters', 'lashes', 'pounds', 'strikes', 'aftermath'],
  ],
  // a lawsuit
  [
    ['sues', 'sued', 'lawsuit', 'suit'],
    ['settles', 'settled', 'settlement', 'dismissed', 'dismisses'],
  ],
  // a post
  [
    [
      'sacked',
      'sacks',
      'fired',
      'ousted',
      'resigns',
      'resigned',
      'resignation',
      'quits',
      'departs',
      'step',
      'steps',
      'stepping',
    ],
    [
      'appoints',
      'appointed',
      'hires',
      'hired',
      'successor',
      'replacement',
      'succeed',
      'succeeds',
      'names',
      'named',
      'interim',
    ],
  ],
  // a recall
  [
    ['recall', 'recalls', 'recalled'],
    ['expands', 'expanded', 'widens', 'widened', 'extends'],
  ],
];

// More kinds, in a second 32-bit set (the first is full): a closure, a company's collapse, a
// preview and what it previewed. "Closed" and "closes" stand in the deal's completion too: a headline
// naming both kinds differs from another only where their stages do.
const MORE_FAMILIES: readonly (readonly (readonly string[])[])[] = [
  // a closure or an outage
  [
    ['closed', 'closes', 'shut', 'shuts', 'shutdown', 'halted', 'halts', 'offline'],
    ['reopens', 'reopened', 'reopening', 'restarts', 'restarted', 'resumes', 'resumed', 'restored'],
  ],
  // a company's collapse and its rescue
  [
    [
      'administration',
      'administrators',
      'bankruptcy',
      'bankrupt',
      'insolvency',
      'insolvent',
      'receivership',
      'liquidation',
      'collapses',
    ],
    ['rescued', 'rescue', 'rescues', 'bought', 'saved', 'saves', 'buyer'],
  ],
  // a preview and what it previewed
  [
    ['expect', 'preview', 'previews', 'ahead'],
    ['unveils', 'unveiled', 'delivers', 'delivered', 'presents', 'presented'],
  ],
];

const { bits: BITS, masks: FAMILY_MASKS } = wordFamilies(FAMILIES);
const { bits: MORE_BITS, masks: MORE_MASKS } = wordFamilies(MORE_FAMILIES);
/** The search family's bits, and its first stage's (the missing, the trapped). */
const SEARCH = FAMILY_MASKS[6] ?? 0;
const SEARCH_FIRST = BITS.get('missing') ?? 0;

const WORD = /\p{L}+/gu;

/** The stages a headline names, as a 32-bit set. */
export function stagesOf(headline: string, table: ReadonlyMap<string, number> = BITS): number {
  let bits = 0;
  for (const w of headline.toLowerCase().match(WORD) ?? []) bits |= table.get(w) ?? 0;
  // A rescue's headline names the rescued by their plight ("missing climbers found", "trapped miners
  // brought out alive"): naming both stages of a search, it reports the later one.
  if (table === BITS && (bits & SEARCH) === SEARCH) bits &= ~SEARCH_FIRST;
  return bits >>> 0;
}

/** The stages of the second set (closures, collapses, previews) a headline names. */
export function moreStagesOf(headline: string): number {
  return stagesOf(headline, MORE_BITS);
}

/**
 * Whether two headlines report different stages of one kind of affair: both name stages of a family,
 * and not the same ones. Two headlines that name none, or stages of different families, say nothing.
 */
export function stagesDiffer(a: number, b: number, masks: readonly number[] = FAMILY_MASKS): boolean {
  for (const family of masks) {
    const x = a & family;
    const y = b & family;
    if (x !== 0 && y !== 0 && x !== y) return true;
  }
  return false;
}

/** `stagesDiffer` for the second set. */
export function moreStagesDiffer(a: number, b: number): boolean {
  return stagesDiffer(a, b, MORE_MASKS);
}
