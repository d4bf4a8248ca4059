import type { Pair, Split } from './kit.ts';
import { day, prng, shuffle, side } from './kit.ts';
import type { Record } from './leagues.ts';
import {
  BUNDESLIGA,
  clone,
  EPL,
  EREDIVISIE,
  LIGA,
  NBA,
  NHL,
  playDay,
  points,
  SCOTLAND,
  SERIE_A,
  season,
} from './leagues.ts';

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
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'nba',
    split,
    a,
    b,
    note,
  });
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

interface Round {
  games: ReturnType<typeof playDay>;
  table: Map<string, Record>;
}

function soccerRounds(seed: string, teams: readonly string[], rounds: number): Round[] {
  const r = prng(seed);
  const table = season(r, teams, 15, 1.4);
  const out: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    // A round: every team plays once.
    const order = shuffle(r, teams);
    const games: Round['games'] = [];
    for (let g = 0; g + 1 < order.length; g += 2) {
      const home = order[g] as string;
      const away = order[g + 1] as string;
      const hs = Math.floor(r() * r() * 5);
      const as = Math.floor(r() * r() * 4);
      const h = table.get(home) as Record;
      const a = table.get(away) as Record;
      h.gf += hs;
      h.ga += as;
      a.gf += as;
      a.ga += hs;
      if (hs > as) {
        h.w++;
        a.l++;
      } else if (as > hs) {
        a.w++;
        h.l++;
      } else {
        h.t++;
        a.t++;
      }
      games.push({ home, away, hs, as });
    }
    out.push({ games, table: clone(table) });
  }
  return out;
}

export function soccerTable(table: Map<string, Record>): string {
  const rows = [...table.values()].sort(
    (x, y) => 3 * y.w + y.t - (3 * x.w + x.t) || y.gf - y.ga - (x.gf - x.ga) || y.gf - x.gf,
  );
  return rows
    .map((t) => `${t.team} ${t.w + t.l + t.t} ${t.w} ${t.t} ${t.l} ${t.gf} ${t.ga} ${3 * t.w + t.t}`)
    .join('\n\n');
}

function soccerResults(round: Round, league: string, weekday: string, withTable: boolean): string {
  const lines = [`Results of ${league} soccer matches on ${weekday}:`];
  for (const g of round.games) lines.push(`${g.home} ${g.hs} ${g.away} ${g.as}`);
  if (withTable) {
    lines.push('Standings (tabulate under played, won, drawn, lost, goals for, against, points):');
    lines.push(soccerTable(round.table));
  }
  return lines.join('\n\n');
}

function soccerResultsFamily(split: Split): Pair[] {
  const epl = soccerRounds('epl', EPL, 4);
  const liga = soccerRounds('liga', LIGA, 3);
  const serie = soccerRounds('serie-a', SERIE_A, 2);
  const scot = soccerRounds('scotland', SCOTLAND, 2);
  const dutch = soccerRounds('eredivisie', EREDIVISIE, 2);
  const story = (
    feed: string,
    rounds: Round[],
    i: number,
    off: number,
    name: string,
    league: string,
    city: string,
    withTable = true,
  ) => {
    const { iso, weekday } = day(off);
    return side(
      feed,
      `${name.toLowerCase().replace(/\W+/g, '-')}-results${withTable ? '' : '-only'}-${iso}`,
      `SOCCER - ${name.toUpperCase()} RESULTS/STANDINGS.`,
      `${city} ${iso}\n\n${soccerResults(rounds[i] as Round, league, weekday, withTable)}`,
    );
  };
  const pair = (
    id: string,
    a: Pair['a'],
    b: Pair['b'],
    note: string,
    label: Pair['label'] = 'distinct',
  ): Pair => ({
    id,
    kind: label === 'distinct' ? 'template' : 'template-copy',
    label,
    family: 'soccer-results',
    split,
    a,
    b,
    note,
  });
  const eplStory = (i: number, off: number, feed = 'reuters-sports', table = true) =>
    story(feed, epl, i, off, 'English premier league', 'English premier league', 'LONDON', table);
  const copyBody = (() => {
    const { iso, weekday } = day(20);
    const round = epl[2] as Round;
    const lines = [`Premier League results from ${weekday}, ${iso}:`];
    for (const g of round.games) lines.push(`${g.home} ${g.hs} ${g.away} ${g.as}`);
    lines.push('League table (played, won, drawn, lost, for, against, points):');
    lines.push(soccerTable(round.table));
    lines.push('Source: Reuters');
    return lines.join('\n\n');
  })();
  return [
    pair(
      'tpl-soccer-epl-round-0-1',
      eplStory(0, 6),
      eplStory(1, 13),
      'EPL results and standings, consecutive rounds',
    ),
    pair(
      'tpl-soccer-epl-round-2-3',
      eplStory(2, 20),
      eplStory(3, 27),
      'EPL results and standings, next two rounds',
    ),
    pair(
      'tpl-soccer-liga-vs-serie',
      story('reuters-sports', liga, 0, 6, 'Spanish first division', 'Spanish first division', 'MADRID'),
      story('reuters-sports', serie, 0, 6, 'Italian serie A', 'Italian first division', 'ROME'),
      'same template, same day, two leagues',
    ),
    pair(
      'tpl-soccer-scotland-vs-dutch',
      story(
        'reuters-sports',
        scot,
        1,
        13,
        'Scottish premier division',
        'Scottish premier division',
        'GLASGOW',
      ),
      story('reuters-sports', dutch, 1, 14, 'Dutch first division', 'Dutch first division', 'AMSTERDAM'),
      'same template, one weekend, two leagues',
    ),
    pair(
      'tpl-soccer-liga-rounds-no-table',
      story(
        'reuters-sports',
        liga,
        1,
        13,
        'Spanish first division',
        'Spanish first division',
        'MADRID',
        false,
      ),
      story(
        'reuters-sports',
        liga,
        2,
        20,
        'Spanish first division',
        'Spanish first division',
        'MADRID',
        false,
      ),
      'results only, two rounds of one league: short bodies',
    ),
    pair(
      'tpl-soccer-epl-copy',
      eplStory(2, 20),
      side(
        'footballwire',
        'premier-league-results-table',
        'Premier League: Saturday’s results and table',
        copyBody,
      ),
      'the same results and table reprinted with a new intro and table header, and a source line',
      'duplicate',
    ),
    pair(
      'tpl-soccer-epl-copy-results-only',
      eplStory(3, 27),
      eplStory(3, 27, 'sportsdesk-uk', false),
      'an outlet ran the results and left the standings out (a trimmed copy)',
      'duplicate',
    ),
  ];
}

function soccerStandingsFamily(split: Split): Pair[] {
  const bl = soccerRounds('bundesliga', BUNDESLIGA, 3);
  const epl = soccerRounds('epl-standings', EPL, 3);
  const story = (
    rounds: Round[],
    i: number,
    off: number,
    league: string,
    city: string,
    feed = 'reuters-sports',
  ) => {
    const { iso, weekday } = day(off);
    return side(
      feed,
      `${league.toLowerCase().replace(/\W+/g, '-')}-standings-${iso}`,
      `SOCCER - ${league.toUpperCase()} STANDINGS.`,
      `${city} ${iso}\n\n${league} standings after ${weekday}'s matches (tabulate under played, won, drawn, lost, goals for, against, points):\n\n${soccerTable((rounds[i] as Round).table)}`,
    );
  };
  const pair = (
    id: string,
    a: Pair['a'],
    b: Pair['b'],
    note: string,
    label: Pair['label'] = 'distinct',
  ): Pair => ({
    id,
    kind: label === 'distinct' ? 'template' : 'template-copy',
    label,
    family: 'soccer-standings',
    split,
    a,
    b,
    note,
  });
  return [
    pair(
      'tpl-standings-bundesliga-0-1',
      story(bl, 0, 7, 'German first division', 'BONN'),
      story(bl, 1, 14, 'German first division', 'BONN'),
      'Bundesliga standings a round apart',
    ),
    pair(
      'tpl-standings-bundesliga-1-2',
      story(bl, 1, 14, 'German first division', 'BONN'),
      story(bl, 2, 21, 'German first division', 'BONN'),
      'Bundesliga standings the next round',
    ),
    pair(
      'tpl-standings-epl-0-1',
      story(epl, 0, 7, 'English premier league', 'LONDON'),
      story(epl, 1, 14, 'English premier league', 'LONDON'),
      'Premier League standings a round apart',
    ),
    pair(
      'tpl-standings-epl-copy',
      story(epl, 2, 21, 'English premier league', 'LONDON'),
      story(epl, 2, 21, 'English premier league', 'LONDON', 'afp-sports'),
      'the same standings from another feed (same text, other feed, guid and URL)',
      'duplicate',
    ),
  ];
}

// Line-ups: the same club's team for two matches, and two announcements of a rugby side.
function lineupFamily(split: Split): Pair[] {
  const barca1 =
    'Barcelona: Wojciech Szczesny; Jules Kounde, Pau Cubarsi, Inigo Martinez, Gerard Martin; Frenkie de Jong, Eric Garcia; Lamine Yamal, Dani Olmo, Raphinha; Ferran Torres.';
  const barca2 =
    'Barcelona: Wojciech Szczesny; Eric Garcia, Ronald Araujo, Pau Cubarsi, Gerard Martin; Frenkie de Jong, Pedri; Lamine Yamal, Fermin Lopez, Raphinha; Ferran Torres.';
  const inter =
    'Inter: Yann Sommer; Benjamin Pavard, Francesco Acerbi, Alessandro Bastoni; Denzel Dumfries, Nicolo Barella, Hakan Calhanoglu, Henrikh Mkhitaryan, Federico Dimarco; Marcus Thuram, Lautaro Martinez.';
  const inter2 =
    'Inter: Yann Sommer; Benjamin Pavard, Francesco Acerbi, Alessandro Bastoni; Denzel Dumfries, Nicolo Barella, Hakan Calhanoglu, Henrikh Mkhitaryan, Federico Dimarco; Mehdi Taremi, Lautaro Martinez.';
  const real =
    'Real Madrid: Thibaut Courtois; Lucas Vazquez, Raul Asencio, Antonio Rudiger, Fran Garcia; Aurelien Tchouameni, Luka Modric, Jude Bellingham; Rodrygo, Kylian Mbappe, Vinicius Junior.';
  const lineups = (home: string, away: string, comp: string, venue: string, date: string, ref: string) =>
    `Line-ups for the ${comp} match between ${home.split(':')[0]} and ${away.split(':')[0]} at ${venue} on ${date}:\n\n${home}\n\n${away}\n\nReferee: ${ref}`;
  const s = (slug: string, headline: string, body: string) => side('reuters-sports', slug, headline, body);
  const pair = (id: string, a: Pair['a'], b: Pair['b'], note: string): Pair => ({
    id,
    kind: 'template',
    label: 'distinct',
    family: 'lineups',
    split,
    a,
    b,
    note,
  });
  const firstLeg = s(
    'barca-inter-lineups-0430',
    'SOCCER-Champions League semi-final line-ups: Barcelona v Inter',
    lineups(
      barca1,
      inter,
      'Champions League semi-final, first leg,',
      'the Olympic Stadium',
      'April 30',
      'Ivan Kruzliak (Slovakia)',
    ),
  );
  return [
    pair(
      'tpl-lineups-first-second-leg',
      firstLeg,
      s(
        'inter-barca-lineups-0506',
        'SOCCER-Champions League semi-final line-ups: Inter v Barcelona',
        lineups(
          inter2,
          barca2,
          'Champions League semi-final, second leg,',
          'San Siro',
          'May 6',
          'Szymon Marciniak (Poland)',
        ),
      ),
      'one tie, two legs: mostly the same players, another venue, date, referee and three changes',
    ),
    pair(
      'tpl-lineups-same-club-other-opponent',
      firstLeg,
      s(
        'barca-real-lineups-0511',
        'SOCCER-Line-ups: Barcelona v Real Madrid',
        lineups(barca2, real, 'La Liga', 'the Olympic Stadium', 'May 11', 'Alejandro Hernandez (Spain)'),
      ),
      'the same club eleven days apart against another opponent',
    ),
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
