import { stagePair as pair, reprint, story } from './fourth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fourth held-out part, continued: two stages of one hazard or emergency (a storm watch and the
// landfall, a missing climber and the rescue, a volcano alert and the eruption, a ship seized and
// released). The storm, climbers and crew are fictitious; figures are made up.

const stormBackground = [
  'Tropical Storm Odalys formed in the Gulf of Mexico on Sunday and strengthened quickly over waters that forecasters said were unusually warm for late September.',
  'Forecasters warned of a dangerous storm surge of 4 to 7 feet between Cameron, Louisiana, and Morgan City, and rainfall of 6 to 10 inches, with isolated totals of 15 inches, across south-central Louisiana and southern Mississippi.',
  'Louisiana Gov. Jeff Landry declared a state of emergency and the Louisiana National Guard positioned high-water vehicles in parishes along the coast.',
];

export function stormLandfall(): Pair[] {
  const watch = story(
    'ap-weather',
    'tropical-storm-odalys-hurricane-watch-louisiana',
    'Hurricane watch posted for Louisiana coast as Odalys strengthens',
    [
      'NEW ORLEANS (AP) — A hurricane watch was issued Monday for much of the Louisiana coast as Tropical Storm Odalys strengthened in the Gulf and forecasters said it could become a hurricane before reaching land on Wednesday.',
      'At 10 a.m. CDT the storm had maximum sustained winds of 60 mph and was centred about 390 miles (630 kilometres) south of Morgan City, moving north-northwest at 9 mph, the National Hurricane Center said.',
      ...stormBackground,
      'Officials in Terrebonne and Lafourche parishes called for voluntary evacuations of low-lying areas outside the levee system starting Tuesday morning.',
    ],
  );
  const landfall = story(
    'ap-weather',
    'hurricane-odalys-makes-landfall-louisiana',
    'Hurricane Odalys slams ashore in Louisiana with 90 mph winds',
    [
      'NEW ORLEANS (AP) — Hurricane Odalys made landfall near Marsh Island, Louisiana, on Wednesday afternoon as a Category 1 storm with maximum sustained winds of 90 mph, knocking out power to more than 210,000 customers.',
      'A hurricane watch was first posted for the coast on Monday, when Odalys was still a tropical storm with 60 mph winds far out in the Gulf.',
      ...stormBackground,
      'Water was reported over Louisiana Highway 1 near Golden Meadow, and sheriff’s deputies in Terrebonne Parish rescued two people from a stalled car. No deaths had been reported by Wednesday evening.',
    ],
  );
  const reprinted = reprint(
    landfall,
    'wwltv-news',
    'odalys-landfall-marsh-island',
    'Odalys comes ashore near Marsh Island as Category 1 hurricane',
    {
      local: {
        after: 1,
        text: 'In New Orleans, Entergy crews had restored power to about a third of affected customers in Orleans and Jefferson parishes by nightfall.',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h4-storm-watch-vs-landfall',
      'storm-watch-landfall',
      watch,
      landfall,
      'one storm: the hurricane watch on Monday, the landfall on Wednesday; background shared',
    ),
    pair(
      'h4-storm-landfall-copy',
      'storm-watch-landfall',
      landfall,
      reprinted,
      'the landfall reprinted: "slams ashore" becomes "comes ashore", a paragraph of local context',
      'duplicate',
    ),
  ];
}

const climberBackground = [
  'The two men, from Tokyo and Saitama prefecture, set out from the Kamikochi area on Friday morning to climb Mount Okuhotaka, at 3,190 meters the highest peak of the Hotaka range in the Northern Alps, according to the Nagano prefectural police.',
  'They had submitted a climbing plan saying they would return on Sunday. Heavy snow fell above 2,500 meters over the weekend, with winds of up to 20 meters per second near the summit ridge.',
];

export function climberFound(): Pair[] {
  const missing = story(
    'kyodo-news',
    'two-climbers-missing-okuhotaka',
    'Two climbers missing on Mount Okuhotaka in Northern Alps',
    [
      'NAGANO, Japan - Two climbers have been missing since the weekend on Mount Okuhotaka in central Japan, police said Monday, as snow and strong winds hampered a search by helicopter.',
      ...climberBackground,
      'A family member of one of the men contacted police on Sunday night after he failed to return. Police said the search by a rescue team on foot would resume Tuesday, weather permitting.',
    ],
  );
  const found = story(
    'kyodo-news',
    'missing-climbers-found-alive-okuhotaka',
    'Missing climbers rescued alive on Mount Okuhotaka',
    [
      'NAGANO, Japan - Two climbers who had been missing on Mount Okuhotaka in central Japan since the weekend were found alive on Tuesday and airlifted to hospital, police said.',
      'Shota Kanemura, 34, and Naoki Iwabuchi, 29, were spotted by a prefectural police helicopter near a mountain hut below the summit ridge. Both were suffering from frostbite and mild hypothermia but were conscious.',
      ...climberBackground,
      'The men told rescuers they had sheltered in a snow hole for two nights after losing their way in a whiteout, police said.',
    ],
  );
  const reprinted = reprint(
    found,
    'japantimes-national',
    'okuhotaka-climbers-rescued',
    'Two climbers found alive after two nights in snow hole on Okuhotaka',
    {
      intro:
        'Two climbers who dug a snow hole to survive two nights in a blizzard in the Northern Alps were found alive Tuesday and flown to hospital, police said.',
      cutLast: true,
    },
  );
  return [
    pair(
      'h4-climbers-missing-vs-found',
      'climbers-missing-found',
      missing,
      found,
      'one search: two climbers reported missing, then found alive a day later; background shared',
    ),
    pair(
      'h4-climbers-found-copy',
      'climbers-missing-found',
      found,
      reprinted,
      'the rescue reprinted: "rescued alive" becomes "found alive", rewritten intro, last paragraph cut',
      'duplicate',
    ),
  ];
}

const volcanoBackground = [
  'Mount Lewotobi Laki-laki, a 1,584-metre volcano on Flores island in East Nusa Tenggara province, has erupted repeatedly since late 2023. An eruption in November 2024 killed nine people and destroyed hundreds of homes.',
  'The Centre for Volcanology and Geological Hazard Mitigation recorded a sharp increase in volcanic earthquakes over the previous week, and a plume of white gas rising up to 800 metres above the crater.',
];

export function volcanoEruption(): Pair[] {
  const alert = story(
    'afp-world',
    'indonesia-raises-alert-lewotobi-volcano',
    'Indonesia raises alert for Lewotobi volcano to highest level',
    [
      'Indonesia raised the alert level for Mount Lewotobi Laki-laki to the highest of four levels on Saturday and widened the exclusion zone to seven kilometres, warning that an eruption could come within days.',
      ...volcanoBackground,
      '"Residents must stay out of the danger zone and be aware of the threat of lava floods if heavy rain falls," the agency said in a statement. Officials said about 4,000 people from six villages would be moved to shelters.',
    ],
  );
  const eruption = story(
    'afp-world',
    'indonesia-lewotobi-volcano-erupts-ash-column',
    'Indonesia’s Lewotobi volcano erupts, spewing ash 10 km high',
    [
      'Mount Lewotobi Laki-laki erupted on Monday, sending a column of ash 10 kilometres into the sky and forcing the cancellation of flights to and from Bali and Labuan Bajo.',
      'Authorities had raised the volcano’s alert level to the highest on Saturday and moved residents of six villages to shelters.',
      ...volcanoBackground,
      'No casualties were reported. Ash fell on villages up to 15 kilometres away, and the airport in Maumere was closed for 24 hours, a transport ministry official said.',
    ],
  );
  return [
    pair(
      'h4-volcano-alert-vs-eruption',
      'volcano-alert-eruption',
      alert,
      eruption,
      'one volcano: the alert raised on Saturday, the eruption on Monday; background shared',
    ),
  ];
}

const shipBackground = [
  'The Marshall Islands-flagged Aegean Meridian, managed by a Piraeus-based company, was carrying about 140,000 tonnes of crude oil from the Iraqi port of Basra to Singapore when it was boarded in the Gulf of Oman, according to the British military’s United Kingdom Maritime Trade Operations centre.',
  'Its crew of 23 includes sailors from the Philippines, Greece and Georgia. Iranian state media said the tanker had been seized on a court order over a commercial dispute.',
];

export function shipReleased(): Pair[] {
  const seized = story(
    'ap-world',
    'iran-seizes-oil-tanker-gulf-of-oman',
    'Iran seizes oil tanker in Gulf of Oman, maritime agency says',
    [
      'DUBAI, United Arab Emirates (AP) — Iranian forces seized an oil tanker in the Gulf of Oman on Thursday and diverted it toward Iranian waters, a maritime security agency said.',
      ...shipBackground,
      'The ship’s manager said it had lost contact with the vessel shortly after 6 a.m. local time. The U.S. Navy’s 5th Fleet said it was monitoring the situation.',
    ],
  );
  const released = story(
    'ap-world',
    'iran-releases-seized-tanker-aegean-meridian',
    'Iran frees tanker and crew seized in Gulf of Oman two weeks ago',
    [
      'DUBAI, United Arab Emirates (AP) — Iran released the oil tanker Aegean Meridian and its crew on Friday, two weeks after seizing the vessel in the Gulf of Oman, the ship’s manager said.',
      ...shipBackground,
      'The manager said all 23 crew members were safe and the tanker was sailing toward the port of Fujairah for inspection. Iran did not say why the ship had been released.',
    ],
  );
  return [
    pair(
      'h4-ship-seized-vs-released',
      'ship-seized-released',
      seized,
      released,
      'one tanker: seized, then released two weeks later; background shared',
    ),
  ];
}
