import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, shortened, story } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: two stages of one affair on the same day or night — polls closing
// and the result, a blackout and the power restored, an escape and the recapture, a fire's shelter order
// and the all-clear. People, companies and places are invented; figures made up.

const runoffBackground = [
  'The runoff pits Green councillor Mirela Vasquez, 41, against former police chief Dale Hutchins, 58, an independent backed by the local Republican party, after neither won a majority in the first round on May 6.',
  'The race to lead the city of 640,000 has turned on housing costs and policing. Outgoing Mayor Tom Eckhardt, who served two terms, did not endorse either candidate.',
];

export function mayoralRunoff(): Pair[] {
  const close = story(
    'ap-west',
    'riverton-runoff-polls-close',
    'Polls close in tight Riverton mayoral runoff',
    [
      "RIVERTON, Ore. (AP) - Polls closed at 8 p.m. Tuesday in Riverton's mayoral runoff, with election officials reporting turnout of about 38%, higher than in the first round.",
      ...runoffBackground,
      'The county elections office said the first batch of results, covering ballots returned by mail before Election Day, would be released at about 8:30 p.m.',
    ],
  );
  const declared = story(
    'ap-west',
    'vasquez-wins-riverton-mayor-runoff',
    'Vasquez elected Riverton mayor in runoff',
    [
      'RIVERTON, Ore. (AP) - Green councillor Mirela Vasquez was elected mayor of Riverton on Tuesday night, beating former police chief Dale Hutchins with 53.4% of the vote to 46.6%, according to results released after polls closed.',
      ...runoffBackground,
      "Hutchins conceded shortly before midnight. Vasquez, the city's first Latina mayor, takes office on July 1.",
    ],
  );
  const corrected = story(
    'ap-west',
    'vasquez-wins-riverton-mayor-runoff-corrected',
    'CORRECTED-Vasquez elected Riverton mayor in runoff',
    [
      'RIVERTON, Ore. (AP) - Green councillor Mirela Vasquez was elected mayor of Riverton on Tuesday night, beating former police chief Dale Hutchins with 53.4% of the vote to 46.6%, according to results released after polls closed.',
      ...runoffBackground,
      "Hutchins conceded shortly before midnight. Vasquez, the city's first Latina mayor, takes office on June 1. (Corrects date she takes office in final paragraph)",
    ],
  );
  return [
    pair(
      'h7-runoff-polls-close-vs-result',
      'mayoral-runoff',
      close,
      declared,
      'one runoff on one night: polls close, then the winner is declared; background shared',
    ),
    pair(
      'h7-runoff-result-corrected',
      'mayoral-runoff',
      declared,
      corrected,
      'the result and its same-night CORRECTED- version: one date changed, a correction note',
      'duplicate',
    ),
  ];
}

const blackoutBackground = [
  'The outage began at 11.52am when a fault at the Kilrane substation tripped the interconnector that carries most of the power into the south-east, EirGrid said.',
  'Traffic lights failed across Wexford and Waterford, some schools sent pupils home early, and University Hospital Waterford switched to its back-up generators.',
];

export function powerOutage(): Pair[] {
  const out = story(
    'rte-news',
    'blackout-south-east-substation-fault',
    'Almost 190,000 homes and businesses without power in south-east',
    [
      'Almost 190,000 homes and businesses across Wexford, Waterford and south Kilkenny are without electricity after a fault at a substation, ESB Networks has said.',
      ...blackoutBackground,
      'ESB Networks said crews were on site but it could not yet say when supply would be restored. Gardaí asked motorists to treat junctions with failed lights as uncontrolled and to drive with care.',
    ],
  );
  const restored = story(
    'rte-news',
    'power-restored-south-east',
    'Power restored to almost all homes in south-east after outage',
    [
      'Power has been restored to all but about 2,000 of the almost 190,000 homes and businesses in Wexford, Waterford and south Kilkenny that lost supply today, ESB Networks has said.',
      ...blackoutBackground,
      'Supply returned in stages from about 3pm as the network was reconfigured around the faulty equipment. EirGrid said it would publish a report on the cause within a week.',
    ],
  );
  return [
    pair(
      'h7-blackout-vs-restored',
      'power-outage',
      out,
      restored,
      'one outage on one day: 190,000 homes cut off at noon, supply restored by evening; background shared',
    ),
  ];
}

const escapeBackground = [
  'Kesi, a nine-year-old female, got out of her enclosure at about 9am, apparently through a gap in the fencing left after storm damage on Sunday night, the zoo said.',
  'The zoo was closed for the day and visitors already inside were moved into the restaurant and gift shop. Police asked people living near the park to stay indoors.',
];

export function zooEscape(): Pair[] {
  const escaped = story(
    'dpa-international',
    'snow-leopard-escapes-augsburg',
    'Snow leopard escapes from zoo in southern Germany',
    [
      'AUGSBURG, Germany (dpa) - A snow leopard has escaped from its enclosure at Augsburg zoo, and police have warned residents of nearby streets to stay indoors while keepers search the grounds.',
      ...escapeBackground,
      'Zoo director Petra Lindner said the cat was "shy rather than aggressive" and was probably hiding in woodland inside the zoo grounds. A police helicopter with a thermal camera was helping in the search.',
    ],
  );
  const caught = story(
    'dpa-international',
    'snow-leopard-recaptured-augsburg',
    'Escaped snow leopard recaptured at Augsburg zoo',
    [
      'AUGSBURG, Germany (dpa) - The snow leopard that escaped from Augsburg zoo on Monday morning was caught in the afternoon after about six hours on the loose, the zoo said. Nobody was hurt.',
      ...escapeBackground,
      'A vet sedated the cat with a dart after keepers found her in bushes near the bison paddock, zoo director Petra Lindner said. The zoo will reopen on Tuesday.',
    ],
  );
  const brief = shortened(
    caught,
    'thelocal-de',
    'snow-leopard-caught',
    'Runaway snow leopard caught in Augsburg',
    3,
  );
  return [
    pair(
      'h7-zoo-escape-vs-recapture',
      'zoo-escape',
      escaped,
      caught,
      'one animal on one day: escapes in the morning, caught in the afternoon; background shared',
    ),
    pair(
      'h7-zoo-recapture-brief',
      'zoo-escape',
      caught,
      brief,
      'the recapture as a brief: its first three paragraphs under the outlet\'s own headline ("caught" for "recaptured")',
      'duplicate',
    ),
  ];
}

const fireBackground = [
  'The fire broke out at about 7am in a storage warehouse at the Vantrex Chemicals site on the Botlek industrial estate, which holds solvents and cleaning agents, the safety region said.',
  'Thick black smoke drifted north-east over Rozenburg and Maassluis. More than 100 firefighters were deployed, and shipping on part of the Nieuwe Waterweg was halted for several hours.',
];

export function chemicalFire(): Pair[] {
  const shelter = story(
    'anp-english',
    'botlek-chemical-fire-shelter-order',
    'Residents told to keep windows shut as chemical fire burns near Rotterdam',
    [
      'ROTTERDAM (ANP) - People in Rozenburg and Maassluis have been told to stay indoors and keep windows and doors closed because of a large fire at a chemical plant in the port of Rotterdam, the Rijnmond safety region said on Wednesday.',
      ...fireBackground,
      'An NL-Alert text message was sent to phones in the area. Air measurements were under way, a spokesperson said.',
    ],
  );
  const allClear = story(
    'anp-english',
    'botlek-fire-under-control-all-clear',
    'All-clear given after Rotterdam chemical fire brought under control',
    [
      'ROTTERDAM (ANP) - Residents of Rozenburg and Maassluis no longer need to keep their windows shut, the Rijnmond safety region said on Wednesday afternoon, after firefighters brought a blaze at a chemical plant under control.',
      ...fireBackground,
      'Air measurements found no harmful concentrations of substances outside the site, the safety region said. The cause of the fire is being investigated. Nobody was hurt.',
    ],
  );
  const reprinted = reprint(
    allClear,
    'nltimes',
    'rotterdam-fire-residents-windows',
    'Rotterdam port fire under control; residents can open windows again',
    {
      intro:
        "People living in Rozenburg and Maassluis can open their windows again, the Rijnmond safety region announced on Wednesday afternoon, now that the fire at a chemical plant in Rotterdam's port is under control.",
      curly: true,
    },
  );
  return [
    pair(
      'h7-chemical-fire-shelter-vs-all-clear',
      'chemical-fire',
      shelter,
      allClear,
      'one fire on one day: the order to stay indoors, then the all-clear; background shared',
    ),
    pair(
      'h7-chemical-fire-all-clear-copy',
      'chemical-fire',
      allClear,
      reprinted,
      'the all-clear reprinted under the outlet\'s own headline ("can open windows again"), rewritten intro, curly quotes',
      'duplicate',
    ),
  ];
}
