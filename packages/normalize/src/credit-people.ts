import type { Contributor } from '@wirefeed/core';
import { cleanByline } from './byline.ts';

// The phrases that open a credit naming people, and the role each gives them. Reuters: "Reporting by …;
// Additional reporting by …; Writing by …; Editing by …"; AP: "Associated Press writer X contributed to
// this report."; Bloomberg: "With assistance from …", "To contact the reporter on this story: …".
const ROLE_PHRASES: readonly (readonly [RegExp, string])[] = [
  [/^(?:additional\s+)?reporting\s+by\s+/iu, 'reporter'],
  [/^(?:additional\s+)?(?:writing|written)\s+by\s+/iu, 'writer'],
  [/^(?:compiled|compiling)\s+by\s+/iu, 'writer'],
  [/^(?:editing|edited)\s+by\s+/iu, 'editor'],
  [/^research\s+by\s+/iu, 'researcher'],
  [/^(?:photos?|photography)\s+by\s+/iu, 'photographer'],
  [/^with\s+assistance\s+from\s+/iu, 'contributor'],
  [/^to\s+contact\s+the\s+reporters?\s+(?:on|for)\s+this\s+story\s*:\s*/iu, 'reporter'],
  [/^to\s+contact\s+the\s+editors?\s+responsible\s+for\s+this\s+story\s*:\s*/iu, 'editor'],
  [/^(?:the\s+)?associated\s+press\s+(?:writers?|reporters?|correspondents?)\s+/iu, 'contributor'],
];
// The words after an AP contributor line's names.
const CONTRIBUTED = /\s+contributed(?:\s+(?:to\s+this\s+(?:report|story)|reporting))?\.?$/iu;
// "Jane Doe in London", "John Roe from Paris": the place a reporter filed from is not part of the name.
const FILED_FROM = /\s+(?:in|from)\s+\p{Lu}[\p{L}\p{M} .'’-]*$/u;
const EMAIL = /\s+at\s+(?<email>[^\s@,;]{1,64}@[^\s@,;]{1,253}\.[^\s@,;.]{1,63})\.?$/u;
// A credit lists a handful of people; anything longer is not a credit line.
const MAX_PEOPLE = 20;

/** Whether a credit names people ("Reporting by …") rather than an agency ("AFP"). */
export function isPeopleCredit(credit: string): boolean {
  return ROLE_PHRASES.some(([phrase]) => phrase.test(credit.trim()));
}

/**
 * The people a wire credit names, with their roles: "Reporting by Jane Doe in London; Editing by John
 * Roe" → Jane Doe (reporter), John Roe (editor). A part without a role phrase of its own continues the
 * one before ("To contact the reporters on this story: A at a@x; B at b@x"). Names are never made up:
 * what is not a capitalised name ("the Washington newsroom") is left out.
 */
export function contributorsFromCredit(credit: string): Contributor[] {
  const out: Contributor[] = [];
  let role: string | undefined;
  for (const rawPart of credit.split(';')) {
    let part = rawPart.trim();
    const phrase = ROLE_PHRASES.find(([re]) => re.test(part));
    if (phrase) {
      role = phrase[1];
      part = part.replace(phrase[0], '').replace(CONTRIBUTED, '');
    }
    if (!role) continue;
    for (const piece of part.split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
      const email = EMAIL.exec(piece)?.groups?.email;
      const name = cleanByline(piece.replace(EMAIL, '').replace(FILED_FROM, ''));
      if (!name || !/^\p{Lu}/u.test(name) || name.includes('@')) continue;
      if (out.some((c) => c.name === name && c.role === role)) continue;
      out.push({ name, role, ...(email ? { email } : {}) });
      if (out.length === MAX_PEOPLE) return out;
    }
  }
  return out;
}

const BYLINE_ROLES = new Set(['reporter', 'writer']);

/** The reporters and writers among contributors as a byline: "Jane Doe, Ann Poe and Ed Roe". */
export function bylineOf(contributors: readonly Contributor[]): string | undefined {
  const names: string[] = [];
  for (const c of contributors) if (BYLINE_ROLES.has(c.role) && !names.includes(c.name)) names.push(c.name);
  const last = names.pop();
  if (last === undefined) return undefined;
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`;
}
