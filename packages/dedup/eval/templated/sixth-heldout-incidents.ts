import type { Pair } from './kit.ts';
import { stagePair as pair, story } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: two stages of a museum theft, a bridge closure, a reactor outage
// and a hospital cyberattack, the later story recounting the earlier one. Names invented; figures made up.

const theftBackground = [
  'Thieves broke into the Frans Halsmuseum annexe in Haarlem in the early hours of January 9 through a skylight and took three 17th-century silver drinking horns and a gold chain of office belonging to the city guard, the museum said.',
  'The objects, made by Haarlem silversmiths between 1610 and 1650, are insured for about 4 million euros, but the museum has said their value to the city\'s history is "beyond money".',
];

export function museumTheft(): Pair[] {
  const stolen = story(
    'anp-english',
    'silver-stolen-haarlem-museum',
    'Thieves steal 17th-century silver from Haarlem museum',
    [
      'AMSTERDAM (ANP) - Thieves stole four pieces of 17th-century silver and gold from a museum in Haarlem overnight, police said on Thursday, appealing for witnesses.',
      ...theftBackground,
      'Police said a dark estate car was seen driving away at speed at about 3.15 am. The museum will stay closed until Monday.',
    ],
  );
  const recovered = story(
    'anp-english',
    'stolen-haarlem-silver-found-in-belgium',
    'Silver stolen from Haarlem museum found in Belgium, two arrested',
    [
      'AMSTERDAM (ANP) - Three silver drinking horns stolen from a museum in Haarlem in January have been found in a garage near Antwerp, and two men have been arrested, Dutch police said on Wednesday.',
      'The gold chain of office is still missing. The two suspects, aged 34 and 41, were arrested by Belgian police and will be handed over to the Netherlands, police said.',
      ...theftBackground,
      'Museum director Marieke Zonderland said she was "overjoyed" and hoped the horns could go back on display in the spring.',
    ],
  );
  return [
    pair(
      'h6-museum-theft-vs-recovery',
      'museum-theft',
      stolen,
      recovered,
      'one theft: the break-in, then three of the four pieces recovered seven weeks later; background shared',
    ),
  ];
}

const bridgeBackground = [
  'The Tappan Bridge carries Interstate 87 across the Hudson River between Rockland and Westchester counties and is used by about 140,000 vehicles a day.',
  "A barge being pushed downriver by a tugboat struck a support pier on the bridge's western side at about 5:20 a.m., the New York State Thruway Authority said. No one was injured.",
];

export function bridgeClosure(): Pair[] {
  const closed = story(
    'ap-us',
    'barge-strikes-tappan-bridge-closed',
    'Hudson River bridge closed after barge hits pier',
    [
      'TARRYTOWN, N.Y. (AP) - A major bridge over the Hudson River north of New York City was closed in both directions Friday morning after a barge struck one of its piers, officials said.',
      ...bridgeBackground,
      'Engineers and divers were inspecting the pier, and drivers were told to use the George Washington Bridge or the Bear Mountain Bridge. Traffic backed up for miles during the morning commute.',
    ],
  );
  const reopened = story(
    'ap-us',
    'tappan-bridge-reopens-after-barge-strike',
    'Hudson River bridge reopens hours after barge strike',
    [
      'TARRYTOWN, N.Y. (AP) - A major bridge over the Hudson River north of New York City reopened to traffic Friday afternoon, about nine hours after a barge struck one of its piers.',
      'Divers found only surface damage to the concrete, and the bridge is structurally sound, New York State Thruway Authority executive director Carla Ruiz said. One westbound lane will stay closed through the weekend for repairs.',
      ...bridgeBackground,
      "The U.S. Coast Guard said it was investigating how the tugboat's crew lost control of the barge.",
    ],
  );
  return [
    pair(
      'h6-bridge-closed-vs-reopened',
      'bridge-closure',
      closed,
      reopened,
      'one bridge on one day: closed in the morning after a barge strike, reopened that afternoon; background shared',
    ),
  ];
}

const reactorBackground = [
  'Unit 2 of the Oskarsvik nuclear power plant was shut down on November 4 after operators detected a small leak of cooling water in the reactor containment. The Swedish Radiation Safety Authority said no radioactivity was released.',
  "The reactor supplies about 8% of Sweden's electricity. Its outage came as power prices in southern Sweden hit their highest level in two years during a cold snap.",
];

export function reactorOutage(): Pair[] {
  const shut = story(
    'tt-english',
    'oskarsvik-2-shut-down-after-leak',
    'Swedish reactor Oskarsvik 2 shut down after cooling water leak',
    [
      'STOCKHOLM (TT) - The operator of the Oskarsvik nuclear plant on Tuesday shut down one of its reactors after a leak of cooling water, sending electricity prices in southern Sweden higher.',
      ...reactorBackground,
      'Operator Östkraft said it could not yet say how long the reactor would stay offline. Day-ahead power prices in the SE4 price area rose 31% for Wednesday.',
    ],
  );
  const restarted = story(
    'tt-english',
    'oskarsvik-2-restarted-after-repair',
    'Oskarsvik 2 back online after leak repair',
    [
      'STOCKHOLM (TT) - The Oskarsvik 2 nuclear reactor was restarted on Monday after a three-week outage caused by a leak of cooling water, operator Östkraft said, and will reach full output by the weekend.',
      'The leak came from a cracked weld on a valve, which has been replaced, Östkraft said. The Radiation Safety Authority approved the restart on Friday.',
      ...reactorBackground,
      'Day-ahead power prices in the SE4 price area fell 18% for Tuesday.',
    ],
  );
  return [
    pair(
      'h6-reactor-shut-vs-restarted',
      'reactor-outage',
      shut,
      restarted,
      'one reactor: shut down after a leak, restarted three weeks later; background shared',
    ),
  ];
}

const cyberBackground = [
  'Hospitals of the Cluj University Health Group were hit by a ransomware attack on the night of April 11 that encrypted patient records and the laboratory and imaging systems, the health ministry said.',
  'The group runs four hospitals with about 2,100 beds in northwestern Romania. Ambulances were diverted to other hospitals, and staff went back to paper records.',
];

export function hospitalCyberattack(): Pair[] {
  const hit = story(
    'agerpres-english',
    'cluj-hospitals-hit-by-ransomware',
    'Ransomware attack cripples Cluj hospitals, ambulances diverted',
    [
      'BUCHAREST, April 12 (Agerpres) - Four hospitals in the Romanian city of Cluj-Napoca were diverting ambulances and postponing planned operations on Saturday after a ransomware attack, the health ministry said.',
      ...cyberBackground,
      'The national cyber security directorate DNSC said it was working with the hospitals and that the attackers had demanded a ransom, which would not be paid.',
    ],
  );
  const restored = story(
    'agerpres-english',
    'cluj-hospitals-systems-restored',
    'Cluj hospitals restore systems after ransomware attack',
    [
      'BUCHAREST, April 17 (Agerpres) - Hospitals in the Romanian city of Cluj-Napoca have restored their patient records and laboratory systems from backups and resumed normal admissions, six days after a ransomware attack, the health ministry said on Thursday.',
      'Planned operations will restart on Monday. About 340 had been postponed, the Cluj University Health Group said.',
      ...cyberBackground,
      'The DNSC said there was no evidence that patient data had been published, and that no ransom was paid.',
    ],
  );
  return [
    pair(
      'h6-cyberattack-vs-restored',
      'hospital-cyberattack',
      hit,
      restored,
      'one attack: the hospitals crippled, then systems restored six days later; background shared',
    ),
  ];
}
