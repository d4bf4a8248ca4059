import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { figures, pair, story } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: a report beside its results table — a curling session, a day of
// indoor athletics, a gymnastics final. Countries are real; athletes invented; results made up.

const TEAMS = [
  'Scotland',
  'Canada',
  'Sweden',
  'Switzerland',
  'Italy',
  'Norway',
  'United States',
  'Japan',
  'Germany',
  'South Korea',
  'China',
  'Czechia',
] as const;

/** One session's round-robin results and the standings after it: seeded scores, the first team winning. */
function curlingTable(slug: string, session: number, keep: number): Side {
  const n = figures(`curling:session-${session}`);
  const games = [0, 2, 4, 6, 8, 10].map((i) => {
    const w = n(6, 10);
    return `${TEAMS[(i + session) % 12]} ${w} ${TEAMS[(i + session + 1) % 12]} ${w - n(1, 4)}`;
  });
  // Seven games each after this session: Scotland unbeaten, the rest ranked by wins.
  const wins = TEAMS.map((t, i) => ({ t, w: i === 0 ? 7 : n(1, 6) })).sort((x, y) => y.w - x.w);
  const standings = wins.map(({ t, w }) => `${t} ${w}-${7 - w}`).slice(0, keep);
  return side(
    'curling-results',
    slug,
    `World Men's Curling Championship: session ${session} results`,
    `OTTAWA - Results from session ${session} of the World Men's Curling Championship at TD Place Arena on Wednesday:\n\n${games.join('\n')}\n\nRound-robin standings (won-lost):\n${standings.join('\n')}\n\nThe top six teams after the round robin reach the playoffs; the top two go straight through to the semi-finals. Session ${session + 1} starts at 19:00 local time.`,
  );
}

export function curling(): Pair[] {
  const table = curlingTable('wmcc-session-14-results', 14, 12);
  const cut = curlingTable('wmcc-session-14-results-top-eight', 14, 8);
  const report = story(
    'tsn-curling',
    'scotland-beat-canada-session-14',
    'Scotland edge Canada to stay unbeaten at world championship',
    [
      "OTTAWA - Scotland stayed unbeaten at the World Men's Curling Championship on Wednesday, beating hosts Canada in an extra end in front of a crowd of 6,200 at TD Place Arena.",
      "Skip Rory Calder scored two with his last stone to win the 14th-session game 10-8, after Canada's Brett Gallant had forced the extra end with a double take-out in the tenth.",
      '"That\'s as good a game as we\'ve played all year," Calder said. "The ice was perfect and the crowd made it feel like a final."',
      'Sweden beat Switzerland 7-6 to stay one game behind, level with Czechia. The hosts fall to one win and six defeats and are all but out of playoff contention with four round-robin games left. The top six teams reach the playoffs, which begin on Saturday.',
    ],
  );
  return [
    pair(
      'h7-curling-report-vs-table',
      'curling',
      report,
      table,
      "one session: a report on one of its games beside the session's results and standings",
    ),
    pair(
      'h7-curling-table-cut',
      'curling',
      table,
      cut,
      "the session's results reprinted with the standings cut to the top eight",
      'duplicate',
    ),
  ];
}

export function indoorAthletics(): Pair[] {
  const n = figures('indoor-athletics');
  const time = (base: number, hundredths: number): string =>
    `${base}.${String(n(0, hundredths)).padStart(2, '0')}`;
  const results = side(
    'ea-results',
    'european-indoors-day-two-results',
    'European Indoor Championships, day two: results',
    [
      'APELDOORN, Netherlands - Final results from the second day of the European Athletics Indoor Championships on Saturday:',
      `Men's 60m: 1. Marco Ferri (ITA) 6.${n(50, 55)}, 2. Jeremiah Okafor (GBR) 6.${n(56, 58)}, 3. Lukas Brandt (GER) 6.${n(59, 61)}`,
      `Women's 400m: 1. Femke van Dijk (NED) ${time(50, 99)}, 2. Natalia Kowal (POL) ${time(51, 40)}, 3. Sophie Marchand (FRA) ${time(51, 99)}`,
      `Men's 1500m: 1. Sindre Haugland (NOR) 3:3${n(5, 6)}.${n(10, 99)}, 2. Callum Reid (GBR) 3:3${n(7, 8)}.${n(10, 99)}, 3. Pablo Ortega (ESP) 3:39.${n(10, 99)}`,
      `Women's pole vault: 1. Annika Holm (SWE) 4.${n(75, 85)}, 2. Elena Marchetti (ITA) 4.70, 3. Jana Novak (CZE) 4.65`,
      `Men's shot put: 1. Tomasz Lis (POL) 21.${n(10, 60)}, 2. Rune Dahl (NOR) 20.${n(80, 99)}, 3. David Keller (SUI) 20.${n(40, 79)}`,
      "Medal table after day two: Netherlands 3 gold, Italy 2, Norway 2, Great Britain 1, Poland 1, Sweden 1. The championships end on Sunday with eight finals, including the men's and women's 4x400m relays.",
    ].join('\n\n'),
  );
  const report = story(
    'reuters-sports',
    'van-dijk-wins-400m-european-indoors',
    'Van Dijk wins 400m gold to thrill home crowd in Apeldoorn',
    [
      "APELDOORN, Netherlands, March 8 (Reuters) - Femke van Dijk won the women's 400 metres at the European Indoor Championships on Saturday, pulling clear on the final bend to give the Netherlands a third gold medal in front of a sell-out home crowd.",
      "The 24-year-old, fourth at last year's world indoors, led from the break and held off Poland's Natalia Kowal, with France's Sophie Marchand third.",
      '"I have dreamed of this since the championships were given to Apeldoorn," van Dijk said. "The noise on the last lap was unbelievable."',
      "Italy's Marco Ferri won the men's 60m and Sweden's Annika Holm took the pole vault. Van Dijk will run in the 4x400m relay on Sunday.",
    ],
  );
  return [
    pair(
      'h7-indoor-athletics-report-vs-results',
      'indoor-athletics',
      report,
      results,
      "one day of the championships: a report on one final beside the day's results",
    ),
  ];
}

export function gymnasticsFinal(): Pair[] {
  const n = figures('gymnastics-final');
  const scores = Array.from({ length: 8 }, () => n(12_800, 14_600)).sort((x, y) => y - x);
  const names = [
    'Mia Schuster (GER)',
    'Chiara Russo (ITA)',
    'Ellie Harper (GBR)',
    'Léa Fontaine (FRA)',
    'Ana Ribeiro (POR)',
    'Ingrid Berg (NOR)',
    'Zsófia Kiss (HUN)',
    'Eva Kral (AUT)',
  ];
  const rows = names.map((name, i) => `${i + 1}. ${name} ${((scores[i] ?? 0) / 1000).toFixed(3)}`);
  const results = side(
    'european-gymnastics',
    'europeans-women-beam-final-results',
    "European Gymnastics Championships: women's beam final results",
    `ANTALYA, Turkey - Results of the women's balance beam final at the European Artistic Gymnastics Championships on Sunday (difficulty plus execution, less penalties):\n\n${rows.join('\n')}\n\nThe eight finalists qualified from Thursday's qualification round, at most two per country. Germany top the medal table with three golds ahead of Italy and Great Britain with two each. The championships close with the men's parallel bars and horizontal bar finals later on Sunday.`,
  );
  const report = story(
    'dpa-sport',
    'schuster-beam-gold-antalya',
    'Schuster wins beam gold for Germany at European championships',
    [
      'ANTALYA, Turkey (dpa) - Mia Schuster won the balance beam title at the European Artistic Gymnastics Championships on Sunday, giving Germany a third gold medal in Antalya.',
      "The 19-year-old from Chemnitz performed a routine with a new dismount, a double twisting double back, and finished ahead of Italy's Chiara Russo and Britain's Ellie Harper.",
      '"I was so nervous I could hardly feel my feet," Schuster said. "But when I landed the dismount I knew it was good."',
      "It is Germany's first European beam title since 2011. Schuster had finished fifth in the all-around final on Friday after a fall on the uneven bars.",
    ],
  );
  return [
    pair(
      'h7-gymnastics-report-vs-results',
      'gymnastics-final',
      report,
      results,
      "one final: the winner's report beside the final's results table",
    ),
  ];
}
