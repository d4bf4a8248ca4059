import { stagePair as pair, reprint, story } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eighth held-out part, continued: same-day affairs whose later story is told in other words than
// the earlier one's. People, companies and places are invented; figures made up.

const hijackBackground = [
  'The man boarded the number 14 bus at the central station in Malmö shortly after 7 a.m. and forced the driver at knifepoint to drive out of the city, police said. Eleven passengers were on board.',
  'The bus stopped in a lay-by on the E22 near Lomma, where police cordoned off the road and negotiators made contact with the man by telephone. Six passengers were allowed to leave during the morning.',
];

export function busHijack(): Pair[] {
  const seized = story(
    'tt-english',
    'malmo-bus-taken-knifepoint',
    'Armed man holds passengers on bus outside Malmö',
    [
      'MALMÖ (TT) - An armed man was holding passengers on a city bus he commandeered in Malmö on Thursday morning, and the E22 motorway was closed in both directions, police said.',
      ...hijackBackground,
      'Police spokesperson Karin Ek said the man had made "demands of a personal nature" and that no one had been hurt so far.',
    ],
  );
  const ended = story(
    'tt-english',
    'malmo-bus-passengers-freed',
    'Last passengers walk free as Malmö bus drama ends peacefully',
    [
      'MALMÖ (TT) - The last five passengers on a bus seized by a man with a knife walked free on Thursday afternoon after he gave himself up to police on the E22 near Lomma, ending a seven-hour ordeal.',
      ...hijackBackground,
      'The man, in his forties, was taken into custody. Police spokesperson Karin Ek said he was known to them and would be questioned on suspicion of kidnapping. The motorway reopened at 4 p.m.',
    ],
  );
  return [
    pair(
      'h8-bus-seized-vs-freed',
      'bus-hijack',
      seized,
      ended,
      'one bus on one day: passengers held in the morning, freed in the afternoon without a stage verb in the later headline; background shared',
    ),
  ];
}

const mainBackground = [
  "The 90-centimetre trunk main under Harbour Road in Wellington's Kaiwharawhara burst at about 5 a.m., flooding the road and cutting supply to about 28,000 homes in the northern suburbs, Wellington Water said.",
  "The pipe was laid in 1964 and had been on the utility's list for replacement by 2028. Schools in Ngaio and Khandallah sent pupils home and water tankers were set up at three sites.",
];

export function waterMain(): Pair[] {
  const burst = story(
    'rnz-news',
    'wellington-trunk-main-burst',
    'Burst main leaves 28,000 Wellington homes without water',
    [
      "About 28,000 homes in Wellington's northern suburbs are without water after a trunk main burst early on Monday, and repairs are expected to take most of the day.",
      ...mainBackground,
      'Residents were asked not to use water for anything but drinking once supply returns, to let reservoirs refill.',
    ],
  );
  const restored = story(
    'rnz-news',
    'wellington-water-back-on',
    'Taps running again in northern suburbs after main repaired',
    [
      "Water is flowing again to all 28,000 homes in Wellington's northern suburbs, Wellington Water said on Monday evening, after crews replaced a six-metre section of the trunk main that burst that morning.",
      ...mainBackground,
      'Some residents may have discoloured water for a day or two. Schools will open as normal on Tuesday, the council said.',
    ],
  );
  return [
    pair(
      'h8-water-main-burst-vs-restored',
      'water-main',
      burst,
      restored,
      'one main on one day: 28,000 homes cut off in the morning, taps running again in the evening; background shared',
    ),
  ];
}

const cableBackground = [
  "The Sasso Grande cable car carries skiers and hikers 1,100 metres up from Cortina d'Ampezzo. It stopped at about 11 a.m. when a drive motor failed, leaving two cabins suspended above the valley.",
  'The cabins were carrying 64 people, among them a school group of 22 children from Verona, the operator said. The backup motor also failed to start.',
];

export function cableCar(): Pair[] {
  const stuck = story(
    'ansa-english',
    'cortina-cable-car-stuck',
    'Dozens stranded in cable car cabins above Cortina',
    [
      "CORTINA D'AMPEZZO - Sixty-four people, including 22 schoolchildren, were stranded in two cable car cabins high above Cortina on Saturday after the system broke down, the operator said.",
      ...cableBackground,
      'Alpine rescue teams and two helicopters were on their way. Rescuers said those trapped were calm and had been told to stay seated.',
    ],
  );
  const down = story(
    'ansa-english',
    'cortina-cable-car-all-brought-down',
    'All 64 brought down safely from stalled Cortina cable car',
    [
      "CORTINA D'AMPEZZO - Rescuers brought all 64 people down safely from two stalled cable car cabins above Cortina on Saturday evening, lowering most of them on ropes, after a six-hour operation.",
      ...cableBackground,
      'Helicopters winched out the children first. Prosecutors in Belluno have opened an inquiry and the cable car will stay closed until further notice, the operator said.',
    ],
  );
  const reprinted = reprint(
    down,
    'the-local-it',
    'cortina-cable-car-rescue',
    'Rescuers lower 64 to safety from broken Cortina cable car',
    {
      intro:
        "Sixty-four people, 22 of them children on a school trip, were lowered to safety on Saturday evening from two cable car cabins that had hung above Cortina d'Ampezzo for six hours.",
      cutLast: true,
    },
  );
  return [
    pair(
      'h8-cable-car-stuck-vs-down',
      'cable-car',
      stuck,
      down,
      'one cable car on one day: 64 stranded at midday, all brought down in the evening; background shared',
    ),
    pair(
      'h8-cable-car-rescue-copy',
      'cable-car',
      down,
      reprinted,
      'the rescue reprinted: "brought down safely" becomes "lowered to safety", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}

const droneBackground = [
  'Air traffic control at Dublin Airport suspended all departures and arrivals at 6.40 p.m. after two pilots reported a drone close to the northern runway, daa said. Gardaí were searching fields around the airport.',
  'It is the fifth time this year that drone sightings have disrupted flights at Dublin, and the Government said in March it would buy detection equipment, which has not yet been installed.',
];

export function droneClosure(): Pair[] {
  const shut = story(
    'rte-news',
    'dublin-airport-drone-halt',
    'Flights halted at Dublin Airport over drone sighting',
    [
      'Flights at Dublin Airport have been halted after a drone was seen near the runway on Friday evening, with at least 20 inbound flights diverted to Shannon, Belfast and Cardiff.',
      ...droneBackground,
      'Passengers were urged to check with their airlines before travelling to the airport.',
    ],
  );
  const resumed = story(
    'rte-news',
    'dublin-airport-operations-normal',
    'Dublin Airport operations back to normal after evening disruption',
    [
      'Dublin Airport reopened to traffic at 8.15 p.m. on Friday, more than 90 minutes after flights were stopped when a drone was seen near the runway, and it said operations were returning to normal.',
      ...droneBackground,
      'In all, 26 flights were diverted and 14 cancelled. Minister for Transport Seán Tierney said those responsible "are putting lives at risk" and would face the full force of the law.',
    ],
  );
  return [
    pair(
      'h8-drone-halt-vs-reopened',
      'drone-closure',
      shut,
      resumed,
      'one airport on one evening: flights halted by a drone, operations back to normal 90 minutes later; background shared',
    ),
  ];
}
