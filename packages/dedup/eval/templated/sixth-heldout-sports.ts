import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { figures, pair, story } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: Italian volleyball results and standings of two rounds, a match
// report beside its round's results, and two nights of the darts Premier League with a night's report
// beside its results. Clubs and players are real; every result is made up (volleyball's from a seed).

const CLUBS = [
  'Sir Safety Perugia',
  'Itas Trentino',
  'Cucine Lube Civitanova',
  'Allianz Milano',
  'Valsa Group Modena',
  'Rana Verona',
  'Gas Sales Piacenza',
  'Vero Volley Monza',
  'Cisterna Volley',
  'Sonepar Padova',
  'Gioiella Prisma Taranto',
  'Farmitalia Catania',
] as const;

/** Set scores of a match the home side wins 3-`lost` (or loses `lost`-3): the winner takes the last set. */
function setScores(n: (lo: number, hi: number) => number, lost: number, homeWins: boolean): string {
  const won = (): string => (homeWins ? `25-${n(15, 23)}` : `${n(15, 23)}-25`);
  const dropped = (): string => (homeWins ? `${n(17, 23)}-25` : `25-${n(17, 23)}`);
  const sets = [won(), won()];
  for (let k = 0; k < lost; k++) sets.splice(n(0, sets.length), 0, dropped());
  return [...sets, won()].join(', ');
}

function roundResults(round: number, date: string, pairs: readonly [number, number][]): Side {
  const n = figures(`volley-round:${round}`);
  const rows = pairs.map(([h, a], i) => {
    // Round 7's first match is the one its match report tells: Perugia's sweep of Catania.
    const lost = i === 0 && round === 7 ? 0 : n(0, 2);
    const homeWins = (i === 0 && round === 7) || n(0, 2) > 0;
    const sets = homeWins ? `3-${lost}` : `${lost}-3`;
    return `${CLUBS[h]} - ${CLUBS[a]} ${sets} (${setScores(n, lost, homeWins)})`;
  });
  return side(
    'ansa-sport-en',
    `volleyball-superlega-round-${round}-results`,
    `Volleyball: SuperLega results, round ${round}`,
    `ROME - Results of round ${round} of the Italian men's volleyball SuperLega, played on ${date} (home team first, sets, set scores):\n\n${rows.join('\n')}\n\nAll matches were played over the best of five sets. Round ${round + 1} is played next weekend.`,
  );
}

/** Standings rows: club index, won, points (lost is the rest of the rounds played). */
function standings(round: number, rows: readonly [number, number, number][]): Side {
  const lines = rows.map(([c, won, pts], i) => `${i + 1}. ${CLUBS[c]} ${round} ${won} ${round - won} ${pts}`);
  return side(
    'ansa-sport-en',
    `volleyball-superlega-standings-round-${round}`,
    `Volleyball: SuperLega standings after round ${round}`,
    `ROME - Standings of the Italian men's volleyball SuperLega after round ${round} (played, won, lost, points):\n\n${lines.join('\n')}\n\nThe top eight qualify for the play-off quarter-finals; the last team is relegated to A2. Three points for a 3-0 or 3-1 win, two for a 3-2 win and one for a 3-2 defeat.`,
  );
}

function dartsNight(
  night: number,
  venue: string,
  date: string,
  lines: readonly string[],
  table: string,
): Side {
  return side(
    'pdc-results',
    `premier-league-darts-night-${night}-results`,
    `Premier League Darts results: Night ${night}, ${venue}`,
    `Results from Night ${night} of the BetMGM Premier League at ${venue} on ${date}:\n\n${lines.join('\n')}\n\nLeague table after Night ${night}: ${table}\n\nA nightly winner earns five points, the runner-up three and the losing semi-finalists two.`,
  );
}

export function sportPairs(): Pair[] {
  const r7 = roundResults(7, 'Sunday, November 9', [
    [0, 11],
    [1, 10],
    [2, 9],
    [3, 8],
    [4, 7],
    [5, 6],
  ]);
  const r8 = roundResults(8, 'Sunday, November 16', [
    [11, 1],
    [10, 2],
    [9, 0],
    [8, 4],
    [7, 3],
    [6, 5],
  ]);
  const table7 = standings(7, [
    [0, 7, 20],
    [1, 5, 16],
    [2, 5, 15],
    [4, 5, 14],
    [3, 4, 12],
    [5, 4, 11],
    [7, 3, 10],
    [6, 3, 9],
    [8, 2, 7],
    [10, 2, 6],
    [9, 1, 4],
    [11, 1, 3],
  ]);
  const table8 = standings(8, [
    [0, 7, 20],
    [1, 6, 19],
    [2, 6, 18],
    [4, 6, 17],
    [7, 4, 13],
    [3, 4, 12],
    [6, 4, 12],
    [5, 4, 11],
    [8, 2, 7],
    [9, 2, 7],
    [10, 2, 6],
    [11, 1, 3],
  ]);
  const table7Copy = side(
    'volleyballworld-news',
    'superlega-table-perugia-top-after-seven',
    'Perugia stay top of the SuperLega after round seven',
    `Sir Safety Perugia remain top of the Italian SuperLega after the seventh round. The standings:\n\n${table7.body.split('\n\n').slice(1).join('\n\n')}`,
  );
  const matchReport = story(
    'ansa-sport-en',
    'volleyball-perugia-sweep-catania',
    'Volleyball: Perugia sweep Catania to stay perfect',
    [
      'ROME - Sir Safety Perugia stayed unbeaten in the Italian volleyball SuperLega on Sunday, sweeping bottom club Farmitalia Catania in straight sets in round seven.',
      'Opposite Wassim Ben Tara led the scoring with 17 points, and the home side served nine aces in front of 4,300 fans at the PalaBarton.',
      '"We kept our level high from the first ball to the last," coach Angelo Lorenzetti said. Perugia have won all seven matches and dropped only three sets.',
      'Perugia travel to Padova next weekend, before hosting Itas Trentino in a top-of-the-table clash on November 23.',
    ],
  );

  const n5 = dartsNight(
    5,
    'the OVO Hydro, Glasgow',
    'Thursday, February 27',
    [
      'Quarter-finals: Luke Littler 6-3 Chris Dobey, Nathan Aspinall 6-4 Rob Cross, Luke Humphries 6-2 Stephen Bunting, Michael van Gerwen 6-5 Gerwyn Price',
      'Semi-finals: Littler 6-4 Aspinall, Humphries 6-3 Van Gerwen',
      'Final: Littler 6-5 Humphries',
    ],
    'Littler 17, Humphries 13, Van Gerwen 9, Aspinall 8, Price 6, Bunting 5, Cross 4, Dobey 2',
  );
  const n6 = dartsNight(
    6,
    'the 3Arena, Dublin',
    'Thursday, March 6',
    [
      'Quarter-finals: Gerwyn Price 6-1 Chris Dobey, Stephen Bunting 6-4 Luke Littler, Rob Cross 6-5 Luke Humphries, Michael van Gerwen 6-2 Nathan Aspinall',
      'Semi-finals: Price 6-3 Bunting, Van Gerwen 6-4 Cross',
      'Final: Price 6-2 Van Gerwen',
    ],
    'Littler 17, Humphries 13, Van Gerwen 12, Price 11, Aspinall 8, Bunting 7, Cross 6, Dobey 2',
  );
  const n5Copy = side(
    'sportinglife-darts',
    'premier-league-darts-glasgow-results-table',
    'Premier League Darts: Littler edges Humphries in Glasgow final - results and table',
    `Luke Littler won his third nightly title of the season in Glasgow, beating Luke Humphries in a last-leg decider.\n\n${n5.body.split('\n\n').slice(1).join('\n\n')}`,
  );
  const n5Report = story(
    'pa-sport',
    'darts-littler-beats-humphries-glasgow',
    'Littler pips Humphries in last-leg thriller to win in Glasgow',
    [
      'Luke Littler beat Luke Humphries in a deciding leg to win Night Five of the Premier League in Glasgow on Thursday and open up a four-point lead at the top of the table.',
      'The 18-year-old averaged 104.2 in the final and checked out 96 to seal a 6-5 win after Humphries missed three darts at double top for the match.',
      'Littler had earlier beaten Chris Dobey and Nathan Aspinall, while Michael van Gerwen edged Gerwyn Price 6-5 before losing to Humphries in the semi-finals.',
      '"The crowd here were unbelievable, I had to dig deep in that last leg," Littler said. The league moves to Dublin next Thursday.',
    ],
  );

  return [
    pair(
      'h6-volleyball-two-rounds',
      'volleyball-superlega',
      r7,
      r8,
      'the SuperLega results of two rounds a week apart',
    ),
    pair(
      'h6-volleyball-two-tables',
      'volleyball-superlega',
      table7,
      table8,
      'the SuperLega standings after two consecutive rounds',
    ),
    pair(
      'h6-volleyball-table-copy',
      'volleyball-superlega',
      table7,
      table7Copy,
      'the round-seven standings reprinted under a new intro and headline',
      'duplicate',
    ),
    pair(
      'h6-volleyball-report-vs-results',
      'volleyball-superlega',
      matchReport,
      r7,
      "one match's report vs its round's results table: one round, two different stories",
    ),
    pair(
      'h6-darts-two-nights',
      'darts-premier-league',
      n5,
      n6,
      'the Premier League results of two nights a week apart',
    ),
    pair(
      'h6-darts-night-copy',
      'darts-premier-league',
      n5,
      n5Copy,
      "Night Five's results and table reprinted under a new intro",
      'duplicate',
    ),
    pair(
      'h6-darts-report-vs-results',
      'darts-premier-league',
      n5Report,
      n5,
      'the night report vs the results of the same night: one event, two different stories',
    ),
  ];
}
