import type { Pair } from './kit.ts';
import { side } from './kit.ts';
import { figures, stagePair as pair, reprint, story } from './ninth-heldout-kit.ts';

// The ninth held-out part, continued: a preview beside its report, and a report beside its results
// table. People, yachts, horses and companies are invented; times and figures are made up and seeded.

const raceBackground = [
  'Ninety-four yachts start the 628-nautical-mile race from Sydney Harbour on Boxing Day. Four 100-foot supermaxis are expected to fight for line honours, first across the line in Hobart.',
  'The race record of 1 day, 9 hours and 15 minutes was set in 2017. Forecasters expect a strong north-easterly for the first night, turning to a southerly change in Bass Strait on the second day.',
];

export function bluewaterRace(): Pair[] {
  const preview = story(
    'aap-sport',
    'sydney-hobart-line-honours-preview',
    'Supermaxis primed for Sydney to Hobart line honours duel',
    [
      'SYDNEY (AAP) - Defending champion Southern Cross and the new supermaxi Wild Oats Reborn are expected to duel for line honours in the Sydney to Hobart yacht race, which starts on Friday.',
      ...raceBackground,
      'Southern Cross skipper Mark Dalton said the record was "on if the breeze holds". Race director Ian Kerr warned crews to be ready for the southerly change.',
    ],
  );
  const report = story(
    'aap-sport',
    'sydney-hobart-line-honours-southern-cross',
    'Southern Cross claims back-to-back Sydney to Hobart line honours',
    [
      'HOBART (AAP) - Southern Cross took line honours in the Sydney to Hobart yacht race for the second year running, crossing the finish on the Derwent River at 9.42 p.m. on Saturday, 14 minutes ahead of Wild Oats Reborn.',
      ...raceBackground,
      'The winning time of 1 day, 10 hours and 42 minutes fell short of the record after the southerly change arrived early. Skipper Mark Dalton said it was "the closest finish I\'ve sailed".',
    ],
  );
  return [
    pair(
      'h9-hobart-preview-vs-line-honours',
      'bluewater-race',
      preview,
      report,
      "the race's preview (two supermaxis to duel) vs line honours a day later; background shared",
    ),
  ];
}

const payBackground = [
  'Larchmont Foods, the maker of Crispin crisps and Vale biscuits, proposed a long-term incentive plan that could pay Chief Executive Adrian Cole up to 11.8 million pounds a year, more than double his current maximum.',
  "Proxy adviser Glass Lewis and the Investment Association both flagged the plan, and Norway's sovereign wealth fund, which owns 2.4% of the company, said it would vote against.",
];

export function payVote(): Pair[] {
  const preview = story(
    'reuters-uk',
    'larchmont-agm-pay-revolt-looms',
    'Larchmont braces for shareholder revolt over CEO pay plan',
    [
      "LONDON, May 14 (Reuters) - Larchmont Foods faces a shareholder revolt at its annual meeting on Thursday over a pay plan that would more than double its chief executive's potential reward, with two leading proxy advisers urging investors to vote against.",
      ...payBackground,
      'Chairman Fiona Gault defended the plan in a letter to investors, saying Cole was "being courted by US rivals". The result of the binding vote will be published after the meeting.',
    ],
  );
  const result = story(
    'reuters-uk',
    'larchmont-shareholders-reject-pay',
    'Larchmont investors vote down CEO pay plan',
    [
      "LONDON, May 15 (Reuters) - Shareholders in Larchmont Foods on Thursday rejected a pay plan that would have more than doubled Chief Executive Adrian Cole's potential reward, with 58.3% voting against at the company's annual meeting.",
      ...payBackground,
      'It is the first defeat of a binding pay policy at a FTSE 100 company since 2019. Chairman Fiona Gault said the board would "reflect carefully" and consult investors before proposing a new plan.',
    ],
  );
  const reprinted = reprint(
    result,
    'this-is-money',
    'larchmont-pay-plan-defeated',
    "Crisp maker's boss denied £11.8m pay deal as investors rebel",
    {
      intro:
        "Investors in Larchmont Foods, the company behind Crispin crisps, have thrown out a plan that could have paid boss Adrian Cole up to £11.8million a year, with 58.3 per cent voting against at Thursday's AGM.",
      curly: true,
    },
  );
  return [
    pair(
      'h9-pay-vote-preview-vs-result',
      'pay-vote',
      preview,
      result,
      "the annual meeting's preview (a revolt braced for) vs the vote's result the next day; background shared",
    ),
    pair(
      'h9-pay-vote-result-copy',
      'pay-vote',
      result,
      reprinted,
      'the vote\'s result reprinted: "vote down" becomes "denied ... as investors rebel", rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}

const SKATERS = [
  'Femke Dijkstra (NED)',
  'Miho Takagawa (JPN)',
  'Jutta Leerink (NED)',
  'Brittany Kowal (USA)',
  'Karolina Zawada (POL)',
  'Ivanie Blondeau (CAN)',
  'Li Qiaoyun (CHN)',
  'Vanessa Herzig (GER)',
  'Kim Min-ji (KOR)',
  'Andrea Giovannini (ITA)',
];

export function speedSkating(): Pair[] {
  const f = figures('speed-skating:heerenveen-1000');
  let hundredths = 7_412;
  const rows = SKATERS.map((name, i) => {
    const t = hundredths;
    // The report gives the margin between the first two.
    hundredths += i === 0 ? 27 : f(4, 31);
    return `${i + 1}. ${name} 1:${String(Math.floor(t / 100) - 60).padStart(2, '0')}.${String(t % 100).padStart(2, '0')}`;
  });
  const report = story(
    'reuters-sports',
    'speed-skating-dijkstra-heerenveen-1000',
    'Dijkstra storms to 1,000m win in front of home crowd',
    [
      "HEERENVEEN, Netherlands, Nov 15 (Reuters) - Femke Dijkstra won the women's 1,000 metres at the World Cup in Heerenveen on Saturday, beating Japan's Miho Takagawa by 0.27 seconds in front of 12,000 fans at the Thialf rink.",
      'Dijkstra, 23, skated 1:14.12 in the last pair, the fastest time at sea level this season. Takagawa, the world champion, had led for most of the afternoon after racing in the 8th pair.',
      'Jutta Leerink made it two Dutch skaters on the podium. American Brittany Kowal, the Olympic silver medallist, finished fourth after slipping on the last bend. "I heard the crowd on the back straight and just went," Dijkstra said.',
    ],
  );
  const table = side(
    'reuters-sports',
    'speed-skating-results-heerenveen-women-1000',
    "Speed skating-World Cup Heerenveen women's 1,000m results",
    [
      "HEERENVEEN, Netherlands, Nov 15 (Reuters) - Results of the women's 1,000 metres at the speed skating World Cup meeting at the Thialf rink on Saturday:",
      rows.join('\n'),
      `World Cup standings after ${f(2, 3)} of 7 races: 1. Takagawa ${f(150, 180)} points, 2. Dijkstra ${f(120, 149)}, 3. Leerink ${f(90, 119)}.`,
    ].join('\n\n'),
  );
  return [
    pair(
      'h9-skating-report-vs-results',
      'speed-skating',
      report,
      table,
      "the race's report vs its results table: same race, same skaters, the report's prose against the table",
    ),
  ];
}

const RIDERS = [
  'Henrik Lundqvist (SWE) on Caprice du Moulin',
  'Laura Kessler (GER) on Quintero',
  'Sean Donnelly (IRL) on Ballyhale Dancer',
  'Marc Beaudry (FRA) on Vivaldi des Prés',
  'Jessica Park (USA) on Galaxy Z',
  'Thijs van Rooij (NED) on Hermes',
  'Anna Castellani (ITA) on Tornado Blu',
  'Felix Brandl (AUT) on Chacco Star',
];

export function showJumping(): Pair[] {
  const f = figures('show-jumping:aachen-grand-prix');
  const rows = RIDERS.map((rider, i) => {
    // Below the jump-off, riders rank by faults, then by their time in round two.
    const faults = i < 3 ? 0 : i < 6 ? 4 : 8;
    // The report says the winner alone went clear inside 40 seconds.
    const time = `${39 + i}.${String(f(0, 99)).padStart(2, '0')}`;
    return `${i + 1}. ${rider} ${faults} faults, ${i < 3 ? `jump-off ${time}` : `round two ${50 + i}.${f(10, 99)}`}`;
  });
  const report = story(
    'dpa-international',
    'aachen-grand-prix-lundqvist',
    'Lundqvist wins Aachen Grand Prix in three-way jump-off',
    [
      "AACHEN, Germany (dpa) - Sweden's Henrik Lundqvist won the Rolex Grand Prix at the Aachen World Equestrian Festival on Sunday, riding Caprice du Moulin to the only clear round inside 40 seconds in a three-way jump-off.",
      "Germany's Laura Kessler on Quintero was second and Ireland's Sean Donnelly third in front of 40,000 spectators. Forty riders started the two-round class, worth 1.5 million euros, and three went clear twice.",
      '"She was like a cat today," Lundqvist said of his 11-year-old mare. It was his first win in Aachen at his ninth attempt, and it puts him top of the Grand Slam rankings.',
    ],
  );
  const table = side(
    'dpa-international',
    'aachen-grand-prix-results',
    'Show jumping: Aachen Grand Prix results',
    [
      'AACHEN, Germany (dpa) - Results of the Rolex Grand Prix at the World Equestrian Festival in Aachen on Sunday (two rounds and jump-off, prize money 1.5 million euros):',
      rows.join('\n'),
      `Starters: 40. Clear in round one: ${f(9, 14)}. Time allowed: 87 seconds (round one), 58 seconds (round two).`,
    ].join('\n\n'),
  );
  return [
    pair(
      'h9-grand-prix-report-vs-results',
      'show-jumping',
      report,
      table,
      "the Grand Prix's report vs its results table: same class, same riders",
    ),
  ];
}
