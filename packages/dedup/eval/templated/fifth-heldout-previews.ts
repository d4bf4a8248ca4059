import { stagePair as pair, reprint, story } from './fifth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fifth held-out part, continued: a preview and the report of one event, and a prize's shortlist
// and its winner. Clubs, players, writers and books are invented; every score and figure is made up.

const cupBackground = [
  "Jeonbuk-based Hanbit FC are playing in their first cup final since 2014, while Incheon Harbor have won the competition twice, most recently in 2021. The winner earns a place in next season's AFC Champions League Two.",
  'The two sides met twice in the league this season, Hanbit winning 2-1 at home in April and the teams drawing 1-1 in Incheon in August.',
];

export function cupFinal(): Pair[] {
  const preview = story(
    'yonhap-sports',
    'korea-cup-final-preview-hanbit-incheon-harbor',
    '(LEAD) Hanbit, Incheon Harbor set for Korea Cup final showdown',
    [
      'SEOUL, Nov. 28 (Yonhap) -- Hanbit FC and Incheon Harbor will meet in the final of the Korea Cup at Seoul World Cup Stadium on Saturday, with both clubs chasing their only trophy of the season.',
      ...cupBackground,
      'Hanbit head coach Yoo Min-seok said his side would be without captain Choi Dong-hyun, who is suspended after a red card in the semifinal. "We have prepared for this all week. The players know what this final means to our fans," Yoo said at a press conference on Friday. Kickoff is at 1:30 p.m.',
    ],
  );
  const report = story(
    'yonhap-sports',
    'korea-cup-final-incheon-harbor-beat-hanbit',
    'Incheon Harbor beat Hanbit 2-0 to win Korea Cup',
    [
      'SEOUL, Nov. 29 (Yonhap) -- Incheon Harbor defeated Hanbit FC 2-0 in the final of the Korea Cup at Seoul World Cup Stadium on Saturday, lifting the trophy for the third time.',
      'Brazilian striker Thiago Mendes headed in the opener in the 38th minute, and substitute Lee Jun-ho sealed the win with a low shot in stoppage time. Hanbit, missing suspended captain Choi Dong-hyun, had 61 percent of possession but managed only two shots on target.',
      ...cupBackground,
      'A crowd of 31,407 watched the match. Incheon Harbor head coach Kang Tae-sik said: "Nobody gave us a chance this year. This one is for the fans who stayed with us."',
    ],
  );
  const reprinted = reprint(
    report,
    'joongang-sports',
    'incheon-harbor-win-korea-cup-third-title',
    'Incheon Harbor claim third Korea Cup title with win over Hanbit',
    {
      intro:
        'Incheon Harbor won the Korea Cup for the third time on Saturday, beating Hanbit FC 2-0 in the final at Seoul World Cup Stadium.',
      cutLast: true,
    },
  );
  return [
    pair(
      'h5-cup-final-preview-vs-report',
      'cup-final',
      preview,
      report,
      "one final: the eve-of-match preview and the match report; the clubs' background shared",
    ),
    pair(
      'h5-cup-final-report-copy',
      'cup-final',
      report,
      reprinted,
      'the match report reprinted: "beat" becomes "claim third title", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}

const testBackground = [
  'England lead the three-match series 1-0 after winning by six wickets at Trent Bridge. Sri Lanka have not won a Test in England since 2014.',
  'Seamer Tom Ashworth returns for England in place of the injured Harry Penrose, while Sri Lanka have called up uncapped left-arm spinner Dilan Weerasekara.',
];

export function testMatch(): Pair[] {
  const preview = story(
    'pa-sport',
    'england-sri-lanka-second-test-preview-lords',
    "England aim to seal series against Sri Lanka at Lord's",
    [
      "England will look to wrap up the series against Sri Lanka when the second Test begins at Lord's on Thursday.",
      ...testBackground,
      'Captain Joe Harland said: "Lord\'s is always special, and we want to finish the job here rather than go to The Oval needing a result." Rain is forecast for Thursday afternoon, and the pitch has a green tinge.',
    ],
  );
  const dayOne = story(
    'pa-sport',
    'england-sri-lanka-second-test-day-one-report',
    "Ashworth takes four as England bowl Sri Lanka out for 211 at Lord's",
    [
      "Tom Ashworth marked his return with four for 52 as England bowled Sri Lanka out for 211 on the first day of the second Test at Lord's.",
      'Sri Lanka, put in after Joe Harland won the toss, slipped to 88 for five before Pasindu Wickramage made 74. England reached 41 for one at the close, Will Ashby falling for 12 in the final over.',
      ...testBackground,
      'About 50 minutes were lost to rain after tea. "The ball did a bit all day, and Tom hit his lengths from the first over," Harland said.',
    ],
  );
  return [
    pair(
      'h5-test-preview-vs-day-one',
      'test-match',
      preview,
      dayOne,
      "one Test: the preview on the eve, the first day's report; the series background shared",
    ),
  ];
}

const prizeBackground = [
  'The Halloway Prize, worth £40,000 to the winner, is awarded each year to the best novel by a writer from Britain or Ireland. Each shortlisted author receives £2,500.',
  "This year's judges, chaired by the broadcaster Miriam Oduya, read 164 novels submitted by publishers.",
];

export function prize(): Pair[] {
  const shortlist = story(
    'pa-arts',
    'halloway-prize-shortlist-announced',
    'Debut novelists dominate Halloway Prize shortlist',
    [
      "Four debut novels are among the six books shortlisted for this year's Halloway Prize, announced on Tuesday.",
      'The shortlist is: The Salt Road by Niamh Casey, Low Tide at Allonby by Peter Marr, Glass Houses by Rukhsana Ali, A Minor Saint by Owen Tierney, The Orchard Year by Jess Whitlow and What the River Took by Daniel Osei.',
      ...prizeBackground,
      'Ms Oduya said: "These are books that take risks with form and never lose sight of the reader." The winner will be announced at a ceremony in London on November 11.',
    ],
  );
  const winner = story(
    'pa-arts',
    'halloway-prize-winner-niamh-casey-salt-road',
    'Niamh Casey wins Halloway Prize with debut The Salt Road',
    [
      "Irish writer Niamh Casey has won this year's Halloway Prize for her debut novel The Salt Road.",
      'The book, which follows three generations of a Donegal fishing family, beat five other shortlisted novels, including Low Tide at Allonby by Peter Marr and Glass Houses by Rukhsana Ali.',
      ...prizeBackground,
      'Accepting the award at a ceremony in London on Tuesday evening, Casey, 34, said: "I wrote this book at a kitchen table in Killybegs while my children slept. I still cannot quite believe it." Ms Oduya said the judges had reached a unanimous decision.',
    ],
  );
  const reprinted = reprint(
    winner,
    'irishtimes-culture',
    'niamh-casey-halloway-prize-salt-road-killybegs',
    'Donegal author Niamh Casey takes Halloway Prize for The Salt Road',
    {
      local: {
        after: 1,
        text: 'Casey, who grew up in Killybegs and now lives in Letterkenny, is the first Irish winner of the prize in nine years.',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h5-prize-shortlist-vs-winner',
      'prize',
      shortlist,
      winner,
      'one prize: the six-book shortlist, then the winner named at the ceremony; prize paragraphs and titles shared',
    ),
    pair(
      'h5-prize-winner-copy',
      'prize',
      winner,
      reprinted,
      'the winner reprinted by an Irish paper: "wins" becomes "takes", a local paragraph, curly quotes',
      'duplicate',
    ),
  ];
}
