import { stagePair as pair, story } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part, continued: two stages of one affair a day or weeks apart, the later story
// recounting the earlier. People, companies and places are invented; figures made up.

const heatBackground = [
  'A dome of high pressure over the Iberian peninsula has pushed hot air from North Africa across southern France since Sunday. Night-time temperatures in Marseille and Nîmes have not fallen below 26C.',
  'Météo-France placed 14 departments on red alert, its highest level, and the authorities closed schools in the Gard and Vaucluse and banned outdoor work in the afternoon.',
];

export function heatRecord(): Pair[] {
  const alert = story(
    'afp-english',
    'france-red-heat-alert',
    'France puts 14 departments on red heat alert',
    [
      'PARIS (AFP) - France placed 14 southern departments on its highest heat alert on Monday, warning that temperatures could approach the national record of 46C on Tuesday.',
      ...heatBackground,
      'Prime Minister Claire Vautrin urged people to check on elderly neighbours. "This is an exceptional episode," she said.',
    ],
  );
  const record = story(
    'afp-english',
    'france-new-temperature-record',
    'Gard village hits 46.4C, hottest ever recorded in France',
    [
      'PARIS (AFP) - The village of Saint-Gilles in the Gard reached 46.4C on Tuesday afternoon, the highest temperature ever recorded in France, Météo-France said, beating the previous record by 0.4C.',
      ...heatBackground,
      'At least 11 other stations broke their own records. The forecaster said a storm front would bring relief from Thursday.',
    ],
  );
  return [
    pair(
      'h8-heat-alert-vs-record',
      'heat-record',
      alert,
      record,
      'one heatwave: the red alert on Monday, the national record on Tuesday; background shared',
    ),
  ];
}

const curfewBackground = [
  'Protests broke out in Kisumu on Friday after police shot dead a motorcycle taxi driver at a checkpoint. Shops were looted and two police posts set on fire, and at least 70 people were arrested.',
  'The Interior Ministry imposed a curfew from 7 p.m. to 5 a.m. across Kisumu county on Saturday. The officer involved in the shooting has been suspended pending an investigation.',
];

export function curfew(): Pair[] {
  const imposed = story(
    'reuters-africa',
    'kisumu-curfew-protests',
    'Kenya imposes night curfew on Kisumu after deadly protest',
    [
      'NAIROBI, Aug 9 (Reuters) - Kenya imposed a dusk-to-dawn curfew on the western county of Kisumu on Saturday after a second day of violent protests over the police killing of a motorcycle taxi driver.',
      ...curfewBackground,
      'Interior Minister Esther Langat said the curfew would stay "as long as necessary to restore order".',
    ],
  );
  const lifted = story(
    'reuters-africa',
    'kisumu-curfew-ends',
    'Kisumu curfew ends as calm returns to lakeside city',
    [
      'NAIROBI, Aug 10 (Reuters) - Kenya ended the curfew in Kisumu county on Sunday evening, a day after imposing it, saying calm had returned to the lakeside city after protests over a police shooting.',
      ...curfewBackground,
      "Markets reopened on Sunday and motorcycle taxi drivers held a peaceful march to the county offices. The driver's family said they would bury him on Saturday.",
    ],
  );
  return [
    pair(
      'h8-curfew-imposed-vs-ended',
      'county-curfew',
      imposed,
      lifted,
      'one curfew: imposed on Saturday, ended on Sunday; background shared',
    ),
  ];
}

const dockBackground = [
  'About 2,400 dock workers at the ports of Antwerp-Bruges and Ghent had stopped work for nine days in a dispute over pay and the use of automated cranes, leaving more than 80 ships waiting at anchor.',
  "The strike was suspended on 3 March after the ACV and ABVV unions and the port employers' federation reached a provisional agreement in talks led by a federal mediator.",
];

export function dockDeal(): Pair[] {
  const suspended = story(
    'belga-english',
    'belgian-dock-strike-suspended',
    'Belgian dockers suspend strike after provisional deal',
    [
      'ANTWERP (Belga) - Dock workers in Antwerp-Bruges and Ghent returned to work on Monday after their unions suspended a nine-day strike on the strength of a provisional deal that members will vote on.',
      ...dockBackground,
      'Details of the agreement were not released. Port authorities said clearing the backlog of ships would take about two weeks.',
    ],
  );
  const ratified = story(
    'belga-english',
    'belgian-dockers-approve-pay-deal',
    'Belgian dockers vote to accept pay deal, ending dispute',
    [
      'ANTWERP (Belga) - Dock workers at Antwerp-Bruges and Ghent voted by 71% to accept a pay deal, their unions said on Friday, formally ending a dispute that halted the two ports for nine days.',
      ...dockBackground,
      'The deal gives a 5.5% rise over two years and a guarantee of no compulsory redundancies linked to automation until 2030. Turnout was 83%.',
    ],
  );
  return [
    pair(
      'h8-dock-strike-suspended-vs-ratified',
      'dock-pay-deal',
      suspended,
      ratified,
      'one dispute: strike suspended on a provisional deal, members accept it eleven days later; background shared',
    ),
  ];
}

const breachBackground = [
  "Telvora, Finland's third-largest mobile operator, disclosed on 2 October that hackers had copied the names, addresses and ID numbers of about 1.9 million customers from a billing system.",
  'The attacker demanded 4 million euros in bitcoin and threatened to publish the data. Telvora refused to pay and about 9,000 records were posted on a dark web forum a week later.',
];

export function telecomBreach(): Pair[] {
  const disclosed = story(
    'yle-news',
    'telvora-data-stolen',
    'Hackers steal data of 1.9 million Telvora customers',
    [
      "HELSINKI (Yle) - Mobile operator Telvora said on Thursday that hackers had stolen personal data belonging to 1.9 million customers, roughly a third of Finland's population, and were demanding a ransom.",
      ...breachBackground,
      'Customers were advised to add a security ban on credit applications. The National Bureau of Investigation has opened a criminal inquiry.',
    ],
  );
  const arrested = story(
    'yle-news',
    'telvora-hacker-arrested-tallinn',
    'Suspect in Telvora data theft detained in Tallinn',
    [
      'HELSINKI (Yle) - A 22-year-old Finnish man suspected of stealing the personal data of 1.9 million Telvora customers has been detained in Tallinn on a European arrest warrant, the National Bureau of Investigation said on Tuesday.',
      ...breachBackground,
      'Estonian police seized computers and a hard drive believed to hold the data. The man is expected to be handed over to Finland within weeks.',
    ],
  );
  return [
    pair(
      'h8-telecom-breach-vs-arrest',
      'telecom-breach',
      disclosed,
      arrested,
      'one data theft: disclosed in October, a suspect detained weeks later; background shared',
    ),
  ];
}
