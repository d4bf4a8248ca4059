/**
 * The phase of an affair a headline reports in general words, whatever the affair: it ended or was
 * lifted (a stand-off, a warning, an order, an outage), it came into force (a ceasefire, a law), it had
 * its outcome (an election), or it is still ahead (a preview). Pure.
 *
 * Why: the later stage of an affair recounts the earlier one, often on the same day, so neither its
 * text, its facts nor its lead's day tell it from the first; its headline's event word does ("power
 * restored", "all-clear given", "ceasefire takes effect"), and the earlier story's lead never reports
 * it — at most it looks ahead to it ("to take effect at midnight", "expected to be restored"). A copy's
 * lead reports what its headline says, though a retitled copy may say it in other words: a phase is
 * *named* by a wider list (its trigger words and their near synonyms, "released" for "freed") than the
 * one that *reports* it, so a retitling rarely reads as another phase.
 */

interface Phase {
  /** Headline words that report the phase. */
  reports: RegExp;
  /** Words of a lead that name it (the reporting words and near synonyms). */
  names: RegExp;
}

/** Market reports "end higher": a session's close, not an affair's end. */
const NOT_A_SESSION = String.raw`(?!\s+(?:higher|lower|up|down|flat|mixed|steady|firmer|weaker|at|in|with|on|[+\-−\d]))`;
const END_REPORTS = `ends${NOT_A_SESSION}|ended${NOT_A_SESSION}|lifted|all[- ]clear|restored|reopened|reopens|surrender(?:s|ed)?|gives? (?:himself|herself|themselves) up|downgraded|downgrades|called off|calls off|freed|extinguished|under control`;
const EFFECT_REPORTS = `takes? effect|took effect|in force|into force|into effect|kicks? in|kicked in|comes into|came into`;
const OUTCOME_REPORTS = `elected|re-elected|victory|landslide|wins (?:election|vote|runoff|race|poll|seat|presidency)`;
const PREVIEW_REPORTS = `preview|previews|what to watch|what to expect|things to watch|what to know`;

const words = (alternatives: string) => new RegExp(String.raw`\b(?:${alternatives})\b`, 'g');

const PHASES: readonly Phase[] = [
  {
    reports: words(END_REPORTS),
    names: words(
      `${END_REPORTS}|ends|ended|ending|end|released|release|rescued|lifts|lifting|restore|restoring|reopen|reopening|resumed|resumes|eased|eases|easing|back to normal|gave (?:himself|herself|themselves) up|giving (?:himself|herself|themselves) up|surrendering`,
    ),
  },
  {
    reports: words(EFFECT_REPORTS),
    names: words(`${EFFECT_REPORTS}|taking effect|effective|begins|began|starts|started`),
  },
  {
    reports: words(OUTCOME_REPORTS),
    names: words(
      `${OUTCOME_REPORTS}|wins|won|win|winner|beat|beating|defeated|defeats|result|results|declared|victor`,
    ),
  },
  {
    reports: words(PREVIEW_REPORTS),
    names: words(
      `${PREVIEW_REPORTS}|tonight|tonight's|later today|ahead|will|expected to|set to|upcoming|to watch`,
    ),
  },
];

/** Words that put what follows ahead: "to take effect", "expected to be restored", "until lifted". */
const AHEAD =
  /\b(?:to|to be|will|will be|would|would be|could|could be|may|may be|expected|until|before|unless|if|once|when)\s+$/;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");

/** The phases (4 bits) a headline reports. */
export function headPhasesOf(headline: string): number {
  const t = fold(headline);
  let bits = 0;
  PHASES.forEach((p, i) => {
    p.reports.lastIndex = 0;
    if (p.reports.test(t)) bits |= 1 << i;
  });
  return bits;
}

/** The phases (4 bits) a headline and its lead paragraph name as having happened (not only ahead). */
export function leadPhasesOf(headline: string, lead: string): number {
  const t = fold(`${headline}\n${lead}`);
  let bits = 0;
  PHASES.forEach((p, i) => {
    for (const m of t.matchAll(p.names)) {
      if (AHEAD.test(t.slice(Math.max(0, m.index - 16), m.index))) continue;
      bits |= 1 << i;
      break;
    }
  });
  return bits;
}

/** Phases packed as stored: the headline's in the low 4 bits, the lead's in the high 4. */
export function phasesOf(headline: string, lead: string): number {
  return headPhasesOf(headline) | (leadPhasesOf(headline, lead) << 4);
}

/**
 * Whether one headline reports a phase the other story's headline and lead never name as happened:
 * another stage of the affair. Either side unknown (a sketch stored before phases) says nothing.
 */
export function phasesDiffer(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return ((a & 0x0f & ~(b >>> 4)) | (b & 0x0f & ~(a >>> 4))) !== 0;
}
