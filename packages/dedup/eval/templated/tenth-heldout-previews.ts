import type { Pair } from './kit.ts';
import { cutLast, merged, stagePair as pair, reprint, story } from './tenth-heldout-kit.ts';

// The tenth held-out part, continued: a preview beside its result, the result recounting what the
// preview set out, and the copies outlets make of one of them. Players and officials are invented;
// figures made up.

export function tableTennisFinal(): Pair[] {
  const preview = story(
    'afp-sports',
    'tt-worlds-team-final-preview-busan',
    'Japan seek to end China reign in world team table tennis final',
    [
      "BUSAN, South Korea (AFP) - Japan's women will try to end China's run of six straight world team titles when the two sides meet in the final of the world team table tennis championships in Busan on Sunday.",
      'Japan reached the final by beating Germany 3-1 on Saturday, with 19-year-old Haruka Mizutani winning both her singles. China swept Romania 3-0 in the other semi-final without dropping a game in the last two rubbers.',
      'China last lost a world team final in 2010, to Singapore. Japan have reached the final five times since then and lost every time, three of them by 3-2.',
      '"We have nothing to lose. All the pressure is on them," Japan coach Yuki Sakamoto said. The final starts at 2 p.m. local time (0500 GMT).',
    ],
  );
  const result = story(
    'afp-sports',
    'tt-worlds-japan-beat-china-team-final',
    'Japan stun China to win world team table tennis title',
    [
      "BUSAN, South Korea (AFP) - Japan's women beat China 3-2 in the final of the world team table tennis championships in Busan on Sunday, ending China's run of six straight titles and handing them their first defeat in a world team final since 2010.",
      'Haruka Mizutani, 19, won the deciding fifth rubber 11-9 in the fifth game against world number two Chen Yuxin after Japan had trailed 2-1. Mizutani had also won both her singles in the 3-1 semi-final win over Germany.',
      'Japan had lost five finals to China since 2010, three of them by 3-2. They last won the team title in 1971, in Nagoya.',
      '"I did not think about who was on the other side of the table, only the next ball," Mizutani said. China coach Li Jianguo said his team "were not brave enough at the end".',
    ],
  );
  const printed = merged(
    result,
    'japan-times-sports',
    'mizutani-clinches-team-title',
    'Mizutani clinches first world team crown for Japan in 54 years',
  );
  return [
    pair(
      'h10-tt-final-preview-vs-result',
      'tt-team-final',
      preview,
      result,
      "one final: Saturday's preview with the semi-finals and history, Sunday's result recounting them",
    ),
    pair(
      'h10-tt-final-merged-copy',
      'tt-team-final',
      result,
      printed,
      'the result reprinted under its own headline with its paragraphs run together in twos',
      'duplicate',
    ),
  ];
}

export function satelliteLaunch(): Pair[] {
  const preview = story(
    'reuters-science',
    'ariane-6-weather-satellite-launch-preview',
    'Europe set to launch next-generation weather satellite on Ariane 6',
    [
      'PARIS, March 11 (Reuters) - An Ariane 6 rocket is due to lift off from Kourou in French Guiana on Thursday carrying a European weather satellite that forecasters say will give earlier warning of thunderstorms, the European Space Agency said.',
      'The 3.8-tonne MTG-S2 satellite, built by Thales Alenia Space for the weather agency Eumetsat, carries a lightning imager and an infrared sounder that can map temperature and moisture through the atmosphere every 30 minutes.',
      'The launch window opens at 8.02 p.m. local time (2302 GMT) and lasts 47 minutes. It will be the fifth flight of Ariane 6, whose second launch in 2025 was delayed by a ground equipment fault.',
      'Eumetsat has put the cost of the programme, including six satellites, at 4.3 billion euros.',
    ],
  );
  const launched = story(
    'reuters-science',
    'ariane-6-launches-weather-satellite',
    'Ariane 6 puts European weather satellite into orbit',
    [
      "PARIS, March 13 (Reuters) - An Ariane 6 rocket lifted off from Kourou in French Guiana on Thursday and placed a European weather satellite into orbit, the European Space Agency said, a success for the continent's new heavy launcher on its fifth flight.",
      'The 3.8-tonne MTG-S2 satellite, built by Thales Alenia Space for Eumetsat, separated from the upper stage 34 minutes after launch. Controllers in Darmstadt confirmed 50 minutes later that its solar array had deployed.',
      'The satellite carries a lightning imager and an infrared sounder that can map temperature and moisture every 30 minutes. Its first images are expected in about three months.',
      '"Forecasters will see storms building before the clouds even form," Eumetsat director-general Paul Hennessy said in Darmstadt.',
      'Arianespace said it planned eight more Ariane 6 flights this year.',
    ],
  );
  const cut = cutLast(
    launched,
    'space-news-daily',
    'mtg-s2-reaches-orbit-ariane-6',
    "Eumetsat's storm-watching satellite reaches orbit on fifth Ariane 6 flight",
    2,
  );
  return [
    pair(
      'h10-launch-preview-vs-launched',
      'weather-satellite-launch',
      preview,
      launched,
      'one launch: the preview with the satellite and the window, the launch recounting them two days later',
    ),
    pair(
      'h10-launch-cut-copy',
      'weather-satellite-launch',
      launched,
      cut,
      'the launch reprinted under its own headline with its last two paragraphs cut',
      'duplicate',
    ),
  ];
}

const disputeBackground =
  'The EU imposed duties of 14.6% to 38% on frozen pangasius fillets from Vietnam in 2023, saying exporters sold below cost. Vietnam, which ships about 210 million dollars of the fish to the bloc a year, says the duties broke WTO rules on calculating costs.';

export function wtoRuling(): Pair[] {
  const preview = story(
    'reuters-trade',
    'wto-panel-to-rule-vietnam-eu-fish-duties',
    'WTO panel to rule on Vietnam challenge to EU fish duties',
    [
      "GENEVA, June 22 (Reuters) - A World Trade Organization panel will publish its ruling on Monday on Vietnam's challenge to European Union anti-dumping duties on its catfish, a case trade lawyers see as a test of how the bloc calculates dumping margins.",
      disputeBackground,
      "A ruling against the EU would be the first in a trade remedy case brought by Vietnam. Either side can appeal, but with the WTO's appellate body unable to hear cases since 2019, an appeal would leave the dispute unresolved.",
    ],
  );
  const ruling = story(
    'reuters-trade',
    'wto-rules-against-eu-vietnam-fish-duties',
    'WTO rules EU fish duties on Vietnam broke trade rules',
    [
      'GENEVA, June 24 (Reuters) - A World Trade Organization panel ruled on Monday that European Union anti-dumping duties on Vietnamese catfish broke global trade rules, handing Vietnam its first win in a trade remedy case and telling the bloc to bring them into line.',
      disputeBackground,
      'The panel found the EU had wrongly used Indian production costs to calculate the margins. The European Commission said it would study the report. It has 60 days to decide whether to appeal "into the void" while the appellate body remains idle.',
    ],
  );
  const local = reprint(
    ruling,
    'vnexpress-international',
    'wto-sides-with-vietnam-pangasius',
    'WTO sides with Vietnam in pangasius duty dispute with EU',
    {
      local: {
        after: 2,
        text: "In Dong Thap, the Mekong Delta province that produces a third of the country's pangasius, the processors' association said exports to Europe had halved since 2023 and that members had laid off about 6,000 workers.",
      },
    },
  );
  return [
    pair(
      'h10-wto-preview-vs-ruling',
      'wto-catfish-ruling',
      preview,
      ruling,
      'one ruling: the preview with the dispute, the ruling two days later recounting it',
    ),
    pair(
      'h10-wto-ruling-local-copy',
      'wto-catfish-ruling',
      ruling,
      local,
      'the ruling reprinted by a Vietnamese outlet under its own headline, a paragraph of local context added',
      'duplicate',
    ),
  ];
}

export function badmintonFinal(): Pair[] {
  const preview = story(
    'reuters-sports',
    'all-england-mens-final-preview',
    'Dane Holm faces Indonesian Santoso in All England final',
    [
      "BIRMINGHAM, England, March 15 (Reuters) - Denmark's Rasmus Holm will meet Indonesia's Bagas Santoso in the men's singles final of the All England Championships on Sunday, a rematch of last month's European-Asian invitation final that Santoso won in three games.",
      "Holm, the world number four, beat top seed Lin Weicheng of China 21-18 21-16 in Saturday's semi-final. Santoso needed 84 minutes to get past Japan's Kenta Arakawa 19-21 21-17 23-21.",
      'No Dane has won the men\'s title since 2021. "I have lost to him twice this year, so I know what I need to change," Holm said. The final is the last match of the day at Utilita Arena.',
    ],
  );
  const result = story(
    'reuters-sports',
    'all-england-holm-beats-santoso',
    'Holm beats Santoso to win All England title',
    [
      "BIRMINGHAM, England, March 16 (Reuters) - Denmark's Rasmus Holm beat Indonesia's Bagas Santoso 21-15 17-21 21-19 to win the men's singles title at the All England Championships on Sunday, avenging his defeat in their meeting last month.",
      'The world number four saved two game points in the decider and won the last four points of the match. He had beaten top seed Lin Weicheng in straight games in the semi-finals, while Santoso came through an 84-minute semi-final against Kenta Arakawa.',
      '"I changed my serve and I stayed patient," Holm said. "After last month I didn\'t want to feel that again." He is the first Dane to win the title since 2021 and takes home 92,750 dollars.',
    ],
  );
  const copy = reprint(
    result,
    'bbc-sport-badminton',
    'holm-all-england-champion',
    'Holm edges thriller to claim All England crown',
    {
      intro:
        "Rasmus Holm is All England champion after the Dane saved two game points late in the decider to beat Indonesia's Bagas Santoso 21-15 17-21 21-19 in Birmingham on Sunday.",
      curly: true,
    },
  );
  return [
    pair(
      'h10-badminton-preview-vs-final',
      'all-england-final',
      preview,
      result,
      'one final: the preview with the semi-finals, the result recounting them the next day',
    ),
    pair(
      'h10-badminton-final-copy',
      'all-england-final',
      result,
      copy,
      'the result reprinted under its own headline ("beats" / "edges thriller"), with a rewritten intro and curly quotes',
      'duplicate',
    ),
  ];
}
