import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, story } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: previews beside their reports — a ski jump, a leaders' debate, a
// cup draw and an auction. Athletes are invented; people, results and figures made up.

const jumpBackground = [
  "Jonas Steiner of Austria leads the overall World Cup standings with 612 points, 48 ahead of Norway's Halvor Lie, after winning three of the first eight competitions of the season.",
  'The large hill at Wisła has a hill size of 134 metres, and its record of 139.5 metres has stood since 2019.',
];

export function skiJumping(): Pair[] {
  const preview = story(
    'fis-newsroom',
    'wisla-large-hill-preview',
    'Steiner aims to extend World Cup lead in Wisła',
    [
      'WISŁA, Poland - The ski jumping World Cup moves to Wisła this weekend, where Jonas Steiner will try to stretch his lead in the overall standings in front of a crowd of 8,000 on Saturday.',
      ...jumpBackground,
      "Poland's team is led by Kacper Wróbel, fifth overall, who won in Wisła last season. Qualification is on Friday evening, with the competition starting at 16:00 local time on Saturday. Winds are forecast to be light.",
    ],
  );
  const report = story(
    'fis-newsroom',
    'wisla-large-hill-report',
    'Wróbel wins in Wisła as Steiner finishes fourth',
    [
      'WISŁA, Poland - Home jumper Kacper Wróbel won the World Cup large-hill competition in Wisła on Saturday with jumps of 131 and 136.5 metres, to the delight of a crowd of 8,000.',
      "Norway's Halvor Lie was second, 4.2 points behind, and Slovenia's Tilen Kos third. Overall leader Jonas Steiner finished fourth after a shorter second jump in a gusting tailwind.",
      ...jumpBackground.slice(1),
      'Steiner now leads Lie by 28 points. The World Cup moves on to Zakopane next weekend.',
    ],
  );
  const reprinted = reprint(
    report,
    'notesfrompoland',
    'wrobel-triumphs-wisla',
    'Wróbel triumphs on home hill in Wisła',
    {
      intro:
        'Kacper Wróbel delighted 8,000 home fans by taking victory in the World Cup large-hill competition in Wisła on Saturday, flying 131 and 136.5 metres.',
      curly: true,
    },
  );
  return [
    pair(
      'h7-ski-jump-preview-vs-report',
      'ski-jumping',
      preview,
      report,
      'one competition: the preview, then the report; the hill and the standings shared',
    ),
    pair(
      'h7-ski-jump-report-copy',
      'ski-jumping',
      report,
      reprinted,
      'the report reprinted: "wins" becomes "triumphs", rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}

const debateBackground = [
  'The debate between Prime Minister Hanna Lindqvist of the Social Democrats and opposition leader Erik Falk of the Moderates is the only head-to-head meeting of the campaign before the election on September 14.',
  'Polls put the two blocs within two points of each other, with healthcare waiting times, crime and electricity prices the main issues for voters.',
];

export function leadersDebate(): Pair[] {
  const preview = story(
    'thelocal-se',
    'lindqvist-falk-debate-tonight',
    "What to watch for in tonight's Lindqvist-Falk debate",
    [
      "STOCKHOLM - Sweden's two candidates for prime minister meet in a televised debate on SVT at 8pm tonight, with both camps hoping for a breakthrough in a deadlocked race.",
      ...debateBackground,
      "Lindqvist is expected to attack Falk over his party's plans to cut sick pay, while Falk's advisers say he will focus on gang violence. The debate lasts 90 minutes and will be moderated by Anna Berglund.",
    ],
  );
  const report = story(
    'thelocal-se',
    'lindqvist-falk-debate-clashes',
    'Lindqvist and Falk clash over crime and sick pay in TV debate',
    [
      'STOCKHOLM - Prime Minister Hanna Lindqvist and challenger Erik Falk clashed over gang crime and sick pay on Wednesday night in a bad-tempered televised debate, with neither landing a decisive blow.',
      ...debateBackground,
      'A snap poll by Novus for SVT found 44% thought Falk had performed better and 41% Lindqvist. The most heated moment came when Falk accused the prime minister of "losing control of the suburbs".',
    ],
  );
  return [
    pair(
      'h7-debate-preview-vs-report',
      'leaders-debate',
      preview,
      report,
      'one debate: what to watch for, then how it went; background shared',
    ),
  ];
}

const drawBackground = [
  'The sixteen clubs left in the Coppa Italia include holders Atalanta, Serie A leaders Napoli and two sides from Serie B, Palermo and Sampdoria.',
  'Ties in the round of 16 are single matches played in January, with the eight seeded clubs at home. The semi-finals are played over two legs and the final is in Rome in May.',
];

export function cupDraw(): Pair[] {
  const preview = story(
    'ansa-english',
    'coppa-italia-draw-preview',
    'Coppa Italia last-16 draw on Thursday',
    [
      'ROME - The draw for the round of 16 of the Coppa Italia will be made in Milan on Thursday at 13:00, the league said on Tuesday.',
      ...drawBackground,
      'Napoli coach Sergio Conte said he had "no preference" over opponents. Juventus, who have won the trophy a record 15 times, were knocked out by Monza in the previous round.',
    ],
  );
  const drawn = story(
    'ansa-english',
    'coppa-italia-draw-napoli-palermo',
    'Napoli drawn against Palermo in Coppa Italia last 16',
    [
      "ROME - Serie A leaders Napoli will host Palermo in the round of 16 of the Coppa Italia, after Thursday's draw in Milan, while holders Atalanta face Fiorentina.",
      'The other ties are Inter v Sampdoria, Lazio v Torino, Roma v Monza, Milan v Genoa, Bologna v Udinese and Como v Cagliari.',
      ...drawBackground,
      'The matches will be played between January 13 and 22.',
    ],
  );
  return [
    pair(
      'h7-cup-draw-preview-vs-draw',
      'cup-draw',
      preview,
      drawn,
      'one draw: its preview, then the ties drawn; background shared',
    ),
  ];
}

const auctionBackground = [
  'The painting, "Harbour at Dusk" by the Danish painter Vilhelm Ostergaard, has been in the same private collection in Copenhagen since 1921 and has not been seen in public for more than a century.',
  'The record for a work by the artist is £3.1 million, paid in London in 2018.',
];

export function auctionSale(): Pair[] {
  const preview = story(
    'reuters-lifestyle',
    'ostergaard-harbour-at-dusk-to-be-sold',
    'Lost Danish masterpiece expected to fetch up to 5 million pounds at auction',
    [
      "LONDON, Nov 28 (Reuters) - A harbour scene by Vilhelm Ostergaard that was last exhibited in 1912 is expected to sell for 3 million to 5 million pounds at Christie's in London next week, the auction house said on Friday.",
      ...auctionBackground,
      "The painting goes on view at Christie's in King Street from Saturday. The sale is on Tuesday evening, December 2, alongside works by Hammershøi and Munch.",
    ],
  );
  const sold = story(
    'reuters-lifestyle',
    'ostergaard-harbour-at-dusk-sells-record',
    'Danish harbour scene sells for record 6.2 million pounds',
    [
      'LONDON, Dec 2 (Reuters) - Vilhelm Ostergaard\'s "Harbour at Dusk" sold for 6.2 million pounds including fees at Christie\'s in London on Tuesday, above its top estimate and a record for the artist.',
      ...auctionBackground,
      "Four bidders competed for the painting for nine minutes before it went to a buyer bidding by telephone, Christie's said. The whole evening sale raised 48.7 million pounds.",
    ],
  );
  return [
    pair(
      'h7-auction-preview-vs-sale',
      'auction-sale',
      preview,
      sold,
      'one painting: the estimate before the sale, then the price it made; background shared',
    ),
  ];
}
