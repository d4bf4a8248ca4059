import { stagePair as pair, reprint, story } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part, continued: two stages of one affair on consecutive days, the later story
// recounting the earlier. People, companies and places are invented; figures made up.

const blastBackground = [
  'The blast tore through the catalytic cracking unit of the Okemah Refining plant in Lake Charles, Louisiana, shortly after 2 a.m. on Wednesday, and a fire burned for more than six hours before it was brought under control.',
  'The refinery, owned by Houston-based Okemah Energy, processes about 180,000 barrels of crude a day and employs about 900 people. The Chemical Safety Board has sent investigators.',
];

export function refineryBlast(): Pair[] {
  const blast = story(
    'ap-national',
    'lake-charles-refinery-explosion',
    'Explosion and fire at Louisiana refinery; workers unaccounted for',
    [
      'LAKE CHARLES, La. (AP) - An explosion at a Louisiana refinery injured at least 11 workers and left three unaccounted for early Wednesday, officials said, as residents nearby were told to shelter in place.',
      ...blastBackground,
      '"Our thoughts are with the families who are waiting for news," Calcasieu Parish Sheriff Tony Mancuso said. The shelter order was lifted at midday.',
    ],
  );
  const toll = story(
    'ap-national',
    'lake-charles-refinery-three-dead',
    'Three workers confirmed dead in Lake Charles refinery blast',
    [
      'LAKE CHARLES, La. (AP) - The bodies of three workers missing since an explosion at a Louisiana refinery were recovered on Thursday, Calcasieu Parish officials said, bringing the death toll to three.',
      ...blastBackground,
      'The dead were contractors Luis Ortega, 41, Jamal Pierce, 29, and Wade Thibodeaux, 55. Eight of the 11 injured have been released from hospital.',
    ],
  );
  const reprinted = reprint(
    toll,
    'kplc-news',
    'refinery-victims-named',
    'Refinery explosion claims three lives; victims identified',
    {
      intro:
        "Three contract workers were killed in Wednesday's explosion at the Okemah refinery in Lake Charles, parish officials confirmed on Thursday after their bodies were recovered from the damaged unit.",
      local: {
        after: 3,
        text: 'A prayer vigil for the three men will be held Friday evening at St. Margaret Catholic Church on Broad Street.',
      },
    },
  );
  return [
    pair(
      'h8-refinery-blast-vs-toll',
      'refinery-blast',
      blast,
      toll,
      'one refinery explosion: three missing on the day, three confirmed dead the next day; background shared',
    ),
    pair(
      'h8-refinery-toll-copy',
      'refinery-blast',
      toll,
      reprinted,
      'the toll reprinted by a local station: "confirmed dead" becomes "claims three lives", rewritten intro, local vigil paragraph',
      'duplicate',
    ),
  ];
}

const slideBackground = [
  'Heavy overnight rain brought thousands of tonnes of rock and mud down onto State Highway 1 at Ohau Point, north of Kaikōura, at about 3 a.m. on Sunday. No vehicles were caught in the slip.',
  'The highway is the main route between Picton and Christchurch. Traffic was diverted inland through the Lewis Pass, adding about three hours to the journey.',
];

export function roadSlip(): Pair[] {
  const blocked = story(
    'rnz-news',
    'sh1-kaikoura-slip',
    'Massive slip cuts State Highway 1 north of Kaikōura',
    [
      'State Highway 1 north of Kaikōura is closed after a large slip came down overnight, and the New Zealand Transport Agency says it will not reopen before Monday at the earliest.',
      ...slideBackground,
      'Geotechnical engineers were assessing the slope on Sunday afternoon. The agency said more material could fall if rain continued.',
    ],
  );
  const open = story(
    'rnz-news',
    'sh1-kaikoura-single-lane',
    'Kaikōura coast road open under stop-go after slip cleared',
    [
      'State Highway 1 north of Kaikōura reopened to traffic under stop-go control on Monday afternoon, after crews worked through the night to clear the slip that closed it on Sunday.',
      ...slideBackground,
      'A single lane will be open between 7 a.m. and 7 p.m. until netting has been fixed to the slope, the New Zealand Transport Agency said. Drivers should expect delays of up to 20 minutes.',
    ],
  );
  return [
    pair(
      'h8-road-slip-vs-open',
      'road-slip',
      blocked,
      open,
      'one slip: the highway cut on Sunday, reopened under stop-go on Monday; background shared',
    ),
  ];
}

const pilotBackground = [
  'Pilots at Aerolíneas del Sur, represented by the APLA union, walked out at midnight on Tuesday in a dispute over rest periods and a pay offer of 4% a year, which the union says falls far short of inflation.',
  'The carrier flies about 260 domestic and regional flights a day from Buenos Aires. The labour ministry ordered both sides to talks on Tuesday afternoon.',
];

export function pilotWalkout(): Pair[] {
  const grounded = story(
    'reuters-americas',
    'aerolineas-del-sur-pilots-strike',
    'Pilot walkout grounds Aerolíneas del Sur, strands 30,000',
    [
      'BUENOS AIRES, May 6 (Reuters) - A strike by pilots at Aerolíneas del Sur grounded all but a handful of its flights on Tuesday, stranding about 30,000 passengers, the airline said.',
      ...pilotBackground,
      'Chief executive Martín Olazábal called the strike "unjustifiable" and said the airline was losing about $3 million a day.',
    ],
  );
  const flying = story(
    'reuters-americas',
    'aerolineas-del-sur-flights-resume',
    'Aerolíneas del Sur back in the air after pilots accept mediation',
    [
      'BUENOS AIRES, May 7 (Reuters) - Aerolíneas del Sur restored most of its schedule on Wednesday after pilots ended a one-day walkout and accepted government mediation, the airline and the APLA union said.',
      ...pilotBackground,
      'The two sides agreed a 15-day truce while a mediator reviews the rest rules. About 40 flights were still cancelled on Wednesday morning as crews were repositioned.',
    ],
  );
  const reprinted = reprint(
    flying,
    'buenos-aires-herald',
    'del-sur-flights-back',
    'Flights take off again as Del Sur pilots end strike',
    {
      intro:
        "Aerolíneas del Sur flights were taking off again on Wednesday, a day after a pilots' strike left about 30,000 passengers stranded, as the union agreed to government mediation.",
      curly: true,
    },
  );
  return [
    pair(
      'h8-pilot-walkout-vs-resumed',
      'pilot-walkout',
      grounded,
      flying,
      'one strike: flights grounded on Tuesday, back in the air on Wednesday; background shared',
    ),
    pair(
      'h8-pilot-resumed-copy',
      'pilot-walkout',
      flying,
      reprinted,
      'the resumption reprinted: "back in the air" becomes "take off again", rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}

const juryBackground = [
  'Graham Pettifer, 58, a former finance director of the housing association Northlea Homes, denies defrauding it of £2.3 million over six years by paying invoices from companies he secretly controlled.',
  'The trial at Newcastle Crown Court heard five weeks of evidence. Pettifer told the jury the companies had carried out real repair work and that he had "made mistakes, but never stole a penny".',
];

export function juryOut(): Pair[] {
  const retires = story('pa-news', 'northlea-fraud-jury-out', 'Jury sent out in Northlea Homes fraud trial', [
    'The jury in the trial of a former housing association finance director accused of a £2.3 million fraud has retired to consider its verdicts.',
    ...juryBackground,
    'Judge Caroline Askew told the seven women and five men on Thursday to take as long as they needed. They were sent home overnight at 4.15 p.m.',
  ]);
  const verdict = story(
    'pa-news',
    'northlea-fraud-guilty',
    'Former housing association finance chief guilty of £2.3m fraud',
    [
      'A former housing association finance director has been found guilty of defrauding it of £2.3 million, after a jury deliberated for less than a day.',
      ...juryBackground,
      'The jury returned unanimous guilty verdicts on all four counts on Friday. Judge Caroline Askew remanded Pettifer in custody and will sentence him on 12 June.',
    ],
  );
  return [
    pair(
      'h8-jury-out-vs-verdict',
      'fraud-trial-jury',
      retires,
      verdict,
      'one trial: the jury retires on Thursday, guilty verdicts on Friday; background shared',
    ),
  ];
}
