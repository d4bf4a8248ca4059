import type { Pair, Split } from './kit.ts';
import { day, pairMaker, prng, side } from './kit.ts';
import type { Record } from './leagues.ts';
import { clone, NBA, NHL, playDay, points, season } from './leagues.ts';
import { lineupFamily, soccerResultsFamily, soccerStandingsFamily } from './soccer.ts';

// Team sports: standings after one day and the next, results of one round and the next, of one league
// and another in the same template (Reuters' 1990s sports desk), and copies of them.

function nhlStandings(table: Map<string, Record>, weekday: string, intro?: string): string {
  const lines: string[] = [
    intro ??
      `Standings of National Hockey League teams after games played on ${weekday} (tabulate under won, lost, tied, goals for, goals against, points):`,
  ];
  let conference = '';
  for (const [conf, division, teams] of NHL) {
    if (conf !== conference) lines.push(conf);
    conference = conf;
    lines.push(division);
    lines.push('W L T GF GA PTS');
    const rows = teams
      .map((t) => table.get(t) as Record)
      .sort((x, y) => points(y) - points(x) || y.w - x.w || x.team.localeCompare(y.team));
    for (const r of rows) lines.push(`${r.team} ${r.w} ${r.l} ${r.t} ${r.gf} ${r.ga} ${points(r)}`);
  }
  return lines.join('\n\n');
}

function nbaStandings(table: Map<string, Record>, weekday: string): string {
  const lines: string[] = [
    `Standings of National Basketball Association teams after games played on ${weekday} (tabulate under won, lost, percentage, games behind):`,
  ];
  let conference = '';
  for (const [conf, division, teams] of NBA) {
    if (conf !== conference) lines.push(conf);
    conference = conf;
    lines.push(division);
    lines.push('W L PCT GB');
    const rows = teams.map((t) => table.get(t) as Record).sort((x, y) => y.w - y.l - (x.w - x.l));
    const lead = rows[0] as Record;
    for (const r of rows) {
      const pct = (r.w / Math.max(1, r.w + r.l)).toFixed(3).replace(/^0/, '');
      const gb = (lead.w - lead.l - (r.w - r.l)) / 2;
      lines.push(`${r.team} ${r.w} ${r.l} ${pct} ${gb === 0 ? '-' : gb.toFixed(1).replace(/\.0$/, '')}`);
    }
  }
  return lines.join('\n\n');
}

const title = (team: string): string =>
  team
    .toLowerCase()
    .split(' ')
    .map((w) => (w === 'ny' || w === 'la' ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

function usResults(games: ReturnType<typeof playDay>, league: string, weekday: string): string {
  const lines = [`Results of ${league} games on ${weekday} (home team in CAPS):`];
  for (const g of games) lines.push(`${title(g.away)} ${g.as} ${g.home} ${g.hs}`);
  return lines.join('\n\n');
}

function nhlFamily(split: Split): Pair[] {
  const r = prng('nhl-standings');
  const table = season(
    r,
    NHL.flatMap(([, , t]) => t),
    26,
    3,
  );
  const pairs: Pair[] = [];
  const days: { off: number; table: Map<string, Record> }[] = [];
  for (let off = 5; off <= 12; off++) {
    playDay(r, table, 3, true);
    days.push({ off, table: clone(table) });
  }
  const story = (i: number, feed = 'reuters-sports') => {
    const d = days[i] as { off: number; table: Map<string, Record> };
    const { iso, weekday } = day(d.off);
    return side(
      feed,
      `nhl-standings-${iso}`,
      `ICE HOCKEY - NHL STANDINGS AFTER ${weekday.toUpperCase()}'S GAMES.`,
      `NEW YORK ${iso}\n\n${nhlStandings(d.table, weekday)}`,
    );
  };
  for (const [i, j, note] of [
    [0, 1, 'NHL standings after consecutive days: about a third of the rows changed'],
    [3, 4, 'NHL standings after consecutive days, another week'],
    [2, 5, 'NHL standings three days apart'],
  ] as const) {
    pairs.push({
      id: `tpl-nhl-standings-${i}-${j}`,
      kind: 'template',
      label: 'distinct',
      family: 'nhl-standings',
      split,
      a: story(i),
      b: story(j),
      note,
    });
  }
  const d = days[6] as { off: number; table: Map<string, Record> };
  const { iso, weekday } = day(d.off);
  pairs.push({
    id: 'tpl-nhl-standings-copy',
    kind: 'template-copy',
    label: 'duplicate',
    family: 'nhl-standings',
    split,
    a: story(6),
    b: side(
      'sportsticker-hockey',
      `nhl-standings-${iso}`,
      'NHL standings',
      nhlStandings(d.table, weekday, `National Hockey League standings through ${weekday}'s games:`),
    ),
    note: 'the same standings reprinted by an outlet: new headline and intro line, no dateline',
  });
  return pairs;
}

function nbaFamily(split: Split): Pair[] {
  const r = prng('nba');
  const table = season(
    r,
    NBA.flatMap(([, , t]) => t),
    18,
    100,
  );
  const results: { off: number; games: ReturnType<typeof playDay>; table: Map<string, Record> }[] = [];
  for (let off = 2; off <= 8; off++) {
    const games = playDay(r, table, 100, false);
    results.push({ off, games, table: clone(table) });
  }
  const res = (i: number) => {
    const x = results[i] as (typeof results)[number];
    const { iso, weekday } = day(x.off);
    return side(
      'reuters-sports',
      `nba-results-${iso}`,
      `BASKETBALL - NBA RESULTS ON ${weekday.toUpperCase()}.`,
      `NEW YORK ${iso}\n\n${usResults(x.games, 'National Basketball Association', weekday)}`,
    );
  };
  const std = (i: number) => {
    const x = results[i] as (typeof results)[number];
    const { iso, weekday } = day(x.off);
    return side(
      'reuters-sports',
      `nba-standings-${iso}`,
      `BASKETBALL - NBA STANDINGS AFTER ${weekday.toUpperCase()}'S GAMES.`,
      `NEW YORK ${iso}\n\n${nbaStandings(x.table, weekday)}`,
    );
  };
  const pair = pairMaker('nba', split);
  return [
    pair(
      'tpl-nba-results-0-1',
      res(0),
      res(1),
      'NBA results of consecutive nights: other games, other scores',
    ),
    pair('tpl-nba-results-3-4', res(3), res(4), 'NBA results of consecutive nights, another week'),
    pair('tpl-nba-standings-2-3', std(2), std(3), 'NBA standings after consecutive nights'),
    pair('tpl-nba-standings-5-6', std(5), std(6), 'NBA standings after consecutive nights, another week'),
    pair('tpl-nba-results-vs-standings', res(4), std(4), 'the night’s results vs the standings after them'),
  ];
}

export function teamSportPairs(): Pair[] {
  return [
    ...nhlFamily('dev'),
    ...nbaFamily('dev'),
    ...soccerResultsFamily('dev'),
    ...lineupFamily('dev'),
    ...soccerStandingsFamily('heldout'),
  ];
}
