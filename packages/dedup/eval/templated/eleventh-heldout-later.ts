import { cutLast, houseStyle, stagePair as pair, reprint, story, version } from './eleventh-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eleventh held-out part, continued: two stages of one affair days to weeks apart, the later story
// recounting the earlier with its names and background, and the copies outlets and agencies make of one
// stage. Players, officials and winners are invented; places and clubs real; figures made up.

const careerBackground = [
  'Lindgren, 33, won 14 tour titles, including the Madrid Open in 2021, and reached a career-high ranking of number four in 2019. She reached the semi-finals at Roland Garros twice.',
  'She missed most of last season with a hip injury that needed two operations and has won three matches this year. She has said she wants to coach juniors in Stockholm.',
];

export function tennisRetirement(): Pair[] {
  const announced = story(
    'reuters-sports',
    'lindgren-to-retire-stockholm',
    "Sweden's Lindgren to retire after Stockholm tournament",
    [
      "STOCKHOLM, Sept 23 (Reuters) - Former world number four Emma Lindgren will retire from tennis after next month's Nordic Open in Stockholm, the Swede said on Tuesday, ending a 16-year professional career.",
      ...careerBackground,
      '"My body has told me it is time, and I wanted to say goodbye at home," Lindgren said in a video on social media. Organisers gave her a wildcard into the main draw.',
    ],
  );
  const farewell = story(
    'reuters-sports',
    'lindgren-bows-out-in-stockholm',
    'Lindgren bows out with first-round defeat in Stockholm farewell',
    [
      "STOCKHOLM, Oct 21 (Reuters) - Emma Lindgren played the last match of her career on Tuesday, losing 6-4 3-6 6-3 to Italy's Giulia Ferraro in the first round of the Nordic Open in front of a sell-out home crowd, four weeks after announcing her retirement.",
      ...careerBackground,
      'Players from both locker rooms formed a guard of honour as she left the court, and the crowd of 5,200 sang for several minutes. "I could not have asked for more," a tearful Lindgren said.',
    ],
  );
  const local = reprint(
    farewell,
    'the-local-se',
    'emma-lindgren-farewell-kungliga-tennishallen',
    'Tears at Kungliga Tennishallen as Emma Lindgren says goodbye',
    {
      intro:
        "Emma Lindgren's career ended in three sets and a standing ovation on Tuesday: the former world number four lost 6-4 3-6 6-3 to Giulia Ferraro in the first round of the Nordic Open in Stockholm, four weeks after saying she would retire.",
      local: {
        after: 2,
        text: 'Lindgren grew up in Djursholm and learned to play at the KLTK club, where a court will be named after her next spring. Her first coach, Lars Ek, was in the stands.',
      },
    },
  );
  return [
    pair(
      'h11-retirement-announced-vs-farewell',
      'lindgren-retirement',
      announced,
      farewell,
      'one retirement four weeks apart: announced, then the farewell match lost; career background shared',
    ),
    pair(
      'h11-farewell-local-copy',
      'lindgren-retirement',
      farewell,
      local,
      'the farewell reprinted by an English-language local site: own headline, rewritten intro, a local paragraph added',
      'duplicate',
    ),
  ];
}

const recountBackground = [
  'The first count on election night gave Moreau 10,412 votes to 10,371 for Vasseur, a margin of 41 votes of the 21,640 cast in the second round. Turnout was 58%.',
  "Vasseur's campaign had asked for the recount, citing irregularities in the handling of postal and proxy votes at three polling stations in the north of the town.",
];

export function mayorRecount(): Pair[] {
  const ordered = story(
    'afp-france',
    'perpignan-recount-ordered',
    'Court orders recount in knife-edge Perpignan mayoral vote',
    [
      'MONTPELLIER, France (AFP) - An administrative court on Wednesday ordered a full recount of the second round of the mayoral election in Perpignan, where incumbent Claire Moreau was declared the winner by 41 votes on Sunday.',
      ...recountBackground,
      'The court said the recount would take place on Monday at the town hall under the supervision of a judge. Moreau said she was "calm and confident".',
    ],
  );
  const certified = story(
    'afp-france',
    'perpignan-recount-moreau-certified',
    'Moreau certified Perpignan mayor after recount trims margin to 29',
    [
      'MONTPELLIER, France (AFP) - Claire Moreau was certified as mayor of Perpignan on Tuesday after a court-ordered recount confirmed her victory in the second round of the election, though her margin over Julien Vasseur shrank to 29 votes.',
      ...recountBackground,
      'The recount gave Moreau 10,398 votes and Vasseur 10,369, after 16 ballots were disallowed. Vasseur said he would not appeal further. Moreau will be sworn in on Saturday.',
    ],
  );
  const corrected = version(
    certified,
    'perpignan-recount-moreau-certified-corrected',
    'CORRECTED-Moreau certified Perpignan mayor after recount trims margin to 29',
    (ps) => [
      ...ps.slice(0, 3),
      (ps[3] as string).replace('after 16 ballots were disallowed', 'after 26 ballots were disallowed'),
      '(Corrects number of disallowed ballots in fourth paragraph to 26, not 16)',
    ],
  );
  return [
    pair(
      'h11-recount-ordered-vs-certified',
      'perpignan-recount',
      ordered,
      certified,
      'one contested count six days apart: a recount ordered, then the mayor certified after it; background shared',
    ),
    pair(
      'h11-certified-corrected',
      'perpignan-recount',
      certified,
      corrected,
      "the agency's CORRECTED- version: a figure in the fourth paragraph fixed, a correction line added",
      'duplicate',
    ),
  ];
}

const fossilBackground = [
  'The skeleton, about 70% complete, belongs to a plant-eating dinosaur roughly eight metres long that lived about 150 million years ago. It was found in a clay pit near Dinslaken after an excavator driver noticed bones in the wall of the pit.',
  'Palaeontologists from the LWL Museum spent five weeks lifting the bones in plaster jackets. The owner of the pit, Rheinton GmbH, gave the find to the museum.',
];

export function dinosaurFossil(): Pair[] {
  const found = story(
    'dpa-english',
    'dinosaur-skeleton-found-dinslaken',
    'Near-complete dinosaur skeleton found in German clay pit',
    [
      'Münster (dpa) - Palaeontologists have recovered a near-complete dinosaur skeleton from a clay pit in North Rhine-Westphalia, the LWL Museum of Natural History in Münster said on Thursday, calling it the most important find of its kind in Germany in decades.',
      ...fossilBackground,
      'Museum director Jan Ole Kriegs said it would take at least a year to clean and study the bones. "Every rib we open up tells us something new," he said.',
    ],
  );
  const shown = story(
    'dpa-english',
    'dinslaken-dinosaur-goes-on-display',
    'Dinslaken dinosaur goes on show in Münster',
    [
      'Münster (dpa) - The dinosaur skeleton dug out of a clay pit near Dinslaken last year went on public display on Saturday at the LWL Museum of Natural History in Münster, where more than 3,000 visitors queued to see it on the first morning.',
      ...fossilBackground,
      "Researchers have since named the animal Rhenanosaurus dinslakensis. The mounted skeleton, with missing bones cast in resin, stands 4.2 metres high in the museum's atrium.",
    ],
  );
  return [
    pair(
      'h11-fossil-found-vs-on-display',
      'dinslaken-dinosaur',
      found,
      shown,
      'one fossil fourteen months apart: the find announced, then the skeleton on display; background shared',
    ),
  ];
}

const jackpotBackground = [
  'The ticket, bought at a newsagent in Galway city, matched all six numbers in the draw of June 7: 4, 11, 19, 27, 33 and 41. It was the only winning ticket.',
  'The jackpot of 8.6 million euros had rolled over nine times. Winners in Ireland have 90 days to claim a prize.',
];

export function lottoWinner(): Pair[] {
  const unclaimed = story(
    'rte-news-wire',
    'lotto-galway-jackpot-unclaimed',
    'Lottery urges Galway players to check tickets as 8.6m jackpot goes unclaimed',
    [
      'DUBLIN (RTE) - The National Lottery has appealed to players in Galway to check their tickets after an 8.6 million euro Lotto jackpot won in the city three weeks ago went unclaimed.',
      ...jackpotBackground,
      '"Check your wallets, your cars, the kitchen drawer," a lottery spokeswoman said. The newsagent, Flanagan\'s on Shop Street, will receive a bonus of 86,000 euros, or 1% of the prize.',
    ],
  );
  const claimed = story(
    'rte-news-wire',
    'lotto-galway-jackpot-claimed',
    'Galway syndicate claims 8.6m Lotto jackpot',
    [
      'DUBLIN (RTE) - A syndicate of 12 hospital porters from Galway has claimed the 8.6 million euro Lotto jackpot won in June, the National Lottery said on Monday, five weeks after the draw and a week after an appeal to players in the city.',
      ...jackpotBackground,
      'Each member of the syndicate, which has played the same numbers since 2009, will receive about 716,000 euros. "One of the lads found the ticket in his work locker," their spokesman said. They do not plan to give up their jobs.',
    ],
  );
  const styled = houseStyle(
    claimed,
    'galway-advertiser-online',
    'hospital-porters-lotto-win',
    'Hospital porters scoop €8.6m Lotto jackpot',
    [
      ['8.6 million euros', '€8.6 million'],
      ['8.6 million euro', '€8.6 million'],
      ['716,000 euros', '€716,000'],
      ['A syndicate of 12 hospital porters', 'A syndicate of twelve hospital porters'],
      ['rolled over nine times', 'rolled over nine times in a row'],
    ],
  );
  return [
    pair(
      'h11-jackpot-unclaimed-vs-claimed',
      'galway-lotto',
      unclaimed,
      claimed,
      'one jackpot a week apart: an appeal because it is unclaimed, then a syndicate claims it; background shared',
    ),
    pair(
      'h11-jackpot-claimed-house-style',
      'galway-lotto',
      claimed,
      styled,
      'the claim reprinted by a local paper in house style: euro signs, twelve spelled, curly quotes, own headline',
      'duplicate',
    ),
  ];
}

const cruiseBackground = [
  'The Aurora Coast, operated by Hurtig Cruises, left Southampton on a 14-night voyage to the Canary Islands on March 2 with 1,874 passengers and 720 crew.',
  'The UK Health Security Agency said norovirus had been confirmed in samples taken on board. The ship was refused permission to dock in Funchal, and passengers with symptoms were isolated in their cabins.',
];

export function cruiseOutbreak(): Pair[] {
  const outbreak = story(
    'pa-news',
    'aurora-coast-norovirus-outbreak',
    'Hundreds ill as norovirus sweeps cruise ship',
    [
      'LONDON (PA) - More than 300 passengers and crew on a British cruise ship have fallen ill with norovirus, the operator said on Tuesday, and the ship has cut short its voyage to return to Southampton.',
      ...cruiseBackground,
      'Hurtig Cruises said it had stepped up cleaning and would refund the fares of everyone on board. Passenger Alan Cripps, 67, said the buffet had been closed and "half the ship is in their cabins".',
    ],
  );
  const docked = story(
    'pa-news',
    'aurora-coast-docks-southampton',
    'Norovirus-hit cruise ship docks in Southampton after cut-short voyage',
    [
      'LONDON (PA) - A cruise ship on which more than 400 people fell ill with norovirus docked in Southampton on Friday morning, three days after the operator cut short its voyage, and passengers began disembarking in staggered groups.',
      ...cruiseBackground,
      'Eleven passengers were taken to hospital from the quayside, the ambulance service said. Hurtig Cruises said the ship would be deep-cleaned for five days and its next sailing delayed.',
      '"We are deeply sorry for the disruption and discomfort our guests have experienced," chief executive Morten Dahl said. Some passengers said they would seek compensation beyond the refund.',
    ],
  );
  const cut = cutLast(
    docked,
    'southern-daily-echo-online',
    'aurora-coast-back-in-southampton',
    'Sick ship Aurora Coast back in port',
    1,
  );
  return [
    pair(
      'h11-cruise-outbreak-vs-docked',
      'aurora-coast-norovirus',
      outbreak,
      docked,
      'one outbreak three days apart: the ship turning back with hundreds ill, then docking; background shared',
    ),
    pair(
      'h11-cruise-docked-cut',
      'aurora-coast-norovirus',
      docked,
      cut,
      'the docking reprinted by a local paper under its own headline with the last paragraph cut',
      'duplicate',
    ),
  ];
}

const chimneyBackground = [
  'The 198-metre chimney is the last large structure standing at the former Cottam coal-fired power station near Retford, which closed in 2019 after 50 years. Its four cooling towers were brought down in 2021.',
  'The site owner, Trentside Developments, plans to build about 1,200 homes, a solar farm and a battery store on the land. Residents within 300 metres will be asked to leave their homes for about two hours.',
];

export function chimneyDemolition(): Pair[] {
  const announced = story(
    'pa-news',
    'cottam-chimney-demolition-date',
    'Date set for demolition of Cottam power station chimney',
    [
      'LONDON (PA) - The chimney of the former Cottam power station in Nottinghamshire will be demolished with explosives on Sunday May 18, its owner said on Wednesday, asking people not to gather near the site to watch.',
      ...chimneyBackground,
      'Trentside said the blast would take place at about 9 a.m. and the chimney would fall in under 15 seconds. Roads around the site will be closed from 7 a.m. and a livestream will be shown online.',
    ],
  );
  const felled = story(
    'pa-news',
    'cottam-chimney-demolished',
    'Cottam power station chimney brought down in seconds',
    [
      'LONDON (PA) - The chimney of the former Cottam power station in Nottinghamshire was brought down with 220 kg of explosives on Sunday morning, ending more than half a century of the landmark on the skyline of the Trent valley.',
      ...chimneyBackground,
      'Hundreds of people ignored requests to stay away and watched from a bridge over the river. The dust cloud had cleared within 20 minutes and the roads were reopened by 11 a.m. Nobody was hurt.',
    ],
  );
  return [
    pair(
      'h11-chimney-date-set-vs-demolished',
      'cottam-chimney',
      announced,
      felled,
      'one demolition five weeks apart: the date announced, then the chimney brought down; background shared',
    ),
  ];
}
