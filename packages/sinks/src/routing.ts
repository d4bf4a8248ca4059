import type { SinkMatch, SinkRules, SinkSpec, Story } from '@wirefeed/core';

function subjectMatches(codes: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((w) =>
    w.endsWith('*') ? codes.some((c) => c.startsWith(w.slice(0, -1))) : codes.includes(w),
  );
}

function anyOf(values: readonly (string | undefined)[], wanted: readonly string[]): boolean {
  return values.some((v) => v !== undefined && wanted.includes(v));
}

/** Each key of a match, tested alone; undefined when the match does not name that key. */
function keyResults(story: Story, match: SinkMatch): boolean[] {
  const results: boolean[] = [];
  if (match.languages) results.push(anyOf([story.language], match.languages));
  if (match.subjects) {
    results.push(subjectMatches(story.enrichment?.subjects.map((s) => s.code) ?? [], match.subjects));
  }
  if (match.countries) {
    results.push(anyOf(story.enrichment?.places.map((p) => p.countryCode) ?? [], match.countries));
  }
  if (match.feeds) results.push(anyOf([story.source.feedId], match.feeds));
  if (match.categories) results.push(anyOf(story.categories, match.categories));
  if (match.urgent !== undefined) results.push(story.signals.urgent === match.urgent);
  if (match.dedup) results.push(anyOf([story.dedup?.status ?? 'unique'], match.dedup));
  return results;
}

/**
 * Whether a story goes to a sink with these rules: every key of `include` matches (any value of a
 * list), and no key of `exclude` does. No rules: every story.
 */
export function matchesRules(story: Story, rules: SinkRules | undefined): boolean {
  if (!rules) return true;
  if (rules.include && !keyResults(story, rules.include).every(Boolean)) return false;
  if (rules.exclude && keyResults(story, rules.exclude).some(Boolean)) return false;
  return true;
}

/**
 * The sinks a story goes to. A cancel goes to every sink: withdrawing what a sink never got is
 * harmless, and the kill may not carry what the rules look at (subjects, places).
 */
export function routeStory<S extends Pick<SinkSpec, 'name' | 'rules'>>(
  story: Story,
  sinks: readonly S[],
): S[] {
  if (story.signals.canceled) return [...sinks];
  return sinks.filter((s) => matchesRules(story, s.rules));
}
