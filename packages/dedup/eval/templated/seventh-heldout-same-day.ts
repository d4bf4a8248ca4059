import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, story } from './seventh-heldout-kit.ts';

// The seventh held-out part: two stages of one affair on the same day, the later story recounting the
// earlier one with its names and background. Companies, people and places are invented; figures made up.

const haltBackground = [
  'Korvane Minerals, which owns two lithium mines in Western Australia and a processing plant at Kwinana, has been in talks with lenders since February after lithium prices fell by more than two thirds from their peak.',
  'The company reported a net loss of A$212 million for the half year to December and said in March that it had enough cash to last until the end of the year under its current plan.',
];

export function tradingHalt(): Pair[] {
  const halted = story(
    'reuters-asia',
    'korvane-shares-halted-pending-announcement',
    'Korvane Minerals shares halted ahead of funding announcement',
    [
      'SYDNEY, June 3 (Reuters) - Shares in Korvane Minerals were placed in a trading halt on the Australian Securities Exchange on Tuesday morning, pending an announcement about a capital raising.',
      ...haltBackground,
      'The halt will last until the start of trading on Thursday or until the announcement is released, whichever comes first, the company said. Its shares last traded at A$0.41, down 63% this year.',
    ],
  );
  const resumed = story(
    'reuters-asia',
    'korvane-shares-resume-after-raising',
    'Korvane Minerals shares slump as trading resumes after A$150 million raising',
    [
      'SYDNEY, June 3 (Reuters) - Korvane Minerals shares fell 18% when they resumed trading on Tuesday afternoon, after the lithium miner said it had raised A$150 million from institutional investors at a steep discount.',
      'The placement was priced at A$0.33 a share, a 20% discount to the last close, and will be followed by a A$40 million offer to retail shareholders, the company said, lifting the halt it requested that morning.',
      ...haltBackground,
      'Chief executive Lachlan Brierley said the funds would carry the company "through the bottom of the cycle".',
    ],
  );
  const updated = story(
    'reuters-asia',
    'korvane-shares-resume-after-raising-update-1',
    'UPDATE 1-Korvane Minerals shares slump as trading resumes after A$150 million raising',
    [
      'SYDNEY, June 3 (Reuters) - Korvane Minerals shares fell 18% when they resumed trading on Tuesday afternoon, after the lithium miner said it had raised A$150 million from institutional investors at a steep discount.',
      'The placement was priced at A$0.33 a share, a 20% discount to the last close, and will be followed by a A$40 million offer to retail shareholders, the company said, lifting the halt it requested that morning.',
      ...haltBackground,
      'Chief executive Lachlan Brierley said the funds would carry the company "through the bottom of the cycle".',
      'Analysts at Morgan Stanley said the raising removed the risk of a breach of loan covenants but diluted existing holders by about 45%.',
    ],
  );
  return [
    pair(
      'h7-trading-halt-vs-resumption',
      'trading-halt',
      halted,
      resumed,
      'one miner on one day: shares halted in the morning, trading resumes after the raising in the afternoon; background shared',
    ),
    pair(
      'h7-trading-resumption-update',
      'trading-halt',
      resumed,
      updated,
      "the same-day UPDATE 1 of the resumption story: one analysts' paragraph added",
      'duplicate',
    ),
  ];
}

const groundingBackground = [
  'Skyline Nordic operates 22 ATR 72 turboprops on domestic and regional routes from Oslo, Bergen and Tromsø, many of them to coastal airports with short runways.',
  'The airline had flagged the problem on Monday evening after a routine check at Bergen found a cracked bracket on the propeller de-icing system of one aircraft, the Civil Aviation Authority said.',
];

export function fleetGrounding(): Pair[] {
  const grounded = story(
    'ntb-english',
    'skyline-nordic-grounds-atr-fleet',
    'Norway grounds Skyline Nordic turboprop fleet for checks',
    [
      "OSLO (NTB) - Norway's Civil Aviation Authority on Tuesday morning ordered Skyline Nordic to ground its entire fleet of turboprop aircraft for inspections, forcing the cancellation of more than 90 flights.",
      ...groundingBackground,
      'Some 6,000 passengers were affected by the cancellations on Tuesday, the airline said, and it was trying to rebook them on other carriers. "Safety comes first," spokesperson Ingrid Hovland said.',
    ],
  );
  const cleared = story(
    'ntb-english',
    'skyline-nordic-atr-fleet-cleared',
    'Skyline Nordic turboprops cleared to fly again after inspections',
    [
      "OSLO (NTB) - Skyline Nordic's turboprop fleet was cleared to fly again on Tuesday evening, after inspections found no further cracks, hours after Norway's Civil Aviation Authority grounded the aircraft.",
      ...groundingBackground,
      'Nineteen aircraft have been released for service and three remain under inspection, the authority said. Full schedules resume on Wednesday morning.',
      'More than 90 flights were cancelled on Tuesday, affecting about 6,000 passengers.',
    ],
  );
  const reprinted = reprint(
    cleared,
    'thelocal-no',
    'skyline-planes-back-in-air',
    'Skyline Nordic planes back in the air',
    {
      intro:
        "Skyline Nordic's grounded turboprops were allowed back into the air on Tuesday evening after inspectors found no further cracks, just hours after the Civil Aviation Authority had ordered the whole fleet out of service.",
      curly: true,
    },
  );
  return [
    pair(
      'h7-fleet-grounded-vs-cleared',
      'fleet-grounding',
      grounded,
      cleared,
      'one fleet on one day: grounded in the morning, cleared to fly in the evening; background shared',
    ),
    pair(
      'h7-fleet-cleared-copy',
      'fleet-grounding',
      cleared,
      reprinted,
      'the clearance reprinted: "cleared to fly again" becomes "back in the air", rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}

const siegeBackground = [
  'Police were called to the house on Quarry Lane at about 6.30am after a neighbour reported hearing shots. Officers found a man armed with a shotgun inside who refused to come out.',
  'About 40 homes were evacuated and a primary school nearby was closed for the day. Trained negotiators from Devon and Cornwall Police were brought in from Exeter.',
];

export function armedStandOff(): Pair[] {
  const standOff = story(
    'pa-southwest',
    'armed-standoff-okehampton',
    'Armed police in stand-off with man at house in Okehampton',
    [
      'OKEHAMPTON (PA) - Armed police are in a stand-off with a man who is believed to have a shotgun at a house in Okehampton, Devon, and residents have been told to stay away from the area.',
      ...siegeBackground,
      'Superintendent Clare Ashworth said: "We are doing everything we can to bring this to a peaceful end. There is no wider risk to the public." Nobody is believed to have been hurt.',
    ],
  );
  const surrender = story(
    'pa-southwest',
    'okehampton-standoff-man-surrenders',
    'Man arrested after nine-hour armed stand-off in Okehampton ends',
    [
      'OKEHAMPTON (PA) - A 52-year-old man has been arrested after giving himself up to police, ending a nine-hour armed stand-off at a house in Okehampton, Devon, on Thursday afternoon.',
      ...siegeBackground,
      'The man walked out of the house at about 3.40pm and was arrested on suspicion of possessing a firearm with intent to cause fear of violence. A shotgun was recovered. Residents have been allowed home.',
    ],
  );
  return [
    pair(
      'h7-standoff-vs-surrender',
      'armed-standoff',
      standOff,
      surrender,
      'one stand-off on one day: police surround the house, then the man gives himself up; background shared',
    ),
  ];
}

const warningBackground = [
  'Storm Edda is expected to bring gusts of 80 to 90mph to exposed coasts of north-west Scotland, with large waves and the risk of flying debris, power cuts and damage to buildings.',
  'CalMac has already cancelled most ferry sailings for Friday, and Network Rail said trains on the West Highland and Kyle lines would not run until the lines could be checked.',
];

export function stormWarning(): Pair[] {
  const upgraded = story(
    'bbc-scotland',
    'storm-edda-red-warning',
    'Storm Edda: Red warning issued for Western Isles and Skye',
    [
      'The Met Office has upgraded its warning for Storm Edda to red, meaning danger to life, for the Western Isles, Skye and parts of the north-west Highlands from 06:00 to 14:00 on Friday.',
      ...warningBackground,
      'An amber warning covers the rest of the Highlands and Argyll. Deputy First Minister Kate Forbes urged people in the red area not to travel.',
    ],
  );
  const downgraded = story(
    'bbc-scotland',
    'storm-edda-warning-downgraded',
    'Storm Edda: Red warning downgraded to amber as storm tracks north',
    [
      'The red warning for Storm Edda has been downgraded to amber, the Met Office said on Friday evening, after the storm tracked further north than expected. It had been upgraded to red that morning.',
      ...warningBackground,
      'Gusts reached 83mph at Stornoway, and about 4,000 homes lost power, SSEN said. The amber warning remains in place until midnight.',
    ],
  );
  const reprinted = reprint(
    downgraded,
    'pressandjournal-highlands',
    'storm-edda-red-alert-lifted',
    'Red alert for Storm Edda lifted as gales ease',
    {
      local: {
        after: 3,
        text: 'In Uig, Skye, the pier was closed and the Tarbert ferry stayed in harbour for a second day, the harbour master said.',
      },
    },
  );
  return [
    pair(
      'h7-storm-warning-upgraded-vs-downgraded',
      'storm-warning',
      upgraded,
      downgraded,
      'one storm warning: upgraded to red in the morning, downgraded to amber in the evening; background shared',
    ),
    pair(
      'h7-storm-warning-downgrade-copy',
      'storm-warning',
      downgraded,
      reprinted,
      'the downgrade reprinted: "downgraded" becomes "red alert lifted", a local paragraph on Uig',
      'duplicate',
    ),
  ];
}
