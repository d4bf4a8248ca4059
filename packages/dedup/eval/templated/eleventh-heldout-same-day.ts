import { stagePair as pair, reprint, shortened, story, version } from './eleventh-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The eleventh held-out part: two stages of one affair on the same day, hours apart, the later story
// recounting the earlier with its names and background, and the copies outlets and agencies make of
// one stage. People and small firms are invented; places, large companies and clubs real; figures made up.

const craneBackground = [
  'The crane, about 60 metres tall, was lifting a concrete bucket on the building site of a 24-storey office tower when its jib snapped and fell across Mainzer Landstrasse, crushing a delivery van and a parked car.',
  'Two construction workers were taken to hospital with serious injuries and the van driver was treated for shock. The street, one of the main routes into the Bahnhofsviertel, was closed to traffic and three tram lines were diverted.',
];

export function craneCollapse(): Pair[] {
  const fell = story(
    'reuters-europe',
    'frankfurt-crane-collapses-street',
    'Crane collapses onto busy Frankfurt street, two workers hurt',
    [
      'FRANKFURT, Germany, March 11 (Reuters) - A tower crane collapsed onto a busy street in central Frankfurt on Wednesday morning, seriously injuring two workers and crushing two vehicles, police said.',
      ...craneBackground,
      'Police said it was too early to say what caused the collapse. Wind speeds in the city were low at the time. The builder, Hessen Hochbau GmbH, said it was "deeply shocked" and was working with investigators.',
    ],
  );
  const halted = story(
    'reuters-europe',
    'frankfurt-orders-cranes-stopped',
    'Frankfurt halts all cranes of builder after street collapse',
    [
      'FRANKFURT, Germany, March 11 (Reuters) - Frankfurt ordered all 17 tower cranes operated by builder Hessen Hochbau in the city to stop work on Wednesday evening, hours after one of them collapsed onto a busy street near the main railway station and seriously injured two workers.',
      ...craneBackground,
      "The city's building inspectorate said the cranes must stay idle until an independent expert has checked each of them, which could take two weeks. Prosecutors opened an investigation on suspicion of negligent bodily harm.",
    ],
  );
  const brief = shortened(
    halted,
    'hessenschau-english',
    'crane-stop-hessen-hochbau',
    'City stops Hessen Hochbau cranes after Mainzer Landstrasse crash',
    2,
  );
  return [
    pair(
      'h11-crane-collapsed-vs-cranes-halted',
      'frankfurt-crane',
      fell,
      halted,
      "one crane collapse, hours apart on one day: the collapse in the morning, the city's stop order that evening; background shared",
    ),
    pair(
      'h11-cranes-halted-brief',
      'frankfurt-crane',
      halted,
      brief,
      'a regional brief cut to the first two paragraphs of the stop-order story under its own headline',
      'duplicate',
    ),
  ];
}

const roofBackground = [
  'Gusts of up to 110 km/h tore away about a third of the roof panels over the north stand at the Stadio Olimpico Grande Torino overnight, scattering debris across the pitch and the car park. Nobody was in the stadium at the time.',
  'Storm Amelie brought down trees across Piedmont and cut power to about 40,000 homes. Turin closed its parks and cemeteries for the day.',
];

export function stadiumRoof(): Pair[] {
  const torn = story(
    'ansa-english',
    'torino-stadium-roof-storm-damage',
    'Storm rips roof off part of Torino stadium',
    [
      "TURIN, Italy, Nov 2 (ANSA) - Storm winds ripped away part of the roof of Torino's stadium early on Sunday, hours before the Serie A side were due to host Lazio, the club said, adding that engineers were inspecting the structure.",
      ...roofBackground,
      'Torino said a decision on whether the match could go ahead would be taken by late morning. "Safety comes first," club president Urbano Cairo told reporters outside the ground.',
    ],
  );
  const postponed = story(
    'ansa-english',
    'torino-lazio-postponed-roof',
    'Torino-Lazio postponed after storm damages stadium roof',
    [
      "TURIN, Italy, Nov 2 (ANSA) - Serie A's match between Torino and Lazio was postponed on Sunday after storm winds tore away part of the roof of Torino's stadium overnight, the league said, less than four hours before kick-off.",
      ...roofBackground,
      'The league said a new date would be set this week. Lazio, who had travelled on Saturday, flew back to Rome in the afternoon. Fans with tickets will be able to use them for the rearranged game or ask for a refund.',
    ],
  );
  return [
    pair(
      'h11-roof-torn-vs-match-postponed',
      'torino-roof',
      torn,
      postponed,
      'one storm-damaged stadium, hours apart: the roof torn away in the morning, the match called off at midday; background shared',
    ),
  ];
}

const ceoBackground = [
  'Nordvik, based in Stavanger, builds and leases offshore supply vessels and employs about 2,300 people. Its shares have fallen 38% this year after two profit warnings.',
  'Okokrim, the economic crime unit, said the arrest was linked to an investigation into suspected bribery over ship-repair contracts in West Africa between 2019 and 2023, opened after a whistleblower complaint last year.',
];

export function ceoArrested(): Pair[] {
  const arrested = story(
    'reuters-business',
    'nordvik-ceo-arrested-okokrim',
    "Norway's Nordvik Offshore CEO arrested in bribery probe",
    [
      'OSLO, Jan 27 (Reuters) - Norwegian police arrested the chief executive of shipping group Nordvik Offshore, Henrik Solbakken, at his home on Tuesday morning as part of a bribery investigation, the company and prosecutors said, sending its shares down 14%.',
      ...ceoBackground,
      'Solbakken\'s lawyer, Marte Lie, said her client denied any wrongdoing and would cooperate fully. Nordvik said it was "seeking more information" and would update the market.',
    ],
  );
  const suspended = story(
    'reuters-business',
    'nordvik-board-suspends-ceo',
    'Nordvik Offshore board suspends CEO after arrest, names CFO interim chief',
    [
      'OSLO, Jan 27 (Reuters) - The board of Nordvik Offshore suspended chief executive Henrik Solbakken on Tuesday evening and named finance chief Ingrid Haugland as interim CEO, hours after Solbakken was arrested in a bribery investigation.',
      ...ceoBackground,
      'Chair Per Arne Vik said the board had hired a law firm to run its own review. The shares closed down 11% after recovering some ground in the afternoon.',
    ],
  );
  const local = reprint(
    suspended,
    'stavanger-aftenblad-english',
    'nordvik-chief-suspended',
    'Nordvik sidelines Solbakken, Haugland takes the helm',
    {
      local: {
        after: 3,
        text: 'Nordvik is one of the largest private employers in Stavanger, with about 900 staff at its headquarters and yard in Dusavik. The union at the yard said members were "worried but working as normal".',
      },
      cutLast: true,
    },
  );
  return [
    pair(
      'h11-ceo-arrested-vs-suspended',
      'nordvik-ceo',
      arrested,
      suspended,
      'one arrest, hours apart: the CEO arrested in the morning, suspended by the board and an interim named that evening; background shared',
    ),
    pair(
      'h11-ceo-suspended-local-copy',
      'nordvik-ceo',
      suspended,
      local,
      'the suspension reprinted by a local paper: own headline, a local paragraph added, the last paragraph cut',
      'duplicate',
    ),
  ];
}

const blastBackground = [
  'The explosion tore through the ground floor of the four-storey building in Rue de Tivoli shortly before 7 a.m., bringing down part of the facade. Firefighters pulled 12 people from the rubble; a woman of 81 died in hospital and five people were seriously hurt.',
  'About 60 residents of the building and the two next to it spent the day in a school gymnasium. Gas supplier GRDF said it had cut the supply to the street.',
];

export function gasBlast(): Pair[] {
  const blast = story(
    'afp-france',
    'lyon-gas-explosion-building',
    'Gas explosion wrecks Lyon apartment building, one dead',
    [
      'LYON, France (AFP) - A suspected gas explosion ripped through an apartment building in Lyon on Thursday, killing an elderly woman and injuring 14 people, five of them seriously, the prefecture said.',
      ...blastBackground,
      'Neighbours told reporters they had smelt gas in the stairwell the evening before. The prefect said investigators were examining "every possible cause".',
    ],
  );
  const held = story(
    'afp-france',
    'lyon-explosion-landlord-held',
    'Landlord held over deadly Lyon gas blast',
    [
      'LYON, France (AFP) - Police on Thursday evening took into custody the owner of the Lyon apartment building wrecked by a gas explosion that morning, prosecutors said, on suspicion of manslaughter over boiler work carried out without a permit.',
      ...blastBackground,
      'Prosecutor Thierry Dran said a heating contractor was also being questioned. The building had failed a safety inspection in June, according to the city.',
    ],
  );
  return [
    pair(
      'h11-gas-blast-vs-landlord-held',
      'lyon-gas-blast',
      blast,
      held,
      'one gas explosion, hours apart: the blast in the morning, the landlord taken into custody that evening; background shared',
    ),
  ];
}

const juryBackground = [
  "Thornton, 44, a former director of Kestrel Lettings, denies eight counts of fraud by abuse of position involving about 1.9 million pounds of tenants' deposits between 2018 and 2022.",
  'The trial at Southwark Crown Court began in September and heard from 31 witnesses. The jury of seven men and five women had been deliberating for four days.',
];

export function juryDischarged(): Pair[] {
  const discharged = story(
    'pa-courts',
    'kestrel-lettings-jury-discharged',
    'Jury discharged in Kestrel Lettings deposit fraud trial',
    [
      "LONDON (PA) - The jury in the trial of a letting agent boss accused of stealing tenants' deposits was discharged on Friday morning after a juror was found to have researched the case online, a judge at Southwark Crown Court said.",
      ...juryBackground,
      'Judge Sarah Whitlock told the court the juror had looked up news reports about Kestrel Lettings on her phone. "I have no choice," she said. Prosecutors were given until the afternoon to say whether they would seek a retrial.',
    ],
  );
  const retrial = story(
    'pa-courts',
    'kestrel-lettings-retrial-ordered',
    'Retrial ordered for Kestrel Lettings boss after jury discharged',
    [
      'LONDON (PA) - A retrial of letting agent boss Gary Thornton on deposit fraud charges will begin in February, a judge at Southwark Crown Court ruled on Friday afternoon, hours after the jury in his first trial was discharged.',
      ...juryBackground,
      'Judge Sarah Whitlock set a date of February 9 and extended Thornton\'s bail. The Crown Prosecution Service said it was "in the public interest" to try the case again.',
    ],
  );
  const retrialUpdate = version(
    retrial,
    'kestrel-lettings-retrial-ordered-update1',
    'UPDATE 1-Retrial ordered for Kestrel Lettings boss after jury discharged',
    (ps) => [
      ...ps.slice(0, 3),
      'Outside court, tenants\' group Generation Rent said victims had been "let down again". One former Kestrel tenant, Priya Nair, said she had been waiting four years for her 1,450 pound deposit.',
      ...ps.slice(3),
    ],
  );
  return [
    pair(
      'h11-jury-discharged-vs-retrial-ordered',
      'kestrel-trial',
      discharged,
      retrial,
      'one trial, hours apart: the jury discharged in the morning, a retrial ordered in the afternoon; background shared',
    ),
    pair(
      'h11-retrial-update1',
      'kestrel-trial',
      retrial,
      retrialUpdate,
      "the agency's same-day UPDATE 1 of the retrial story: a paragraph of tenants' reaction inserted before the last",
      'duplicate',
    ),
  ];
}

const chipBackground = [
  "The fire broke out in a clean room of the plant in Naka, north of Tokyo, at about 3 a.m. and was put out by the factory's own fire brigade within two hours. Nobody was hurt.",
  'The Naka plant makes about a third of the microcontrollers Renesas supplies to carmakers. A fire at the same site in 2021 halted production for a month and worsened a global chip shortage.',
];

export function chipPlantFire(): Pair[] {
  const fire = story(
    'kyodo-business',
    'renesas-naka-plant-fire',
    'Fire breaks out at Renesas chip plant in Ibaraki',
    [
      'TOKYO, Kyodo - A fire broke out early Monday at a Renesas Electronics Corp. semiconductor plant in Ibaraki Prefecture, the company said, halting some production lines at a factory that supplies chips to carmakers around the world.',
      ...chipBackground,
      'Renesas said it was checking the damage and could not yet say when the lines would restart. Its shares fell 6 percent in morning trading in Tokyo.',
    ],
  );
  const impact = story(
    'kyodo-business',
    'renesas-naka-output-halt-three-weeks',
    'Renesas says Naka chip output to be halted for three weeks after fire',
    [
      'TOKYO, Kyodo - Renesas Electronics Corp. said Monday evening that production on the affected line at its Naka plant would be halted for about three weeks after a fire there early in the day, cutting its output of car chips by around 15 percent for the month.',
      ...chipBackground,
      'President Hidetoshi Shibata told a news conference that the company would shift some production to other plants and did not expect supply to carmakers to be disrupted "at this stage". The shares closed down 4.1 percent.',
    ],
  );
  return [
    pair(
      'h11-chip-fire-vs-output-halt',
      'renesas-fire',
      fire,
      impact,
      'one plant fire, hours apart: the fire reported in the morning, the three-week halt and its cost that evening; background shared',
    ),
  ];
}

const ferryBackground = [
  "The fire started in the engine room of the Stena Nordica about 20 nautical miles off the Danish coast shortly after 1 p.m., knocking out both engines. The crew put it out within an hour using the ship's sprinkler system.",
  'The ferry was carrying 247 passengers, 68 crew and about 90 lorries on its crossing from Frederikshavn to Gothenburg. Two crew members were treated for smoke inhalation.',
];

export function ferryFire(): Pair[] {
  const adrift = story(
    'reuters-europe',
    'stena-ferry-engine-fire-adrift',
    'Ferry with 300 aboard adrift after engine fire in Kattegat',
    [
      'COPENHAGEN, Aug 14 (Reuters) - A ferry carrying more than 300 people was drifting in the Kattegat strait on Thursday after a fire in its engine room, the Danish navy said, and tugs were on their way.',
      ...ferryBackground,
      "The navy said a helicopter was standing by but the passengers were not in danger and had been gathered at the muster stations. Stena Line said it was cancelling the evening's return sailing.",
    ],
  );
  const towed = story(
    'reuters-europe',
    'stena-ferry-towed-into-port',
    'Fire-stricken ferry towed into Frederikshavn, passengers ashore',
    [
      'COPENHAGEN, Aug 14 (Reuters) - A ferry that lost power after an engine-room fire in the Kattegat strait was towed back into the Danish port of Frederikshavn on Thursday evening and all 315 passengers and crew came ashore safely, operator Stena Line said.',
      ...ferryBackground,
      'Stena Line said the ship would be out of service for at least a week while the engine room was inspected. The Danish Maritime Authority said it had opened an investigation.',
    ],
  );
  const towedUpdate = version(
    towed,
    'stena-ferry-towed-into-port-update1',
    'UPDATE 1-Fire-stricken ferry towed into Frederikshavn, passengers ashore',
    (ps) => [
      ...ps,
      'Passengers leaving the terminal said the wait had been calm. "They gave us sandwiches and blankets, and the captain spoke to us every half hour," said Swedish lorry driver Anders Holm.',
    ],
  );
  return [
    pair(
      'h11-ferry-adrift-vs-towed-in',
      'kattegat-ferry',
      adrift,
      towed,
      'one ferry fire, hours apart: adrift after the fire in the afternoon, towed into port that evening; background shared',
    ),
    pair(
      'h11-ferry-towed-update1',
      'kattegat-ferry',
      towed,
      towedUpdate,
      "the agency's same-day UPDATE 1 of the towing story: a paragraph of passengers' reaction added at the end",
      'duplicate',
    ),
  ];
}
