import { agencyAlternation } from './agencies.ts';
import { isSpace } from './spaces.ts';

/** Credits found at the end of a body, in reading order, and the body without them. */
export interface CreditMatch {
  credits: string[];
  text: string;
}

const AGENCIES = agencyAlternation();
const AGENCY_LIST = String.raw`(?:with\s+(?:inputs\s+from\s+)?)?(?:${AGENCIES})(?:\s*(?:[/,&]|and)\s*(?:${AGENCIES}))*(?:\s+inputs)?`;
// Each pattern is anchored at the end of the body, so a scan for it tried every position of the
// body. Every one can only start at a few places found by looking back from the end (the last "(",
// the last dash, the word before the last colon, a line start), where it is tried as a sticky
// regex instead: the same leftmost match, without the scan.
interface CreditPattern {
  readonly re: RegExp;
  /** Where a match can start, in ascending order; undefined when any position can. */
  readonly starts: (text: string) => readonly number[] | undefined;
}

// Whether the agency names leave the characters the start rules look back for to their patterns.
const AGENCIES_PLAIN = !/[-–—():]/.test(AGENCIES);

const CREDIT_PATTERNS: readonly CreditPattern[] = [
  // "(Reporting by X; Editing by Y)", "(AFP)", "(With inputs from agencies)"
  {
    re: new RegExp(
      String.raw`\(\s*(?<credit>(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|written|research)\b[^()]{0,300}?|${AGENCY_LIST})\s*\)\s*\.?$`,
      'iuy',
    ),
    // No parenthesis inside: it opens at the last "(".
    starts: (text) => (AGENCIES_PLAIN ? lastOf(text, '(') : undefined),
  },
  // "–Agencies", "- AFP", "— Reuters/AFP"
  {
    re: new RegExp(String.raw`(?:--?|[–—])\s*(?<credit>${AGENCY_LIST})\s*\.?$`, 'iuy'),
    // No dash after the one or two it opens with.
    starts: (text) => {
      if (!AGENCIES_PLAIN) return undefined;
      const dash = lastDash(text);
      return dash === -1 ? [] : dash === 0 ? [0] : [dash - 1, dash];
    },
  },
  // "Source: Xinhua", and as Spanish and German desks write it: "Fuente: EFE", "Quelle: dpa"
  {
    re: /\b(?:Sources?|Fuentes?|Quellen?)\s*:\s*(?<credit>[^\n:]{1,80}?)\s*\.?$/iuy,
    // The last colon, after a word of six or seven characters and any whitespace.
    starts: (text) => {
      const colon = text.lastIndexOf(':');
      if (colon === -1) return [];
      let end = colon;
      while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
      return [end - 7, end - 6].filter((at) => at >= 0);
    },
  },
  // The same people credits on a line of their own, without parentheses: "Reporting by X; Editing by Y",
  // Bloomberg's "--With assistance from X." and "To contact the reporter on this story: X at x@…".
  {
    re: /(?<=^|\n)\s*(?:--?|[–—])?\s*(?<credit>(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|written|research)\s+by|with\s+assistance\s+from|to\s+contact\s+the\s+(?:reporters?|editors?)\s+[^\n:]{0,40}:)\s[^\n]{1,300}?)\s*\.?$/iuy,
    starts: lineStarts,
  },
  // AP: "Associated Press writers Jane Doe in Paris and John Roe contributed to this report."
  {
    re: /(?<=^|\n)\s*(?<credit>(?:The\s+)?Associated\s+Press\s+(?:writers?|reporters?|correspondents?)\s[^\n]{1,300}?\s+contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting))?)\s*\.?$/iuy,
    starts: lineStarts,
  },
];
// A credit follows a finished sentence or stands on its own line; elsewhere the same words are prose.
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”', '’', ')', ']', '…']);
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
  for (const { re, starts } of CREDIT_PATTERNS) {
    const match = execFrom(re, text, starts(text));
    const credit = match?.groups?.credit;
    if (!match || !credit) continue;
    const before = text.slice(0, match.index);
    if (afterSentence(before)) return { credit: tidyCredit(credit), before };
  }
  return undefined;
}

// The leftmost match of a sticky regex starting at one of `starts`, or anywhere when undefined.
function execFrom(re: RegExp, text: string, starts: readonly number[] | undefined): RegExpExecArray | null {
  if (starts === undefined) {
    for (let at = 0; at <= text.length; at++) {
      const match = execAt(re, text, at);
      if (match) return match;
    }
    return null;
  }
  for (const at of starts) {
    const match = execAt(re, text, at);
    if (match) return match;
  }
  return null;
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

// One look back for the three, rather than three searches of which two usually run the whole body.
function lastDash(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) {
    const c = text.charCodeAt(at);
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return at;
  }
  return -1;
}

function lastOf(text: string, char: string): number[] {
  const at = text.lastIndexOf(char);
  return at === -1 ? [] : [at];
}

// Where a line starts: a match of `(?<=^|\n)` is nowhere else.
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

// `/(?:^|\n|[.!?"”’)\]…])\s*$/u`: nothing but whitespace, a line break in the trailing whitespace, or a
// sentence end before it.
function afterSentence(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed === '' || before.includes('\n', trimmed.length)) return true;
  return SENTENCE_ENDS.has(trimmed.charAt(trimmed.length - 1));
}

function tidyCredit(credit: string): string {
  const bare = credit
    .replace(/\s+/g, ' ')
    .replace(/^with\s+(?!assistance\b)(?:inputs\s+from\s+)?/i, '')
    .replace(/\s+inputs$/i, '')
    .trim();
  return bare.toLowerCase() === 'agencies' ? 'Agencies' : bare;
}
