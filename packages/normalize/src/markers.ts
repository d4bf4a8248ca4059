/** What a wire says about an item through its headline markers. */
export interface WireSignals {
  updateNumber?: number;
  correction: boolean;
  urgent: boolean;
  canceled: boolean;
}

/** A headline with its wire markers removed, and what they said. */
export interface MarkedHeadline {
  headline: string;
  signals: WireSignals;
}

type Effect = (signals: WireSignals, match: RegExpExecArray) => void;

// Wire markers are written in capitals; matching only capitals keeps an ordinary headline that starts
// with "Update" or "Alert" intact. "Breaking" is the exception: outlets write it in every case.
const SEP = String.raw`\s*(?:--?|[–—:|])\s*`;
const LEADING: ReadonlyArray<readonly [RegExp, Effect]> = [
  [
    new RegExp(String.raw`^UPDATE(?:D|\s*(\d{1,3}))?${SEP}`),
    (s, m) => {
      const n = Number(m[1]);
      if (Number.isInteger(n) && n > 0) s.updateNumber = n;
    },
  ],
  [
    new RegExp(`^(?:CORRECTED|CORRECTION)${SEP}`),
    (s) => {
      s.correction = true;
    },
  ],
  [new RegExp(`^(?:REFILE|RPT|REPEAT)${SEP}`), () => undefined],
  // Spanish desks write "Última hora" in every case too.
  [new RegExp(String.raw`^(?:BREAKING(?:\s+NEWS)?|[ÚU]LTIMA\s+HORA)${SEP}`, 'iu'), (s) => (s.urgent = true)],
  [
    // French, Spanish and German wires flag urgency with their own words.
    new RegExp(`^(?:URGENT|URGENTE|FLASH|ALERT|ALERTE|NEWSALERT|EILMELDUNG)${SEP}`),
    (s) => {
      s.urgent = true;
    },
  ],
  [new RegExp(String.raw`^(?:STORY\s+)?(?:WITHDRAWN|KILL)(?:${SEP}|\s+|$)`), (s) => (s.canceled = true)],
];
// A kill notice can also trail the headline: "China cuts rates - STORY WITHDRAWN", "(STORY WITHDRAWN)".
const WITHDRAWN_ANYWHERE = /\s*[-–—:|]*\s*\(?\s*\bSTORY\s+WITHDRAWN\b\s*\)?\s*[-–—:|]*\s*/;

/**
 * Strip wire markers ("UPDATE 2-", "CORRECTED-", "REFILE-", "BREAKING:", "URGENT:", "FLASH -",
 * "ALERT:", kill notices) from the front of a headline, however many are stacked, and report them as
 * signals. The headline is empty when it held nothing but markers.
 */
export function stripMarkers(title: string): MarkedHeadline {
  const signals: WireSignals = { correction: false, urgent: false, canceled: false };
  let headline = title.trim();
  for (let progress = true; progress; ) {
    progress = false;
    for (const [pattern, effect] of LEADING) {
      const match = pattern.exec(headline);
      if (match) {
        effect(signals, match);
        headline = headline.slice(match[0].length).trim();
        progress = true;
      }
    }
  }
  if (WITHDRAWN_ANYWHERE.test(headline)) {
    signals.canceled = true;
    headline = headline.replace(WITHDRAWN_ANYWHERE, ' ').trim();
  }
  return { headline, signals };
}
