import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { pair, reprint, stagePair, story } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: previews beside their reports (the Boat Race, a budget, the
// Eurovision final, a chess title game) and reports beside their results tables (a sumo day, a triathlon).
// Rowers, ministers, artists, players, wrestlers and triathletes are invented; every result made up.

export function boatRace(): Pair[] {
  const preview = story(
    'pa-sport',
    'boat-race-preview-cambridge-favourites',
    'Cambridge favourites as Oxford seek to end Boat Race drought',
    [
      "Cambridge start as favourites for Sunday's 170th men's Boat Race on the Thames, chasing a sixth straight win over Oxford on the 4.2-mile Championship Course from Putney to Mortlake.",
      "The Light Blues' crew, stroked by American Ben Hollis, includes three Olympians and is on average four kilos heavier per man than Oxford.",
      '"We respect them, but the Tideway is never about paper," Oxford president Hugo Stanhope said after the final practice outing on Friday.',
      "The women's race starts at 1.21pm and the men's at 2.16pm. Organisers said water quality tests this week showed E. coli levels within safe limits.",
    ],
  );
  const report = story(
    'pa-sport',
    'boat-race-oxford-end-cambridge-streak',
    "Oxford stun Cambridge to win the men's Boat Race",
    [
      "Oxford ended a five-year losing streak in the men's Boat Race on Sunday, beating favourites Cambridge by two and a quarter lengths on the Thames.",
      "Oxford won the toss, chose the Surrey station and led from Hammersmith Bridge, holding off a late push from the Light Blues' crew, stroked by American Ben Hollis, past Chiswick Steps.",
      '"Nobody gave us a chance, and we believed," Oxford president Hugo Stanhope said. The winning time was 17 minutes 48 seconds.',
      "Earlier, Cambridge won the women's race by four lengths for their eighth win in a row.",
    ],
  );
  const reprinted = reprint(
    report,
    'standard-sport',
    'oxford-win-mens-boat-race-upset',
    'Boat Race 2025: Oxford triumph over Cambridge',
    {
      intro:
        "Oxford pulled off an upset on the Thames on Sunday, beating a fancied Cambridge crew by two and a quarter lengths to win the men's Boat Race for the first time in six years.",
      curly: true,
    },
  );
  return [
    stagePair(
      'h6-boat-race-preview-vs-report',
      'boat-race',
      preview,
      report,
      'the race preview on Saturday vs the report on Sunday: same crews, course and quotes style',
    ),
    stagePair(
      'h6-boat-race-report-copy',
      'boat-race',
      report,
      reprinted,
      'the report reprinted: "stun" becomes "triumph over", rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}

const budgetBackground = [
  'The government has a budget surplus of about 8.2 billion euros this year, swollen by corporation tax paid by multinationals, and is under pressure from its coalition partners to spend more on housing and childcare.',
  'Finance Minister Aoife Brennan has warned that much of the corporate tax windfall may not last.',
];

export function budget(): Pair[] {
  const preview = story(
    'irishtimes-politics',
    'budget-2026-what-to-expect',
    "Budget 2026: What to expect from Tuesday's package",
    [
      'DUBLIN - Minister for Finance Aoife Brennan will on Tuesday announce a budget package worth about 9.4 billion euros, with cuts to the income tax and extra spending on housing expected to dominate.',
      ...budgetBackground,
      'Government sources said an increase in the point at which workers pay the higher rate of income tax, and a one-off energy credit, were likely but not yet agreed. The minister will rise in the Dáil at 1pm.',
    ],
  );
  const delivered = story(
    'irishtimes-politics',
    'budget-2026-brennan-unveils-package',
    'Budget 2026: Brennan raises tax band and extends energy credit',
    [
      'DUBLIN - Minister for Finance Aoife Brennan on Tuesday unveiled a 9.6 billion euro budget, raising the point at which workers pay the higher rate of income tax by 2,000 euros and giving every household a 200 euro energy credit.',
      'Spending on housing will rise by 1.1 billion euros, including 400 million for a new cost-rental scheme, Brennan told the Dáil.',
      ...budgetBackground,
      'The opposition said the package did "nothing for renters". The measures take effect on January 1.',
    ],
  );
  return [
    stagePair(
      'h6-budget-preview-vs-speech',
      'budget-day',
      preview,
      delivered,
      'what the budget is expected to hold vs the budget delivered that afternoon; background shared',
    ),
  ];
}

export function eurovision(): Pair[] {
  const preview = story(
    'afp-culture',
    'eurovision-final-favourites-basel',
    'Sweden and Austria favourites for Eurovision final',
    [
      "BASEL, Switzerland (AFP) - Twenty-six countries compete in the Eurovision Song Contest final in Basel on Saturday, with Sweden's folk-pop trio Fjällvind and Austrian singer Lukas Ebner favourites with the bookmakers.",
      'The votes of national juries and of viewers in 37 countries, plus an online vote from the rest of the world, will decide the winner, announced after midnight.',
      'Security is tight around the St. Jakobshalle after protests at the semi-finals. About 160 million people are expected to watch on television.',
      'Host Switzerland, which won last year, sends pianist Mara Vogt, who performs 14th.',
    ],
  );
  const result = story(
    'afp-culture',
    'eurovision-austria-ebner-wins-basel',
    "Austria's Lukas Ebner wins Eurovision in Basel",
    [
      'BASEL, Switzerland (AFP) - Austrian singer Lukas Ebner won the Eurovision Song Contest in Basel early on Sunday with his ballad "Glass Heart", taking 436 points from national juries and viewers.',
      "Sweden's Fjällvind, who topped the public vote, finished second with 398 points, ahead of France and Israel. Host Switzerland's Mara Vogt was 11th.",
      '"I wrote this song in my kitchen two years ago," an emotional Ebner said as he lifted the glass microphone trophy. Austria will host next year\'s contest.',
      'Protesters had gathered outside the St. Jakobshalle before the final, police said.',
    ],
  );
  return [
    stagePair(
      'h6-eurovision-preview-vs-result',
      'eurovision-final',
      preview,
      result,
      "the final's preview vs its result overnight: same favourites, venue and host entry",
    ),
  ];
}

export function chessGame(): Pair[] {
  const preview = story(
    'reuters-sports',
    'chess-mehra-lindgren-game-seven-preview',
    'Chess-Mehra has white as title match resumes level',
    [
      "SINGAPORE, Nov 30 (Reuters) - India's Arjun Mehra will have the white pieces when his world championship match against defending champion Pavel Lindgren of Sweden resumes on Monday after a rest day, with the score level at 3-3.",
      'All six games so far have been drawn, the longest opening run without a decisive game in a title match since 2018. The first player to reach 7.5 points out of 14 wins the title and $2.5 million of the prize fund.',
      '"Sooner or later someone has to take a risk," Mehra, 22, told reporters on Sunday.',
    ],
  );
  const report = story(
    'reuters-sports',
    'chess-mehra-wins-game-seven-leads',
    'Chess-Mehra breaks the deadlock to lead Lindgren in title match',
    [
      "SINGAPORE, Dec 1 (Reuters) - India's Arjun Mehra won the seventh game of the world chess championship against Pavel Lindgren of Sweden on Monday to take a 4-3 lead, ending a run of six draws.",
      'Playing white, Mehra sacrificed a pawn in a Catalan opening and converted a rook endgame after Lindgren, short on time, blundered on move 38. The Swede resigned after six hours.',
      '"I finally took the risk," Mehra, 22, said. The first player to 7.5 points wins the title; game eight is on Tuesday.',
    ],
  );
  return [
    stagePair(
      'h6-chess-preview-vs-report',
      'chess-title-match',
      preview,
      report,
      "the rest-day preview of game seven vs the game's report the next day",
    ),
  ];
}

function sumoDay(
  slug: string,
  headline: string,
  intro: string,
  rows: readonly string[],
  leaders: string,
): Side {
  return side('kyodo-sports', slug, headline, `${intro}\n\n${rows.join('\n')}\n\n${leaders}`);
}

export function sumo(): Pair[] {
  const bouts = [
    'Hokutenzan (10-0) beat Wakamidori (6-4) by yorikiri',
    'Daikaizan (9-1) beat Kotoshizuka (7-3) by oshidashi',
    'Shodaiko (8-2) beat Ryuunishiki (5-5) by uwatenage',
    'Takarabune (7-3) lost to Kirinoumi (7-3) by hatakikomi',
    'Asahiyama (6-4) beat Tamanokaze (4-6) by yoritaoshi',
    'Gonoumi (5-5) lost to Oshiozan (6-4) by tsukiotoshi',
    'Hiraizumi (4-6) beat Chiyosakae (3-7) by hikiotoshi',
    'Tochimaru (6-4) lost to Meiseiryu (5-5) by okuridashi',
  ];
  const table = sumoDay(
    'sumo-kyushu-basho-day-10-results',
    'Sumo: Kyushu Grand Sumo Tournament day 10 results',
    'FUKUOKA, Nov. 18 (Kyodo) - Results in the top makuuchi division on the 10th day of the Kyushu Grand Sumo Tournament at Fukuoka Kokusai Center on Tuesday (wins-losses after the day, winning technique):',
    bouts,
    'Leaders: Hokutenzan 10-0; Daikaizan 9-1; Shodaiko 8-2. The 15-day tournament ends on Nov. 23.',
  );
  const cut = side(
    'japantimes-sumo',
    'kyushu-basho-day-10-top-results',
    'Hokutenzan stays perfect in Kyushu',
    `${table.body.split('\n\n')[0]}\n\n${bouts.slice(0, 6).join('\n')}\n\nLeaders: Hokutenzan 10-0; Daikaizan 9-1; Shodaiko 8-2.`,
  );
  const report = story(
    'kyodo-sports',
    'sumo-hokutenzan-stays-perfect-day-10',
    'Sumo: Hokutenzan stays perfect, Daikaizan keeps pace in Kyushu',
    [
      'FUKUOKA, Nov. 18 (Kyodo) - Ozeki Hokutenzan stayed perfect at the Kyushu Grand Sumo Tournament on Tuesday, forcing out Wakamidori on the 10th day to improve to 10-0 and keep a one-win lead.',
      'Hokutenzan got a firm belt grip at the initial charge and marched his opponent over the straw. Sekiwake Daikaizan kept pace one win back by shoving out Kotoshizuka, while Shodaiko is two behind at 8-2.',
      '"I just want to keep wrestling my own sumo," Hokutenzan said. He meets Daikaizan on the 13th day.',
    ],
  );
  return [
    pair(
      'h6-sumo-report-vs-results',
      'sumo-basho',
      report,
      table,
      "the day's report vs the day's makuuchi results: one day, two different stories",
    ),
    pair(
      'h6-sumo-results-cut',
      'sumo-basho',
      table,
      cut,
      "the day's results cut to the top six bouts under another outlet's headline",
      'duplicate',
    ),
  ];
}

export function triathlon(): Pair[] {
  const rows = [
    'Chloé Marchetti (France) 1:52:18',
    'Hannah Whitlock (Britain) +0:09',
    'Sofia Lindahl (Sweden) +0:21',
    'Maya Okonkwo (United States) +0:34',
    'Yui Hashimoto (Japan) +0:47',
    'Laura Beckmann (Germany) +0:58',
    'Eva Ruiz (Spain) +1:06',
    'Georgia Reid (Australia) +1:15',
    'Nina Keller (Switzerland) +1:29',
    'Amelie Fischer (Germany) +1:41',
  ];
  const table = side(
    'reuters-sports-results',
    'triathlon-wtcs-yokohama-women-results',
    'TRIATHLON-WTCS YOKOHAMA WOMEN RESULTS',
    `YOKOHAMA, Japan, May 17 - Results of the women's race at the World Triathlon Championship Series in Yokohama on Saturday (1.5km swim, 40km bike, 10km run):\n\n${rows.map((r, i) => `${i + 1}. ${r}`).join('\n')}\n\nSeries standings after three of nine events: 1. Marchetti 2,412 points, 2. Whitlock 2,288, 3. Lindahl 2,101.`,
  );
  const report = story(
    'reuters-sports',
    'triathlon-marchetti-wins-yokohama',
    'Triathlon-Marchetti outruns Whitlock to win in Yokohama',
    [
      "YOKOHAMA, Japan, May 17 (Reuters) - France's Chloé Marchetti pulled away on the final lap of the 10km run to win the women's race at the World Triathlon Championship Series in Yokohama on Saturday, nine seconds ahead of Britain's Hannah Whitlock.",
      "Sweden's Sofia Lindahl was third. A lead group of 14 came off the bike together in the rain after a crash on the third lap took out two of the favourites.",
      '"My legs were burning, but I knew I had a sprint left," said Marchetti, who extends her lead in the series. The next race is in Alghero in three weeks.',
    ],
  );
  return [
    pair(
      'h6-triathlon-report-vs-results',
      'triathlon-wtcs',
      report,
      table,
      'the race report vs the results table of the same race: one event, two different stories',
    ),
  ];
}
