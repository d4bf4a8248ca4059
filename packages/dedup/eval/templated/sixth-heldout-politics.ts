import type { Pair } from './kit.ts';
import { stagePair as pair, story } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: two stages of a no-confidence motion, a retailer's administration
// and a doping case, the later story recounting the earlier one. Names are invented; figures made up.

const motionBackground = [
  'The opposition accuses the government of Prime Minister Tomas Virkus of mishandling the collapse of the state-owned rail freight company Baltrans, which left 1,800 workers without pay for two months and cost taxpayers about 140 million euros.',
  "The three-party coalition holds 54 of the 101 seats in the Seimas, but two of its members from the Farmers' Union have said they are undecided.",
];

export function noConfidence(): Pair[] {
  const tabled = story(
    'bns-english',
    'opposition-tables-no-confidence-motion-virkus',
    'Lithuanian opposition tables no-confidence motion against PM Virkus',
    [
      "VILNIUS, Oct 14 (BNS) - Lithuania's opposition parties on Tuesday tabled a motion of no confidence in Prime Minister Tomas Virkus, gathering 38 signatures, more than the fifth of lawmakers needed.",
      ...motionBackground,
      'Speaker Rasa Gudaitė said the Seimas would debate the motion next week. Virkus told reporters he was "calm" and confident the coalition would hold.',
    ],
  );
  const survived = story(
    'bns-english',
    'virkus-survives-no-confidence-vote',
    'Lithuanian PM Virkus survives no-confidence vote',
    [
      'VILNIUS, Oct 21 (BNS) - Lithuanian Prime Minister Tomas Virkus survived a no-confidence vote in parliament on Tuesday, with 44 lawmakers backing the opposition motion, short of the 51 needed to remove him.',
      "Fifty-two members voted against and five abstained, including the two Farmers' Union lawmakers who had said they were undecided.",
      ...motionBackground,
      'Virkus promised an independent audit of Baltrans and said the government would "now get back to work".',
    ],
  );
  return [
    pair(
      'h6-no-confidence-tabled-vs-vote',
      'no-confidence',
      tabled,
      survived,
      'one motion: tabled, then voted down a week later; background shared',
    ),
  ];
}

const retailerBackground = [
  'Pendle & Co, founded in Bolton in 1921, runs 74 department stores and employs about 6,300 people. It was hit by the shift to online shopping and by rising business rates, and lost 48 million pounds in the year to January.',
  'Its owner, the investment firm Grayling Capital, had tried for six months to sell the chain before the lenders called in a 90 million pound loan.',
];

export function retailerRescue(): Pair[] {
  const administration = story(
    'pa-business',
    'pendle-and-co-falls-into-administration',
    'Department store chain Pendle & Co falls into administration',
    [
      'LONDON (PA) - Department store chain Pendle & Co has collapsed into administration, putting 6,300 jobs at risk, after talks with potential buyers failed.',
      ...retailerBackground,
      'Administrators from Kinross Advisory said all stores would keep trading while they looked for a buyer. Gift cards will be honoured for 14 days.',
    ],
  );
  const bought = story(
    'pa-business',
    'pendle-and-co-bought-by-harcourt-stores',
    'Pendle & Co rescued by Harcourt in deal saving 52 stores',
    [
      'LONDON (PA) - Collapsed department store chain Pendle & Co has been bought out of administration by rival Harcourt Stores in a deal that saves 52 of its 74 shops and about 4,500 jobs.',
      'Administrators from Kinross Advisory said the remaining 22 stores, including the flagship in Bolton, would close by the end of August, with the loss of around 1,800 jobs.',
      ...retailerBackground,
      'Harcourt chief executive Lena Osei said Pendle was "a much-loved name" and would keep trading under its own brand.',
    ],
  );
  return [
    pair(
      'h6-retailer-administration-vs-rescue',
      'retailer-rescue',
      administration,
      bought,
      'one chain: collapse into administration, then the rescue deal seven weeks later; background shared',
    ),
  ];
}

const dopingBackground = [
  'Mwangi, 27, won the Berlin half marathon in April and was among the favourites for the world championships. A sample taken out of competition in Iten in February contained traces of the blood booster EPO, the Athletics Integrity Unit (AIU) said.',
  'He has denied knowingly taking a banned substance and said he had received treatment at a private clinic for a knee injury.',
];

export function dopingBan(): Pair[] {
  const suspended = story(
    'reuters-sports',
    'athletics-mwangi-provisionally-suspended-epo',
    "Athletics-Kenya's Mwangi provisionally suspended after EPO test",
    [
      'NAIROBI, June 3 (Reuters) - Kenyan distance runner Daniel Mwangi has been provisionally suspended after testing positive for EPO, the Athletics Integrity Unit said on Tuesday.',
      ...dopingBackground,
      'The suspension rules him out of the world championships in September. He can ask for his B sample to be tested.',
    ],
  );
  const banned = story(
    'reuters-sports',
    'athletics-mwangi-banned-four-years-epo',
    "Athletics-Kenya's Mwangi banned for four years for EPO",
    [
      'NAIROBI, Nov 18 (Reuters) - Kenyan distance runner Daniel Mwangi has been banned for four years for using EPO, the Athletics Integrity Unit said on Tuesday, and stripped of his Berlin half marathon title.',
      'A disciplinary tribunal rejected his explanation that the substance came from treatment at a clinic, finding "no credible evidence" for it. The ban is backdated to June 3, when he was provisionally suspended.',
      ...dopingBackground,
      'Mwangi has 30 days to appeal to the Court of Arbitration for Sport.',
    ],
  );
  return [
    pair(
      'h6-doping-suspended-vs-banned',
      'doping-ban',
      suspended,
      banned,
      'one athlete: provisional suspension, then the four-year ban five months later; background shared',
    ),
  ];
}
