import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, story } from './sixth-heldout-kit.ts';

// The sixth held-out part: two stages of one affair in labour, business, politics and sport, the later
// story recounting the earlier one. People, unions, companies and places are invented; figures made up.

const ballotBackground = [
  'The Scottish Midwives and Nurses Union (SMNU), which represents about 31,000 staff in NHS Scotland, rejected a pay offer of 3.6% for this year and 3.1% for next, saying it did not make up for a decade of real-terms cuts.',
  'It is the first time the union has balloted its members on strike action in its 64-year history. Any walkout would exclude emergency and maternity care, the union has said.',
];

export function strikeBallot(): Pair[] {
  const opens = story(
    'pa-scotland',
    'smnu-opens-strike-ballot',
    'Nurses union opens first-ever strike ballot over pay',
    [
      'EDINBURGH (PA) - Nurses and midwives in Scotland will be asked whether they are willing to strike over pay, after their union opened a statutory ballot on Monday.',
      ...ballotBackground,
      'The ballot closes on March 20. Health Secretary Alan Dunlop said he was "disappointed" and urged the union to return to talks, adding that the offer was the most generous in the UK.',
    ],
  );
  const result = story(
    'pa-scotland',
    'smnu-members-vote-for-strike',
    'Scottish nurses vote to strike for first time',
    [
      'EDINBURGH (PA) - Nurses and midwives in Scotland have voted to go on strike for the first time, their union said on Thursday, with 78% of those taking part backing a walkout on a turnout of 61%.',
      ...ballotBackground,
      'Union general secretary Morag Kincaid said the result was "a message the Scottish Government cannot ignore". The first strike days could be set for early April unless an improved offer is made.',
      'Health Secretary Alan Dunlop said his door remained open and he would meet the union next week.',
    ],
  );
  const reprinted = reprint(
    result,
    'heraldscotland-news',
    'nurses-back-walkout-in-historic-vote',
    'Nurses back walkout in historic ballot',
    {
      local: {
        after: 2,
        text: "In NHS Greater Glasgow and Clyde, the country's largest health board, about 9,400 SMNU members were eligible to vote.",
      },
      curly: true,
    },
  );
  return [
    pair(
      'h6-strike-ballot-vs-result',
      'strike-ballot',
      opens,
      result,
      'one union: the ballot opens, then its result three weeks later; background shared',
    ),
    pair(
      'h6-strike-result-copy',
      'strike-ballot',
      result,
      reprinted,
      'the result reprinted: "vote to strike" becomes "back walkout", a paragraph on the local health board, curly quotes',
      'duplicate',
    ),
  ];
}

const ceoBackground = [
  'Harrowgate Foods, which makes own-label ready meals and sandwiches for British supermarkets, has issued three profit warnings in the past 14 months as the cost of ingredients and wages rose faster than it could pass them on.',
  'Its shares have lost more than half their value over the period, and two of its five largest investors had called for a change of leadership at the annual meeting in January.',
];

export function ceoDeparture(): Pair[] {
  const quits = story(
    'reuters-business',
    'harrowgate-ceo-ollerton-to-step-down',
    'Harrowgate Foods CEO Ollerton to step down after profit warnings',
    [
      'LONDON, May 6 (Reuters) - Harrowgate Foods said on Tuesday its chief executive Gareth Ollerton would step down after six years in the role, with the company starting a search for a successor.',
      ...ceoBackground,
      'Ollerton will stay on until the end of June to ensure an orderly handover, the company said. Chairman Fiona Maitland thanked him for "steering the business through an exceptionally difficult period".',
      'Harrowgate shares rose 4.1% in early trading.',
    ],
  );
  const interim = story(
    'reuters-business',
    'harrowgate-names-cfo-deakin-interim-ceo',
    'Harrowgate Foods names finance chief Deakin interim CEO',
    [
      'LONDON, May 6 (Reuters) - Harrowgate Foods on Tuesday named finance chief Priya Deakin as interim chief executive, hours after it said CEO Gareth Ollerton would step down.',
      'Deakin, 46, joined the company from a rival caterer in 2021 and will take over on July 1 while the board looks for a permanent successor, Harrowgate said in a second statement.',
      ...ceoBackground,
      'Harrowgate shares were up 3.8% at 1420 GMT.',
    ],
  );
  const updated = story(
    'reuters-business',
    'harrowgate-names-cfo-deakin-interim-ceo-update-1',
    'UPDATE 1-Harrowgate Foods picks finance chief Deakin as stopgap CEO',
    [
      'LONDON, May 6 (Reuters) - Harrowgate Foods on Tuesday named finance chief Priya Deakin as interim chief executive, hours after it said CEO Gareth Ollerton would step down following a string of profit warnings.',
      'Deakin, 46, joined the company from a rival caterer in 2021 and will take over on July 1 while the board looks for a permanent successor, Harrowgate said in a second statement. She will keep her finance role until a new CFO is found.',
      ...ceoBackground,
      'Harrowgate shares closed up 3.5%.',
    ],
  );
  return [
    pair(
      'h6-ceo-quits-vs-interim',
      'ceo-departure',
      quits,
      interim,
      'one company on one day: the CEO steps down, then an interim is named in a second statement; background shared',
    ),
    pair(
      'h6-ceo-interim-update',
      'ceo-departure',
      interim,
      updated,
      'the same-day UPDATE 1 of the interim story under a new headline: one sentence added, closing share price',
      'duplicate',
    ),
  ];
}

const referendumBackground = [
  'The question asks voters whether the canton should ban new ski-lift and snow-making projects above 2,500 metres to protect glaciers. It was put on the ballot by an initiative that gathered 8,200 signatures, more than twice the number required.',
  'Tourism groups say a ban would cost the valleys hundreds of jobs; the initiative committee argues that the glaciers of the Upper Valais have lost a quarter of their volume since 2000.',
];

export function referendum(): Pair[] {
  const called = story(
    'swissinfo-news',
    'valais-glacier-vote-set-for-june',
    'Valais sets June vote on glacier protection initiative',
    [
      'SION (SWI) - The government of the Swiss canton of Valais on Wednesday set June 14 as the date for a cantonal vote on a popular initiative to protect its high-altitude glaciers.',
      ...referendumBackground,
      'The cantonal government recommends rejecting the initiative, saying existing planning law already protects the most sensitive areas. Parliament in Sion backed that recommendation by 84 votes to 41.',
    ],
  );
  const result = story(
    'swissinfo-news',
    'valais-voters-reject-glacier-initiative',
    'Valais voters reject glacier protection initiative',
    [
      'SION (SWI) - Voters in the Swiss canton of Valais on Sunday rejected a popular initiative to protect its high-altitude glaciers, with 56.3% voting against on a turnout of 47%.',
      "Only four of the canton's 13 districts, most of them in the French-speaking lower valley, voted in favour, according to official results.",
      ...referendumBackground,
      'Initiative committee spokeswoman Anne-Laure Crettaz said the campaign had "put the glaciers on the agenda" and would now lobby at federal level.',
    ],
  );
  const corrected = story(
    'swissinfo-news',
    'valais-voters-reject-glacier-initiative-corrected',
    'CORRECTED-Valais voters reject glacier protection initiative',
    [
      'SION (SWI) - Voters in the Swiss canton of Valais on Sunday rejected a popular initiative to protect its high-altitude glaciers, with 56.3% voting against on a turnout of 47%.',
      "Only five of the canton's 13 districts, most of them in the French-speaking lower valley, voted in favour, according to official results.",
      ...referendumBackground,
      'Initiative committee spokeswoman Anne-Laure Crettaz said the campaign had "put the glaciers on the agenda" and would now lobby at federal level.',
    ],
  );
  return [
    pair(
      'h6-referendum-called-vs-result',
      'glacier-referendum',
      called,
      result,
      'one cantonal vote: the date is set, then the result three months later; background shared',
    ),
    pair(
      'h6-referendum-result-correction',
      'glacier-referendum',
      result,
      corrected,
      'the same-day correction of the result: "four" districts corrected to "five", CORRECTED- headline',
      'duplicate',
    ),
  ];
}

const bankBackground = [
  'The regulator opened its investigation in 2023 after a routine inspection found that Nordkap Bank had failed to check the source of funds for dozens of corporate clients registered in the Baltic states and the United Arab Emirates.',
  "Nordkap, Norway's fifth-largest lender by assets, has since replaced its head of compliance and says it has hired more than 120 additional staff to screen transactions.",
];

export function bankFine(): Pair[] {
  const warned = story(
    'ntb-english',
    'finanstilsynet-notifies-nordkap-of-planned-fine',
    'Norway watchdog plans fine for Nordkap Bank over money laundering checks',
    [
      "OSLO (NTB) - Norway's Financial Supervisory Authority (Finanstilsynet) said on Monday it had notified Nordkap Bank of a planned fine over failures in its anti-money-laundering controls, without giving a figure.",
      ...bankBackground,
      'The bank has three weeks to respond to the notice. Nordkap said in a stock exchange filing that it had made a provision of 250 million crowns in the fourth quarter.',
    ],
  );
  const fined = story(
    'ntb-english',
    'nordkap-bank-fined-400-million-crowns',
    'Nordkap Bank fined 400 million crowns over money laundering checks',
    [
      "OSLO (NTB) - Norway's Financial Supervisory Authority (Finanstilsynet) on Tuesday fined Nordkap Bank 400 million crowns ($37 million) for failures in its anti-money-laundering controls, the largest such penalty ever imposed in Norway.",
      ...bankBackground,
      'The fine is well above the 250 million crowns the bank set aside in the fourth quarter. Chief executive Kjersti Aasland said Nordkap accepted the decision and would not appeal. Its shares fell 2.7% in Oslo.',
    ],
  );
  return [
    pair(
      'h6-bank-fine-notified-vs-imposed',
      'bank-fine',
      warned,
      fined,
      'one bank: the watchdog notifies a planned fine, then imposes it five weeks later; background shared',
    ),
  ];
}

const injunctionBackground = [
  'Kestrel Pharmaceuticals holds the patent on dosing of its asthma inhaler Brevair until 2029. It says the generic version Vantaro, launched by Indian drugmaker Suryan Labs at the start of the month, copies the dose counter protected by that patent.',
  "Brevair had U.S. sales of $1.2 billion last year, about a fifth of Kestrel's revenue. Suryan says the patent is invalid and that its device works differently.",
];

export function injunction(): Pair[] {
  const sought = story(
    'ap-business',
    'kestrel-seeks-injunction-suryan-inhaler',
    'Kestrel asks court to halt sales of generic asthma inhaler',
    [
      'WILMINGTON, Del. (AP) - Kestrel Pharmaceuticals asked a federal judge in Delaware on Thursday to order an Indian drugmaker to stop selling a cheaper copy of its best-selling asthma inhaler.',
      ...injunctionBackground,
      'U.S. District Judge Miriam Okafor set a hearing on the request for a preliminary injunction for Sept. 22.',
    ],
  );
  const granted = story(
    'ap-business',
    'judge-blocks-suryan-generic-inhaler',
    'Judge orders halt to sales of generic asthma inhaler',
    [
      "WILMINGTON, Del. (AP) - A federal judge in Delaware on Monday ordered Indian drugmaker Suryan Labs to stop selling its cheaper copy of Kestrel Pharmaceuticals' best-selling asthma inhaler while a patent lawsuit goes ahead.",
      'U.S. District Judge Miriam Okafor granted Kestrel\'s request for a preliminary injunction, finding the company was "likely to succeed" in showing that the generic infringes its patent.',
      ...injunctionBackground,
      'Suryan said it would appeal. Kestrel shares rose 6% in afternoon trading.',
    ],
  );
  const reprinted = reprint(
    granted,
    'fiercepharma-news',
    'kestrel-wins-injunction-against-suryan-vantaro',
    "Kestrel wins court block on Suryan's Brevair copy",
    {
      intro:
        'Kestrel Pharmaceuticals has won a preliminary injunction that forces Suryan Labs to pull its generic version of the Brevair asthma inhaler from the U.S. market while their patent fight continues.',
      cutLast: true,
    },
  );
  return [
    pair(
      'h6-injunction-sought-vs-granted',
      'patent-injunction',
      sought,
      granted,
      'one patent fight: the injunction is sought, then granted after the hearing; background shared',
    ),
    pair(
      'h6-injunction-granted-copy',
      'patent-injunction',
      granted,
      reprinted,
      'the ruling reprinted by a trade site: "orders halt" becomes "wins court block", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}
