import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, shortened, story } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: two stages of one affair a day or more apart, the later story
// recounting the earlier one. People, companies, clubs and places are invented; figures made up.

const stadiumBackground = [
  "The 38,000-seat stadium would be built on the former Hawthorn Road gasworks site, two miles from the club's home of 112 years, Fenwick Park, which holds 21,500 and has no room to grow.",
  "The club says the £310 million scheme, which includes 600 homes, a hotel and a public square, would be privately financed. Residents' groups have raised concerns about match-day traffic and parking.",
];

export function stadiumPlans(): Pair[] {
  const submitted = story(
    'pa-northeast',
    'ashbridge-united-stadium-plans-submitted',
    'Ashbridge United submit plans for 38,000-seat stadium',
    [
      'ASHBRIDGE (PA) - Ashbridge United have submitted a planning application for a new 38,000-seat stadium, the Championship club announced on Monday.',
      ...stadiumBackground,
      'A public consultation will run for six weeks and the council expects to make a decision in the autumn. Chairman Neil Garside said: "This is the most important day for the club in a generation."',
    ],
  );
  const approved = story(
    'pa-northeast',
    'ashbridge-united-stadium-approved',
    'Ashbridge United new stadium approved by council',
    [
      "ASHBRIDGE (PA) - Ashbridge United's plans for a 38,000-seat stadium were approved by the city council's planning committee on Wednesday night, by nine votes to three, four months after the club submitted them.",
      ...stadiumBackground,
      'The committee attached 46 conditions, including a match-day parking zone and a £4 million contribution to a new rail halt. The club hopes to open the stadium for the 2029-30 season.',
    ],
  );
  const reprinted = reprint(
    approved,
    'chroniclelive',
    'ashbridge-stadium-gets-green-light',
    'Ashbridge United stadium given green light',
    {
      intro:
        "Ashbridge United's new 38,000-seat stadium has been given the go-ahead after councillors on the planning committee voted nine to three in favour on Wednesday night, four months after the plans went in.",
      cutLast: true,
    },
  );
  return [
    pair(
      'h7-stadium-submitted-vs-approved',
      'stadium-plans',
      submitted,
      approved,
      "one club's stadium: plans submitted, then approved four months later; background shared",
    ),
    pair(
      'h7-stadium-approval-copy',
      'stadium-plans',
      approved,
      reprinted,
      'the approval reprinted: "approved" becomes "given green light", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}

const spillBackground = [
  'About 120 tonnes of heavy fuel oil leaked from a pipeline at the Kalvik terminal on Sunday when a valve failed during the loading of a tanker, operator Baltnord said.',
  'The oil spread along about 14 km of shoreline south of the terminal, including part of a nature reserve where thousands of eider ducks spend the winter.',
];

export function oilSpill(): Pair[] {
  const reported = story(
    'err-news',
    'kalvik-terminal-oil-spill',
    'Oil spill at Kalvik terminal fouls coastline',
    [
      'TALLINN (ERR) - Estonian authorities are racing to contain an oil spill from the Kalvik fuel terminal that has fouled a stretch of coastline, the Environmental Board said on Monday.',
      ...spillBackground,
      'Booms have been laid across the mouth of the bay and 200 people, including volunteers, are cleaning beaches. The Environmental Board has opened a criminal investigation.',
    ],
  );
  const done = story(
    'err-news',
    'kalvik-oil-spill-cleanup-complete',
    'Kalvik oil spill cleanup declared complete after five weeks',
    [
      'TALLINN (ERR) - The cleanup of the oil spill from the Kalvik fuel terminal has been completed, five weeks after the pipeline leak, the Environmental Board said on Friday.',
      ...spillBackground,
      'About 2,300 tonnes of oily sand and debris were removed from the beaches, and 418 oiled birds were found, of which 96 were cleaned and released. Baltnord has agreed to pay the cost, put at €6.8 million.',
    ],
  );
  return [
    pair(
      'h7-oil-spill-vs-cleanup',
      'oil-spill',
      reported,
      done,
      'one spill: the leak reported, then the cleanup declared complete five weeks later; background shared',
    ),
  ];
}

const whaleBackground = [
  'The humpback, thought to be a juvenile about nine metres long, was found stranded on a sandbar at Farewell Spit early on Saturday by a tour operator, the Department of Conservation said.',
  'About 150 volunteers and DOC staff kept the whale cool and wet with buckets and sheets through the day while they waited for the tide.',
];

export function whaleStranding(): Pair[] {
  const stranded = story(
    'rnz-news',
    'humpback-stranded-farewell-spit',
    'Humpback whale stranded on Farewell Spit',
    [
      "A young humpback whale is stranded on Farewell Spit at the top of the South Island, and rescuers will try to refloat it on tonight's high tide.",
      ...whaleBackground,
      'DOC operations manager Aroha Tipene said the whale was "in reasonable condition for now" but the next 24 hours would be critical. People were asked to stay away unless they had been trained.',
    ],
  );
  const returned = story(
    'rnz-news',
    'humpback-returned-to-sea-farewell-spit',
    'Stranded humpback swims free from Farewell Spit',
    [
      'A young humpback whale that was stranded on Farewell Spit on Saturday has swum free, after rescuers refloated it on the morning high tide, the Department of Conservation says.',
      ...whaleBackground,
      'A first attempt on Saturday night failed when the whale turned back towards the shore. DOC operations manager Aroha Tipene said it was last seen heading north into Golden Bay.',
    ],
  );
  return [
    pair(
      'h7-whale-stranded-vs-freed',
      'whale-stranding',
      stranded,
      returned,
      'one whale: stranded on Saturday, swims free on Sunday; background shared',
    ),
  ];
}

const trialBackground = [
  "The phase 3 trial of velnocitib, Orrin Therapeutics' experimental pill for advanced kidney cancer, has enrolled 640 patients at 110 sites in the United States and Europe.",
  "The drug is Orrin's most advanced product and analysts have estimated peak annual sales of up to $1.4 billion if it is approved.",
];

export function trialHold(): Pair[] {
  const halted = story(
    'reuters-health',
    'orrin-pauses-velnocitib-trial',
    'Orrin Therapeutics pauses kidney cancer drug trial after patient death',
    [
      'May 12 (Reuters) - Orrin Therapeutics said on Monday it had paused enrolment and dosing in a late-stage trial of its kidney cancer drug after the death of a patient from liver failure, sending its shares down 41%.',
      ...trialBackground,
      'The company said it had informed the U.S. Food and Drug Administration and would review the case with an independent safety board.',
    ],
  );
  const resumed = story(
    'reuters-health',
    'orrin-resumes-velnocitib-trial',
    'Orrin Therapeutics resumes kidney cancer drug trial after FDA lifts hold',
    [
      'June 30 (Reuters) - Orrin Therapeutics said on Monday the U.S. Food and Drug Administration had lifted a clinical hold on its late-stage kidney cancer trial, seven weeks after a patient died of liver failure, sending its shares up 29%.',
      ...trialBackground,
      'Patients will now have liver tests every two weeks instead of monthly, and those with a history of liver disease will be excluded, the company said.',
    ],
  );
  const brief = shortened(
    resumed,
    'fiercebiotech',
    'orrin-hold-lifted',
    'FDA lifts hold on Orrin kidney cancer trial',
    3,
  );
  return [
    pair(
      'h7-trial-paused-vs-resumed',
      'trial-hold',
      halted,
      resumed,
      'one drug trial: paused after a death, resumed seven weeks later when the FDA lifts the hold; background shared',
    ),
    pair(
      'h7-trial-resumption-brief',
      'trial-hold',
      resumed,
      brief,
      'the resumption as a brief: its first three paragraphs under the outlet\'s own headline ("lifts hold" for "resumes")',
      'duplicate',
    ),
  ];
}
