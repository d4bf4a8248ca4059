import { stagePair as pair, reprint, story } from './fourth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fourth held-out part, continued: two stages of one business affair (a bid launched and rejected,
// job cuts announced and the plant closed, a rate decision previewed and taken, a phone unveiled and on
// sale, a drug backed by advisers and approved). Bidders, targets and drugs are fictitious; figures made up.

const bidBackground = [
  'Harlow Brands, which makes Tidemark cleaning products and Fenwood pet food, has struggled with falling volumes in Europe and has cut its sales forecast twice this year. Its shares had fallen 22% in the 12 months before the approach.',
  'Castell Partners, a New York-based consumer investment firm, already owns a 4.8% stake in Harlow and has called for the company to sell its pet food business.',
];

export function bidRejected(): Pair[] {
  const launched = story(
    'reuters-deals',
    'castell-bids-for-harlow-brands',
    'Castell Partners makes $7.6 billion takeover approach for Harlow Brands',
    [
      'LONDON, June 9 (Reuters) - Consumer investment firm Castell Partners has made a $7.6 billion cash approach for British household goods maker Harlow Brands, offering 1,240 pence per share, both companies said on Monday.',
      ...bidBackground,
      'Harlow said its board was considering the proposal and urged shareholders to take no action. Under UK takeover rules, Castell has until July 7 to make a firm offer or walk away. Harlow shares jumped 27% to 1,185 pence.',
    ],
  );
  const rejected = story(
    'reuters-deals',
    'harlow-brands-rejects-castell-bid',
    'Harlow Brands rebuffs Castell’s $7.6 billion offer as too low',
    [
      'LONDON, June 16 (Reuters) - British household goods maker Harlow Brands on Monday rejected a $7.6 billion cash approach from Castell Partners, saying the offer of 1,240 pence per share "significantly undervalues" the company and its prospects.',
      ...bidBackground,
      'Castell said it was "disappointed" and was considering its options. It has until July 7 to make a firm offer. Harlow shares fell 6% to 1,112 pence, below the offer price, as some investors bet the bidder would walk away.',
    ],
  );
  const reprinted = reprint(
    rejected,
    'proactive-investors',
    'harlow-brands-turns-down-castell',
    'Harlow Brands turns down Castell approach, says 1,240p undervalues group',
    {
      intro:
        'Harlow Brands has turned down a 1,240 pence-a-share cash proposal from Castell Partners, worth about $7.6 billion, telling shareholders the offer "significantly undervalues" the group.',
      curly: true,
    },
  );
  return [
    pair(
      'h4-bid-launched-vs-rejected',
      'bid-rejected',
      launched,
      rejected,
      'one takeover approach: made on June 9, rejected a week later; background shared',
    ),
    pair(
      'h4-bid-rejected-copy',
      'bid-rejected',
      rejected,
      reprinted,
      'the rejection reprinted: "rebuffs" becomes "turns down", rewritten intro',
      'duplicate',
    ),
  ];
}

const plantBackground = [
  'The plant in Zwickau-Mosel has made gearboxes and axle parts for commercial vehicles since 1994. Supplier Hessler Antriebstechnik blamed the collapse in demand for diesel drivetrains and high energy costs.',
  'Production is being moved to the company’s sites in Gliwice, Poland, and Mlada Boleslav in the Czech Republic. About 1,150 people worked at the plant.',
];

export function plantClosed(): Pair[] {
  const announced = story(
    'dpa-international',
    'hessler-to-close-zwickau-plant-job-cuts',
    'Car supplier Hessler to cut 1,150 jobs, close Zwickau plant',
    [
      'Zwickau (dpa) - German car parts supplier Hessler Antriebstechnik plans to close its plant in the eastern city of Zwickau by the end of next year, cutting about 1,150 jobs, the company said on Wednesday.',
      ...plantBackground,
      'The IG Metall union called the decision "a slap in the face" for a workforce that had accepted wage cuts two years ago, and announced warning strikes. Saxony’s economy minister said he would seek talks with management.',
    ],
  );
  const closed = story(
    'dpa-international',
    'hessler-zwickau-plant-closes-last-shift',
    'Last shift ends at Hessler plant in Zwickau',
    [
      'Zwickau (dpa) - The last gearbox rolled off the line at car parts supplier Hessler Antriebstechnik’s plant in Zwickau on Friday, 14 months after the company announced the closure.',
      ...plantBackground,
      'About 300 former workers and their families gathered at the gates for a farewell. According to IG Metall, around 400 employees have found new jobs, 280 have taken early retirement and the rest have moved to a transfer company for up to a year.',
    ],
  );
  return [
    pair(
      'h4-job-cuts-vs-plant-closed',
      'plant-closure',
      announced,
      closed,
      'one plant: the closure announced, then the last shift 14 months later; background shared',
    ),
  ];
}

const rateBackground = [
  'Inflation in Norway eased to 2.9% in October from 3.1% in September, still above the central bank’s 2% target. Core inflation, which strips out energy prices, slowed to 3.0%.',
  'Norges Bank cut its policy rate to 4.25% in June, its first reduction since 2020, and has said further cuts are likely to be gradual.',
];

export function rateDecision(): Pair[] {
  const preview = story(
    'reuters-markets',
    'norges-bank-seen-holding-rates-poll',
    'Norges Bank expected to keep rates on hold on Thursday - Reuters poll',
    [
      'OSLO, Dec 15 (Reuters) - Norway’s central bank is expected to keep its policy rate unchanged at 4.25% on Thursday, a Reuters poll showed, though a minority of economists see a cut as the krone strengthens.',
      'Of 18 economists polled, 14 expect the rate to stay on hold, while four forecast a cut of 25 basis points to 4.00%.',
      ...rateBackground,
      'The bank will announce its decision at 0900 GMT on Thursday together with a new rate path forecast.',
    ],
  );
  const decision = story(
    'reuters-markets',
    'norges-bank-cuts-policy-rate',
    'Norway central bank unexpectedly cuts rate to 4.00%',
    [
      'OSLO, Dec 18 (Reuters) - Norway’s central bank cut its policy rate by 25 basis points to 4.00% on Thursday, surprising most economists, and said it expected one or two more cuts in 2026.',
      'Fourteen of 18 economists polled by Reuters had expected the rate to stay on hold at 4.25%.',
      ...rateBackground,
      'The Norwegian crown weakened 0.6% against the euro to 11.82 after the announcement.',
    ],
  );
  return [
    pair(
      'h4-rate-preview-vs-decision',
      'rate-decision',
      preview,
      decision,
      'one rate meeting: the poll on Monday, the decision on Thursday; background shared',
    ),
  ];
}

const phoneBackground = [
  'The Galaxy Z Fold 8 has an 8.1-inch main screen and a 6.5-inch cover screen, and is 3.9 millimetres thinner than its predecessor when unfolded. The Galaxy Z Flip 8 comes with a larger 4.1-inch cover display.',
  'Samsung has sought to revive sales of foldable phones, which accounted for about 1.5 percent of global smartphone shipments last year, as Chinese rivals Huawei and Honor release thinner models.',
];

export function phoneOnSale(): Pair[] {
  const unveiled = story(
    'yonhap-economy',
    'samsung-unveils-galaxy-z-fold8-flip8',
    'Samsung unveils thinner Galaxy Z Fold 8, Flip 8 foldables',
    [
      'SEOUL, July 9 (Yonhap) -- Samsung Electronics Co. on Wednesday unveiled its latest foldable smartphones, the Galaxy Z Fold 8 and Z Flip 8, at its Galaxy Unpacked event in New York.',
      ...phoneBackground,
      'Pre-orders open Thursday in South Korea, and the phones will go on sale in 40 countries from July 25, the company said.',
    ],
  );
  const onSale = story(
    'yonhap-economy',
    'galaxy-z-fold8-goes-on-sale-record-preorders',
    'Samsung’s new foldables hit stores after record 1.1 million pre-orders',
    [
      'SEOUL, July 25 (Yonhap) -- Samsung Electronics Co.’s Galaxy Z Fold 8 and Z Flip 8 went on sale in South Korea and 39 other countries on Friday after a record 1.1 million pre-orders at home, the company said.',
      'The phones were unveiled at the Galaxy Unpacked event in New York on July 9.',
      ...phoneBackground,
      'The Fold 8 accounted for 58 percent of domestic pre-orders, the first time the larger model has outsold the Flip, Samsung said.',
    ],
  );
  const reprinted = reprint(
    onSale,
    'koreaherald-tech',
    'galaxy-fold8-release-preorders',
    'Galaxy Z Fold 8, Flip 8 released after 1.1m pre-orders',
    {
      intro:
        'Samsung Electronics released the Galaxy Z Fold 8 and Z Flip 8 in South Korea and 39 other countries on Friday, after local pre-orders reached a record 1.1 million units.',
      local: {
        after: 3,
        text: 'Mobile carriers SK Telecom, KT and LG Uplus offered subsidies of up to 500,000 won on the new models.',
      },
    },
  );
  return [
    pair(
      'h4-phone-unveiled-vs-on-sale',
      'phone-launch',
      unveiled,
      onSale,
      'one product: unveiled on July 9, on sale on July 25; background shared',
    ),
    pair(
      'h4-phone-on-sale-copy',
      'phone-launch',
      onSale,
      reprinted,
      'the sales start reprinted: "hit stores" becomes "released", rewritten intro, a local paragraph',
      'duplicate',
    ),
  ];
}

const drugBackground = [
  'Velorant, developed by Boston-based Quillon Therapeutics, is a once-monthly injection for adults with moderate to severe plaque psoriasis. In two late-stage trials, 71% of patients on the drug saw their skin clear by at least 90% after 16 weeks, against 6% on placebo.',
  'Analysts expect annual sales of about $1.8 billion by 2030 if the drug is approved.',
];

export function drugApproval(): Pair[] {
  const panel = story(
    'reuters-health',
    'fda-panel-backs-quillon-psoriasis-drug',
    'FDA advisers back Quillon’s psoriasis drug Velorant',
    [
      'May 22 (Reuters) - A panel of independent advisers to the U.S. Food and Drug Administration voted 12-2 on Thursday that the benefits of Quillon Therapeutics’ psoriasis drug Velorant outweigh its risks.',
      ...drugBackground,
      'Two panel members voted against, citing cases of liver enzyme increases in the trials. The FDA is not bound to follow its advisers but usually does; a decision is expected by July 30. Quillon shares rose 14% after hours.',
    ],
  );
  const approved = story(
    'reuters-health',
    'fda-approves-quillon-velorant-psoriasis',
    'US FDA approves Quillon’s psoriasis injection Velorant',
    [
      'July 29 (Reuters) - The U.S. Food and Drug Administration has approved Quillon Therapeutics’ Velorant for adults with moderate to severe plaque psoriasis, the company said on Tuesday.',
      'An FDA advisory panel voted 12-2 in May that the drug’s benefits outweigh its risks.',
      ...drugBackground,
      'The label includes a recommendation for liver tests before and during treatment. Quillon said Velorant would be available in August at a list price of $6,200 per monthly dose.',
    ],
  );
  return [
    pair(
      'h4-drug-panel-vs-approval',
      'drug-approval',
      panel,
      approved,
      'one drug: the advisory vote in May, the approval in July; background shared',
    ),
  ];
}
