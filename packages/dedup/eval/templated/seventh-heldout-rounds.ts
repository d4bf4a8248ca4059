import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { figures, pair } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: notices and results filled with another week's, round's or day's
// figures — fishing quota notices, a chess tournament's rounds and a regatta's heats. Players and crews
// are invented; figures come from a seeded generator.

const STOCKS = [
  'North Sea cod',
  'North Sea haddock',
  'North Sea whiting',
  'West of Scotland monkfish',
  'Irish Sea plaice',
  'Celtic Sea hake',
  'Channel sole',
] as const;

function quotaNotice(slug: string, number: number, date: string, seed: string): Side {
  const n = figures(`quota:${seed}`);
  const rows = STOCKS.map((stock) => `${stock}: ${n(2, 14)} tonnes per vessel per month (was ${n(2, 14)})`);
  return side(
    'fishingnews',
    slug,
    `Fisheries Notice ${number}: monthly catch limits for over-10m vessels`,
    `The Marine Management Organisation has published Fisheries Notice ${number}, setting monthly catch limits for the English over-10 metre pool from ${date}.\n\nLimits per vessel for the month:\n${rows.join('\n')}\n\nThe limits are set from the remaining quota for the year and the uptake to date, and may be changed at short notice. Vessels that exceed a limit can face licence penalties. Fishermen landing into non-UK ports must still record catches in the electronic logbook within 24 hours of landing, and queries should be sent to the MMO quota team.`,
  );
}

const PLAYERS = [
  'Aleksandr Petrov',
  'Daniel Okonkwo',
  'Wei Jian',
  'Tomás Herrera',
  'Arjun Mehta',
  'Lukas Nowak',
  'Mateo Silva',
  'Kristof Varga',
  'Nils Eriksen',
  'Omar Haddad',
] as const;
const RESULTS = ['1-0', '0-1', '1/2-1/2'] as const;

function chessRound(slug: string, round: number, keep: number): Side {
  const n = figures(`chess:round-${round}`);
  const order = [...PLAYERS].sort(
    (x, y) => ((x.length * 7 + round * 3) % 11) - ((y.length * 7 + round * 3) % 11),
  );
  const games = [0, 2, 4, 6, 8].map((i) => `${order[i]} ${RESULTS[n(0, 2)]} ${order[i + 1]}`);
  const standings = PLAYERS.map((p) => `${p} ${(n(round, round * 2) / 2).toFixed(1)}`).slice(0, keep);
  return side(
    'chessbase-news',
    slug,
    `Tata Steel Challengers: round ${round} results`,
    `WIJK AAN ZEE, Netherlands - Results of round ${round} of the Challengers group at the Tata Steel Chess Tournament on ${round % 2 === 0 ? 'Saturday' : 'Sunday'} (white first):\n\n${games.join('\n')}\n\nStandings after round ${round} (points):\n${standings.join('\n')}\n\nThe tournament is a 10-player double round robin over 13 rounds. The winner qualifies for next year's Masters group. Games start at 14:00 local time, and rest days fall after rounds 4, 8 and 11.`,
  );
}

const CREWS = [
  'Leander Club',
  'Oxford Brookes University',
  'Molesey Boat Club',
  'University of London',
  'Thames Rowing Club',
  'Durham University',
  'Nottingham RC',
  'Edinburgh University',
] as const;

function regattaHeats(slug: string, day: string, seed: string, keep: number): Side {
  const n = figures(`regatta:${seed}`);
  const heats = [0, 2, 4, 6].map((i) => {
    const w = (i + n(0, 7)) % 8;
    const winner = CREWS[w];
    const loser = CREWS[(w + 1 + n(0, 6)) % 8];
    const verdict = ['1 length', '3/4 length', 'easily', '2 lengths', 'a canvas'][n(0, 4)];
    return `${winner} beat ${loser} by ${verdict}; time 6:${String(n(38, 59)).padStart(2, '0')}`;
  });
  const rows = heats.slice(0, keep);
  return side(
    'rowing-results',
    slug,
    `Henley Royal Regatta: Ladies' Challenge Plate heats, ${day}`,
    `HENLEY-ON-THAMES - Results of the Ladies' Challenge Plate heats on ${day} at Henley Royal Regatta (eights, 1 mile 550 yards, winners progress):\n\n${rows.join('\n')}\n\nConditions: headwind along the course, ${n(1, 3) === 1 ? 'Berks station favoured' : 'no station advantage'}. Verdicts are given in lengths; "easily" means a margin of more than five lengths, and "a canvas" less than a quarter of a length.\n\nThe quarter-finals are rowed on Saturday and the finals on Sunday afternoon. Racing starts at 09:00 each day, with races every five minutes, and the umpire's decisions are final.`,
  );
}

export function quotaPairs(): Pair[] {
  const june = quotaNotice('mmo-fisheries-notice-41', 41, '1 June', 'june');
  const july = quotaNotice('mmo-fisheries-notice-47', 47, '1 July', 'july');
  return [
    pair(
      'h7-quota-two-months',
      'fishing-quota',
      june,
      july,
      'two monthly quota notices: other limits, another notice number',
    ),
  ];
}

export function chessPairs(): Pair[] {
  const r6 = chessRound('tata-steel-challengers-round-6', 6, 10);
  const r7 = chessRound('tata-steel-challengers-round-7', 7, 10);
  const r6Copy = side(
    'chess-com-news',
    'tata-challengers-r6-results',
    'Wijk aan Zee Challengers, round 6: results and standings',
    `${r6.body.replace('WIJK AAN ZEE, Netherlands - ', '')}\n\nSource: Tata Steel Chess Tournament`,
  );
  return [
    pair(
      'h7-chess-two-rounds',
      'chess-rounds',
      r6,
      r7,
      "one tournament's results and standings after two consecutive rounds",
    ),
    pair(
      'h7-chess-round-copy',
      'chess-rounds',
      r6,
      r6Copy,
      "one round's results reprinted under another outlet's headline, without the dateline, with a source line",
      'duplicate',
    ),
  ];
}

export function regattaPairs(): Pair[] {
  const wed = regattaHeats('henley-ladies-plate-heats-wednesday', 'Wednesday', 'wed', 4);
  const thu = regattaHeats('henley-ladies-plate-heats-thursday', 'Thursday', 'thu', 4);
  const cut = regattaHeats('henley-ladies-plate-heats-wednesday-cut', 'Wednesday', 'wed', 3);
  return [
    pair('h7-regatta-two-days', 'regatta-heats', wed, thu, "one event's heats on two days"),
    pair(
      'h7-regatta-heats-cut',
      'regatta-heats',
      wed,
      cut,
      "one day's heats reprinted without the last heat",
      'duplicate',
    ),
  ];
}
