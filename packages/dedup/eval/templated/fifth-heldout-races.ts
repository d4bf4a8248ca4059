import { pair, story } from './fifth-heldout-kit.ts';
import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';

// The fifth held-out part, continued: biathlon results tables of two races, a table cut to its top ten
// and a race report beside the table of its race. Athletes are invented; times and points made up.

function biathlonResults(
  slug: string,
  place: string,
  date: string,
  weekday: string,
  race: string,
  rows: readonly string[],
  standing: string,
): Side {
  return side(
    'reuters-sports-results',
    slug,
    `BIATHLON-${race.toUpperCase()} RESULTS`,
    `${place} ${date} - Results of the biathlon World Cup ${race} on ${weekday}:\n\n${rows.map((r, i) => `${i + 1}. ${r}`).join('\n')}\n\nWorld Cup standings after the race: ${standing}`,
  );
}

export function racePairs(): Pair[] {
  const sprintRows = [
    'Jonas Lindqvist (Sweden) 23:41.2 (0 penalties)',
    'Aurélien Fabre (France) +8.4 (0)',
    'Sindre Haugland (Norway) +12.9 (1)',
    'Matteo Rinaldi (Italy) +19.5 (0)',
    'Lukas Brenner (Germany) +21.0 (1)',
    'Tobias Aigner (Austria) +27.3 (0)',
    'Emil Kvarme (Norway) +30.8 (1)',
    'Quentin Morel (France) +33.1 (2)',
    'Jakub Dvořák (Czech Republic) +36.7 (0)',
    'Niklas Sauer (Germany) +40.2 (1)',
    'Oskar Lind (Sweden) +44.9 (1)',
    'Patrick Zbinden (Switzerland) +47.5 (2)',
  ];
  const womenRows = [
    'Ingrid Solbakken (Norway) 20:18.7 (0 penalties)',
    'Léa Garnier (France) +5.6 (0)',
    'Hanna Ekström (Sweden) +14.2 (1)',
    'Franziska Weiss (Germany) +17.8 (0)',
    'Dorotea Pichler (Italy) +22.4 (1)',
    'Julia Holzer (Austria) +25.0 (0)',
    'Camille Vidal (France) +29.9 (1)',
    'Marte Kleven (Norway) +31.3 (2)',
    'Anna Sorensen (Sweden) +35.6 (1)',
    'Tereza Novotná (Czech Republic) +38.2 (0)',
    'Selina Berger (Germany) +41.7 (1)',
    'Elena Sokolova (Switzerland) +45.0 (2)',
  ];
  const menSprint = biathlonResults(
    'biathlon-men-sprint-hochfilzen',
    'HOCHFILZEN, Austria',
    'Dec 12',
    'Thursday',
    "men's 10km sprint",
    sprintRows,
    '1. Lindqvist 287 points, 2. Fabre 264, 3. Haugland 251, 4. Brenner 220, 5. Rinaldi 198.',
  );
  const womenSprint = biathlonResults(
    'biathlon-women-sprint-hochfilzen',
    'HOCHFILZEN, Austria',
    'Dec 13',
    'Friday',
    "women's 7.5km sprint",
    womenRows,
    '1. Solbakken 301 points, 2. Garnier 277, 3. Weiss 240, 4. Ekström 233, 5. Holzer 190.',
  );
  const sprintTop10 = side(
    'eurosport-results',
    'biathlon-hochfilzen-men-sprint-top-10',
    'Biathlon: Lindqvist wins Hochfilzen sprint - top 10',
    `Sweden's Jonas Lindqvist won the men's 10km sprint at the biathlon World Cup in Hochfilzen on Thursday. Top 10:\n\n${sprintRows
      .slice(0, 10)
      .map((r, i) => `${i + 1}. ${r}`)
      .join('\n')}`,
  );
  const sprintReport = story(
    'reuters-sports',
    'biathlon-lindqvist-wins-hochfilzen-sprint',
    'Biathlon-Flawless Lindqvist wins Hochfilzen sprint',
    [
      "HOCHFILZEN, Austria, Dec 12 (Reuters) - Sweden's Jonas Lindqvist shot clean to win the men's 10km sprint at the biathlon World Cup in Hochfilzen on Thursday, extending his lead in the overall standings.",
      "Lindqvist finished 8.4 seconds ahead of France's Aurélien Fabre, who also hit all 10 targets, with Norway's Sindre Haugland third after one penalty loop.",
      '"The shooting felt calm today, and on the last lap I knew I had the legs," said Lindqvist, who now leads Fabre by 23 points after six races.',
      "The top 60 qualify for Saturday's 12.5km pursuit, where starters set off at intervals based on their sprint times.",
    ],
  );

  return [
    pair(
      'h5-biathlon-men-vs-women-sprint',
      'biathlon-results',
      menSprint,
      womenSprint,
      "two races on consecutive days at one venue: men's and women's sprint results tables",
    ),
    pair(
      'h5-biathlon-sprint-top10',
      'biathlon-results',
      menSprint,
      sprintTop10,
      "the men's sprint table cut to its top ten under another outlet's intro, standings dropped",
      'duplicate',
    ),
    pair(
      'h5-biathlon-report-vs-table',
      'biathlon-results',
      sprintReport,
      menSprint,
      'the race report vs the results table of the same race: one event, two different stories',
    ),
  ];
}
