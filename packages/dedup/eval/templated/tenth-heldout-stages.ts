import type { Pair } from './kit.ts';
import {
  houseStyle,
  stagePair as pair,
  reprint,
  resplit,
  shortened,
  story,
  version,
} from './tenth-heldout-kit.ts';

// The tenth held-out part: two stages of one affair, the later story recounting the earlier one with its
// names and background, and the copies outlets and agencies make of one stage. People, companies and
// ships are invented; places are real and used only as names; figures made up.

const sinkholeBackground = [
  'The hole, about 12 metres across and 9 metres deep, opened at about 5.40 a.m. in Via Luigi Cacciatore in the hilly Vomero district, swallowing two parked cars and a section of pavement. Nobody was hurt.',
  'Firefighters evacuated 41 families from three buildings on either side of the street. Geologists from the city said water from a burst main had washed out the volcanic tuff beneath the road.',
];

export function sinkhole(): Pair[] {
  const opened = story(
    'reuters-europe',
    'naples-sinkhole-swallows-cars',
    'Sinkhole swallows two cars in Naples, dozens of families evacuated',
    [
      'NAPLES, Italy, Feb 18 (Reuters) - A sinkhole opened in a residential street in Naples before dawn on Wednesday, swallowing two cars and forcing dozens of families from their homes, the city fire service said, the third such collapse in the city this winter.',
      ...sinkholeBackground,
      'Residents said they had reported water seeping through the asphalt for more than a week. "We called the water company four times," said Carmela Russo, 62, who lives on the ground floor opposite. The company, ABC Napoli, said it was checking its records.',
    ],
  );
  const updated = version(
    opened,
    'naples-sinkhole-swallows-cars-update1',
    'UPDATE 1-Sinkhole swallows two cars in Naples, dozens of families evacuated',
    (ps) => [
      ...ps,
      'Mayor Paolo Esposito said in the afternoon that the city would pay for hotel rooms for the evacuated families "for as long as it takes" and ordered a survey of the water mains under every street in Vomero. Prosecutors opened an investigation into the collapse.',
    ],
  );
  const condemned = story(
    'reuters-europe',
    'naples-sinkhole-building-condemned',
    'Naples building to be demolished after sinkhole undermines foundations',
    [
      'NAPLES, Italy, Feb 20 (Reuters) - A six-storey apartment block in Naples will be demolished after engineers found that a sinkhole which opened beside it on Wednesday had undermined its foundations, city officials said on Friday, leaving 14 families without a home for good.',
      ...sinkholeBackground,
      'The families of the other two buildings may return from Monday. The city said it would offer the 14 families council flats within a month. Demolition is due to start next week and will take about 20 days.',
    ],
  );
  const brief = shortened(
    condemned,
    'il-mattino-online',
    'vomero-palazzo-abbattuto-voragine',
    'Vomero: block beside sinkhole to be pulled down',
    2,
  );
  return [
    pair(
      'h10-sinkhole-opened-vs-building-condemned',
      'naples-sinkhole',
      opened,
      condemned,
      'one sinkhole two days apart: opened and families evacuated, then a building condemned; background shared',
    ),
    pair(
      'h10-sinkhole-update1',
      'naples-sinkhole',
      opened,
      updated,
      "the agency's same-day UPDATE 1: a paragraph of the mayor's reaction added at the end",
      'duplicate',
    ),
    pair(
      'h10-sinkhole-demolition-brief',
      'naples-sinkhole',
      condemned,
      brief,
      'a local brief cut to the first two paragraphs of the demolition story under its own headline',
      'duplicate',
    ),
  ];
}

const landslideBackground = [
  'About 6,000 cubic metres of rock and mud came down on the line between Frutigen and Kandersteg after three days of heavy rain, derailing the locomotive and two wagons of a southbound freight train. The driver was slightly hurt.',
  'The route over the Lötschberg carries about 110 freight trains a day between Germany and Italy. Passenger services between Spiez and Brig were diverted through the base tunnel.',
];

export function landslideRailway(): Pair[] {
  const buried = story(
    'swissinfo-wire',
    'loetschberg-landslide-derails-freight',
    'Landslide derails freight train on Lötschberg line',
    [
      'BERN, Switzerland, Oct 7 (Reuters) - A landslide buried a stretch of the Lötschberg mountain railway in the Bernese Oberland on Tuesday and derailed a freight train, the operator BLS said, closing one of the main rail routes across the Alps for at least a week.',
      ...landslideBackground,
      'BLS said geologists would have to make the slope safe before clearing work could begin. "We cannot say yet how long the line will be closed," spokeswoman Franziska Wyss told reporters in Frutigen.',
    ],
  );
  const corrected = version(
    buried,
    'loetschberg-landslide-derails-freight-corrected',
    'CORRECTED-Landslide derails freight train on Lötschberg line',
    (ps) => [
      ps[0] as string,
      (ps[1] as string).replace('About 6,000 cubic metres', 'About 16,000 cubic metres'),
      ...ps.slice(2),
      '(Corrects volume of the landslide in second paragraph to 16,000 cubic metres, not 6,000)',
    ],
  );
  const reopened = story(
    'swissinfo-wire',
    'loetschberg-line-reopens-after-landslide',
    'Lötschberg line reopens nine days after landslide',
    [
      'BERN, Switzerland, Oct 16 (Reuters) - The Lötschberg mountain railway reopened to traffic on Thursday, nine days after a landslide buried the line and derailed a freight train, the operator BLS said, though trains will run at reduced speed past the site until December.',
      ...landslideBackground,
      'Crews worked in shifts around the clock to remove the debris and anchor the slope with steel nets. BLS put the cost of the repairs at 4.5 million Swiss francs and said it would ask the canton to share it.',
    ],
  );
  const local = reprint(
    reopened,
    'berner-oberlaender-online',
    'bergstrecke-wieder-offen',
    'Trains roll again through Kandersteg after slide',
    {
      intro:
        'Trains are running again between Frutigen and Kandersteg: BLS reopened the Lötschberg mountain line on Thursday morning, nine days after the landslide that buried the track and derailed a freight train.',
      local: {
        after: 3,
        text: 'In Kandersteg, hoteliers said the closure had cost them bookings in the last week of the autumn holidays. The car-carrying shuttle through the old tunnel kept running throughout.',
      },
    },
  );
  return [
    pair(
      'h10-landslide-vs-line-reopened',
      'loetschberg-landslide',
      buried,
      reopened,
      'one landslide nine days apart: the line buried and a train derailed, then the line reopened; background shared',
    ),
    pair(
      'h10-landslide-corrected',
      'loetschberg-landslide',
      buried,
      corrected,
      "the agency's CORRECTED- version: a figure in the second paragraph fixed, a correction line added",
      'duplicate',
    ),
    pair(
      'h10-line-reopened-local-copy',
      'loetschberg-landslide',
      reopened,
      local,
      'the reopening reprinted by a local paper: own headline, rewritten intro, a local paragraph added',
      'duplicate',
    ),
  ];
}

const airlineBackground = [
  'Baltavia, founded in 2011, flies 19 Airbus A220 jets to 46 destinations from its base at Riga airport and employs about 1,400 people. It carried 3.2 million passengers last year, 18% fewer than in 2023.',
  'The Latvian state owns 61% of the carrier, which has received 340 million euros in state aid since 2020. The European Commission is investigating whether a further 90 million euro loan approved in May broke EU rules.',
];

export function airlineInsolvency(): Pair[] {
  const filed = story(
    'reuters-europe',
    'baltavia-files-for-insolvency-update1',
    'UPDATE 1-Latvian airline Baltavia files for insolvency, grounds fleet',
    [
      'RIGA, Latvia, Nov 4 (Reuters) - Latvian state-controlled airline Baltavia filed for insolvency on Tuesday and cancelled all flights with immediate effect, stranding thousands of passengers across Europe, after the government refused to put in more money.',
      ...airlineBackground,
      'Chief Executive Marten Kalnins said in a statement the board had "no other responsible option" after the finance ministry rejected its request for a bridge loan on Monday evening.',
    ],
  );
  const update2 = version(
    filed,
    'baltavia-files-for-insolvency-update2',
    'UPDATE 2-Latvian airline Baltavia files for insolvency, grounds fleet',
    (ps) => [
      ...ps,
      'Prime Minister Inese Berzina said the state "could not keep pouring taxpayers\' money into a loss-making airline" and that the government would ask other carriers to take stranded passengers home at no cost. airBaltic said it would add seats on 12 routes.',
    ],
  );
  const sold = story(
    'reuters-europe',
    'baltavia-administrator-sells-slots',
    'Baltavia administrator sells Riga slots and jets to Wizz Air',
    [
      'RIGA, Latvia, Dec 9 (Reuters) - The administrator of insolvent Latvian airline Baltavia has agreed to sell its take-off and landing slots and the leases on 11 of its jets to Wizz Air for 58 million euros, five weeks after the carrier collapsed, he said on Tuesday.',
      ...airlineBackground,
      "Administrator Janis Ozols said Wizz Air would offer jobs to about 400 of Baltavia's staff. The sale needs approval from the Riga court and Latvia's competition council, expected by the end of January.",
    ],
  );
  const styled = houseStyle(
    sold,
    'lsm-english',
    'wizz-air-buys-baltavia-slots',
    "Wizz Air picks up Baltavia's Riga slots for €58m",
    [
      ['Administrator Janis Ozols', 'The administrator, Janis Ozols,'],
      ['58 million euros', '€58 million'],
      ['19 Airbus A220 jets', 'nineteen Airbus A220 jets'],
      ['11 of its jets', 'eleven of its jets'],
    ],
  );
  return [
    pair(
      'h10-airline-insolvent-vs-slots-sold',
      'baltavia-insolvency',
      filed,
      sold,
      'one airline five weeks apart: insolvency filed and fleet grounded, then its slots and jets sold; background shared',
    ),
    pair(
      'h10-airline-insolvency-update2',
      'baltavia-insolvency',
      filed,
      update2,
      "the agency's same-day UPDATE 2 after UPDATE 1: a paragraph of the prime minister's reaction added",
      'duplicate',
    ),
    pair(
      'h10-slots-sold-house-style',
      'baltavia-insolvency',
      sold,
      styled,
      'the sale reprinted in house style: own headline, curly quotes, "per cent", euro sign, numbers under twenty spelled, a title recast',
      'duplicate',
    ),
  ];
}

const shipBackground = [
  'The Maas Trader, a 190-metre bulk carrier flying the Dutch flag, was held at Tema port on the orders of the Ghana Maritime Authority over 2.3 million dollars in port dues and fines that its owner, Rotterdam-based Vrieling Shipping, disputes.',
  'The ship arrived with 38,000 tonnes of wheat from Ukraine on Sept 2 and finished unloading on Sept 9. Its 21 crew, most of them from the Philippines, have not been allowed ashore.',
];

export function shipDetained(): Pair[] {
  const held = story(
    'afp-english',
    'ghana-detains-dutch-bulk-carrier',
    'Ghana detains Dutch cargo ship in row over port fees',
    [
      'ACCRA (AFP) - Ghanaian authorities have detained a Dutch-flagged cargo ship at the port of Tema after a dispute over unpaid fees, officials said Saturday, in a case the Netherlands said it was following closely.',
      ...shipBackground,
      '"The vessel will remain in port until the outstanding sums are paid in full," the authority\'s director of legal affairs, Kwame Asante-Boateng, told AFP. Vrieling Shipping said the fines had been "invented" and that it would go to court.',
    ],
  );
  const released = story(
    'afp-english',
    'ghana-releases-dutch-bulk-carrier',
    'Ghana frees Dutch ship after owner pays disputed fees',
    [
      'ACCRA (AFP) - A Dutch-flagged cargo ship detained for 17 days at the port of Tema left Ghanaian waters on Tuesday after its owner paid disputed fees under protest, the Ghana Maritime Authority said.',
      ...shipBackground,
      'Vrieling Shipping chief executive Annelies Vrieling said the company had paid "to get our crew home" and would seek the money back before the Commercial Court in Accra. The ship is bound for Abidjan.',
    ],
  );
  const corrected = version(
    released,
    'ghana-releases-dutch-bulk-carrier-corrected',
    'CORRECTED-Ghana frees Dutch ship after owner pays disputed fees',
    (ps) => [
      ...ps.slice(0, -1),
      (ps[ps.length - 1] as string).replace('Annelies Vrieling', 'Anneliese Vrieling'),
      "(Corrects spelling of chief executive's first name in final paragraph)",
    ],
  );
  const split = resplit(
    held,
    'ghanaweb-news',
    'tema-port-detains-dutch-ship-fees',
    'Maritime Authority holds Dutch vessel at Tema over unpaid dues',
  );
  return [
    pair(
      'h10-ship-detained-vs-released',
      'tema-ship-detention',
      held,
      released,
      'one ship 17 days apart: detained over port fees, then freed after the owner paid; background shared',
    ),
    pair(
      'h10-ship-released-corrected',
      'tema-ship-detention',
      released,
      corrected,
      "the agency's CORRECTED- version: a name's spelling fixed, a correction line added",
      'duplicate',
    ),
    pair(
      'h10-ship-detained-resplit',
      'tema-ship-detention',
      held,
      split,
      'the detention reprinted on the web under its own headline, every paragraph broken after its first sentence',
      'duplicate',
    ),
  ];
}
