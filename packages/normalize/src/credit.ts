import { agencyAlternation } from './agencies.ts';

/** Credits found at the end of a body, in reading order, and the body without them. */
export interface CreditMatch {
  credits: string[];
  text: string;
}

const AGENCIES = agencyAlternation();
const AGENCY_LIST = String.raw`(?:with\s+(?:inputs\s+from\s+)?)?(?:${AGENCIES})(?:\s*(?:[/,&]|and)\s*(?:${AGENCIES}))*(?:\s+inputs)?`;
const CREDIT_PATTERNS: readonly RegExp[] = [
  // "(Reporting by X; Editing by Y)", "(AFP)", "(With inputs from agencies)"
  new RegExp(
    String.raw`\(\s*(?<credit>(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|written|research)\b[^()]{0,300}?|${AGENCY_LIST})\s*\)\s*\.?$`,
    'iu',
  ),
  // "–Agencies", "- AFP", "— Reuters/AFP"
  new RegExp(String.raw`(?:--?|[–—])\s*(?<credit>${AGENCY_LIST})\s*\.?$`, 'iu'),
  // "Source: Xinhua", and as Spanish and German desks write it: "Fuente: EFE", "Quelle: dpa"
  /\b(?:Sources?|Fuentes?|Quellen?)\s*:\s*(?<credit>[^\n:]{1,80}?)\s*\.?$/iu,
  // The same people credits on a line of their own, without parentheses: "Reporting by X; Editing by Y",
  // Bloomberg's "--With assistance from X." and "To contact the reporter on this story: X at x@…".
  /(?<=^|\n)\s*(?:--?|[–—])?\s*(?<credit>(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|written|research)\s+by|with\s+assistance\s+from|to\s+contact\s+the\s+(?:reporters?|editors?)\s+[^\n:]{0,40}:)\s[^\n]{1,300}?)\s*\.?$/iu,
  // AP: "Associated Press writers Jane Doe in Paris and John Roe contributed to this report."
  /(?<=^|\n)\s*(?<credit>(?:The\s+)?Associated\s+Press\s+(?:writers?|reporters?|correspondents?)\s[^\n]{1,300}?\s+contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting))?)\s*\.?$/iu,
];
// A credit follows a finished sentence or stands on its own line; elsewhere the same words are prose.
const AFTER_SENTENCE = /(?:^|\n|[.!?"”’)\]…])\s*$/u;
// Bloomberg closes with up to three (assistance, reporter, editors), after an agency credit.
const MAX_CREDITS = 4;

/**
 * Find credits at the end of a body — "–Agencies", "- Agencies", "(Reporting by X; Editing by Y)",
 * "(AFP)", "Source: X", "Fuente: X", AP's "… contributed to this report.", Bloomberg's "--With assistance
 * from X." — possibly several in a row, and remove them. Only a credit that follows a finished sentence
 * or opens a line counts. Credits that name people are told apart by `isPeopleCredit`.
 */
export function extractCredit(text: string): CreditMatch {
  const credits: string[] = [];
  let rest = text.trimEnd();
  while (credits.length < MAX_CREDITS) {
    const found = findCredit(rest);
    if (!found) break;
    credits.unshift(found.credit);
    rest = found.before.trimEnd();
  }
  return { credits, text: rest };
}

function findCredit(text: string): { credit: string; before: string } | undefined {
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    const credit = match?.groups?.credit;
    if (!match || !credit) continue;
    const before = text.slice(0, match.index);
    if (AFTER_SENTENCE.test(before)) return { credit: tidyCredit(credit), before };
  }
  return undefined;
}

function tidyCredit(credit: string): string {
  const bare = credit
    .replace(/\s+/g, ' ')
    .replace(/^with\s+(?!assistance\b)(?:inputs\s+from\s+)?/i, '')
    .replace(/\s+inputs$/i, '')
    .trim();
  return bare.toLowerCase() === 'agencies' ? 'Agencies' : bare;
}
