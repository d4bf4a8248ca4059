import type { Pair, Split } from './kit.ts';
import { day, pairMaker, prng, shuffle, side } from './kit.ts';
import type { Record } from './leagues.ts';
import {
  BUNDESLIGA,
  clone,
  EPL,
  EREDIVISIE,
  LIGA,
  type playDay,
  recordGame,
  SCOTLAND,
  SERIE_A,
  season,
} from './leagues.ts';

// Soccer from one template each: results by round, standings, line-ups (see team-sports.ts for US leagues).
export interface Round {
  games: ReturnType<typeof playDay>;
  table: Map<string, Record>;
}

export function soccerRounds(seed: string, teams: readonly string[], rounds: number): Round[] {
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
      recordGame(table, home, away, hs, as);
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

export function soccerResults(round: Round, league: string, weekday: string, withTable: boolean): string {
  const lines = [`Results of ${league} soccer matches on ${weekday}:`];
  for (const g of round.games) lines.push(`${g.home} ${g.hs} ${g.away} ${g.as}`);
  if (withTable) {
    lines.push('Standings (tabulate under played, won, drawn, lost, goals for, against, points):');
    lines.push(soccerTable(round.table));
  }
  return lines.join('\n\n');
}

export function soccerResultsFamily(split: Split): Pair[] {
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
  const pair = pairMaker('soccer-results', split);
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

export function soccerStandingsFamily(split: Split): Pair[] {
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
  const pair = pairMaker('soccer-standings', split);
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
export function lineupFamily(split: Split): Pair[] {
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
  const pair = pairMaker('lineups', split);
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
