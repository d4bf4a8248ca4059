import { pair, reprint, stagePair, story } from './fourth-heldout-kit.ts';
import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';

// The fourth held-out part, continued: two stages of one sports affair (transfer talks and the
// signing, a manager sacked and his successor named), snooker results of two days and contract
// extensions of two players. Clubs, events and players are real; fees, scores and terms are made up.

const transferBackground = [
  'Kudus, 25, joined West Ham from Ajax in 2023 and scored 13 goals in 72 Premier League appearances for the Hammers. He has two years left on his contract at the London Stadium.',
  'Tottenham have been looking for a right-sided forward since Dejan Kulusevski was ruled out for several months with a knee injury sustained in the final weeks of last season.',
];

export function transfer(): Pair[] {
  const talks = story(
    'pa-sport',
    'tottenham-in-talks-mohammed-kudus-west-ham',
    'Tottenham in advanced talks with West Ham over Mohammed Kudus',
    [
      'Tottenham are in advanced talks with West Ham over a deal for Ghana forward Mohammed Kudus, the PA news agency understands.',
      'The two London clubs are negotiating over a fee that could reach £55million including add-ons, with West Ham holding out for a sell-on clause.',
      ...transferBackground,
      'Kudus is understood to be keen on the move and personal terms are not expected to be a problem.',
    ],
  );
  const done = story(
    'pa-sport',
    'tottenham-complete-kudus-signing',
    'Tottenham complete £55million signing of Mohammed Kudus from West Ham',
    [
      'Tottenham have completed the signing of Ghana forward Mohammed Kudus from West Ham for a fee that could rise to £55million.',
      'Kudus has signed a seven-year contract and passed a medical on Thursday after the two clubs agreed a deal including a 10 per cent sell-on clause.',
      ...transferBackground,
      '"I am very happy to be here and I cannot wait to get started," Kudus told the club’s website. "The manager explained his plans for me and it was an easy decision."',
    ],
  );
  const reprinted = reprint(
    done,
    'standard-sport',
    'kudus-seals-tottenham-move',
    'Mohammed Kudus seals Spurs move as West Ham cash in',
    {
      intro:
        'Mohammed Kudus has joined Tottenham from West Ham in a deal that could be worth £55million, ending a week of talks between the London rivals.',
      curly: true,
    },
  );
  return [
    stagePair(
      'h4-transfer-talks-vs-signed',
      'transfer',
      talks,
      done,
      'one transfer: advanced talks, then the signing; background shared',
    ),
    stagePair(
      'h4-transfer-signed-copy',
      'transfer',
      done,
      reprinted,
      'the signing reprinted: "complete signing" becomes "seals move", rewritten intro',
      'duplicate',
    ),
  ];
}

const managerBackground = [
  'Hertha, relegated from the Bundesliga in 2023, are 14th in the second division with 15 points from 13 matches, five points above the relegation play-off place.',
  'Their 3-0 home defeat by Karlsruher SC on Saturday was the fourth loss in five league games.',
];

export function managerReplaced(): Pair[] {
  const sacked = story(
    'afp-sport',
    'hertha-berlin-sack-coach',
    'Hertha Berlin sack coach Kessler after Karlsruhe thrashing',
    [
      'Berlin (AFP) - Hertha Berlin sacked coach Jonas Kessler on Sunday, less than a year after his appointment, the second-division club announced.',
      ...managerBackground,
      '"We no longer see the necessary development in the team," sporting director Benjamin Weber said. Assistant coach Tobias Reimann will take charge of training on an interim basis.',
    ],
  );
  const named = story(
    'afp-sport',
    'hertha-berlin-appoint-new-coach',
    'Hertha Berlin name Markus Anfang as new coach',
    [
      'Berlin (AFP) - Hertha Berlin appointed Markus Anfang as their new coach on Wednesday, three days after sacking Jonas Kessler.',
      'Anfang, 51, who previously coached Cologne, Darmstadt and Dynamo Dresden, signed a contract until June 2027.',
      ...managerBackground,
      '"Markus knows this league and knows how to get a team back on track," sporting director Benjamin Weber said. Anfang’s first match will be at Paderborn on Saturday.',
    ],
  );
  return [
    stagePair(
      'h4-manager-sacked-vs-successor',
      'manager-replaced',
      sacked,
      named,
      'one club: the coach sacked on Sunday, his successor named on Wednesday; background shared',
    ),
  ];
}

type Frame = [string, number, string, number];

function snooker(day: string, dayOfMonth: number, round: string, results: Frame[], quote: string): Side {
  const lines = results.map(([w, ws, l, ls]) => `${w} beat ${l} ${ws}-${ls}`);
  const [first] = results;
  return side(
    'pa-snooker',
    `uk-championship-results-${dayOfMonth}-nov`,
    `Snooker: UK Championship ${round.replace(/^the /, '')} results`,
    `Results from ${round} of the UK Championship at the York Barbican on ${day} (English unless stated):\n\n${lines.join('\n')}\n\n${first?.[0] ?? ''} reached the next round with a ${first?.[1]}-${first?.[3]} win over ${first?.[2] ?? ''}. ${quote}\n\nThe winner of the tournament receives £250,000 and the runner-up £100,000. The final, over 19 frames, is played on December 7.`,
  );
}

const firstDay = snooker(
  'Tuesday',
  25,
  'the first round',
  [
    ['Judd Trump', 6, 'Jackson Page (Wal)', 3],
    ['Mark Selby', 6, 'Hossein Vafaei (Irn)', 4],
    ['Zhao Xintong (Chn)', 6, 'Jack Lisowski', 2],
    ['Neil Robertson (Aus)', 6, 'Ricky Walden', 5],
  ],
  '"I didn’t play my best but I got over the line," Trump said.',
);

export function snookerRounds(): Pair[] {
  const copy = reprint(
    firstDay,
    'bbc-snooker',
    'uk-championship-first-round-tuesday',
    'UK Championship: Trump, Selby, Zhao and Robertson win first-round ties',
    {
      intro: 'Results from the UK Championship first round in York on Tuesday (English unless stated):',
      cutLast: true,
    },
  );
  return [
    pair(
      'h4-snooker-two-days',
      'snooker-results',
      firstDay,
      snooker(
        'Wednesday',
        26,
        'the first round',
        [
          ['Ronnie O’Sullivan', 6, 'Stuart Bingham', 4],
          ['Kyren Wilson', 6, 'Si Jiahui (Chn)', 1],
          ['John Higgins (Sco)', 6, 'Matthew Selt', 5],
          ['Shaun Murphy', 6, 'Ding Junhui (Chn)', 3],
        ],
        '"It was a scrappy game but I will take it," O’Sullivan said.',
      ),
      'one tournament’s results of two days, one template',
    ),
    pair(
      'h4-snooker-copy',
      'snooker-results',
      firstDay,
      copy,
      'the results reprinted with a new headline and intro, the prize-money paragraph cut',
      'duplicate',
    ),
  ];
}

function extension(
  player: string,
  age: number,
  until: number,
  apps: number,
  goals: number,
  from: string,
  quote: string,
): Side {
  const surname = player.split(' ').at(-1) ?? player;
  return side(
    'pa-sport',
    `aston-villa-${surname.toLowerCase()}-new-contract`,
    `${player} signs new Aston Villa contract until ${until}`,
    `${player} has signed a new contract with Aston Villa that runs until the summer of ${until}, the club have announced.\n\nThe ${age}-year-old joined Villa from ${from} and has made ${apps} appearances in all competitions, scoring ${goals} goals.\n\n${quote}\n\nVilla head coach Unai Emery said: "${surname} is an important player for us and for the project of the club. I am very happy that he has committed his future to Aston Villa."\n\nVilla are fifth in the Premier League and play Bournemouth at Villa Park on Saturday.`,
  );
}

export function contractExtensions(): Pair[] {
  return [
    pair(
      'h4-contract-two-players',
      'contract-extensions',
      extension(
        'Morgan Rogers',
        23,
        2031,
        96,
        21,
        'Middlesbrough in February 2024',
        '"This club means a lot to me and I want to win trophies here," Rogers told the club’s website.',
      ),
      extension(
        'Ezri Konsa',
        27,
        2030,
        201,
        9,
        'Brentford in 2019',
        '"I have grown so much as a player and a person here," Konsa said.',
      ),
      'two players’ contract extensions at one club, one template',
    ),
  ];
}
