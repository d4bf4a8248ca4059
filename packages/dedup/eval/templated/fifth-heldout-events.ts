import { stagePair as pair, reprint, shortened, story } from './fifth-heldout-kit.ts';
import type { Pair } from './kit.ts';

// The fifth held-out part, continued: two stages of one affair in hazards, transport, public health and
// space, the later story recounting the earlier one. Companies, people and places are invented or used
// only as settings; every figure is made up.

const evacuationBackground = [
  'The fire broke out shortly after 6 a.m. in a warehouse at the Harmon Polymers plant on the east side of Carvel, a town of about 9,000 people some 40 miles south of Toledo. Thick black smoke could be seen for miles.',
  'Harmon Polymers makes resins used in pipes and packaging. The company said the warehouse held pallets of finished plastic pellets and drums of a solvent, and that all 62 workers on the morning shift were accounted for.',
];

export function evacuation(): Pair[] {
  const ordered = story(
    'ap-us',
    'ohio-plant-fire-evacuation-carvel',
    'Residents near burning Ohio plastics plant told to evacuate',
    [
      'CARVEL, Ohio (AP) — Authorities ordered about 1,800 residents to leave their homes Wednesday as a fire at a plastics plant in northwest Ohio sent a plume of smoke over the town.',
      ...evacuationBackground,
      'Everyone within a mile of the plant must leave, and those between one and two miles away should stay indoors with windows closed, Wood County Emergency Management Director Dana Pruitt said. A shelter was opened at Carvel High School. "We will not let anyone back until the air monitoring tells us it is safe," Pruitt said.',
    ],
  );
  const lifted = story(
    'ap-us',
    'ohio-plant-fire-evacuation-lifted-carvel',
    'Evacuation order lifted after Ohio plastics plant fire put out',
    [
      'CARVEL, Ohio (AP) — Residents who fled a fire at a plastics plant in northwest Ohio were allowed to return home Friday after officials said air monitoring showed no remaining danger.',
      'About 1,800 people living within a mile of the Harmon Polymers plant were ordered out Wednesday morning. Firefighters declared the blaze extinguished late Thursday.',
      ...evacuationBackground,
      'The Ohio Environmental Protection Agency said it had found no harmful levels of chemicals in air samples taken over the past 24 hours, but it advised residents to wash garden vegetables and to call a hotline if they found debris. The cause of the fire is under investigation.',
    ],
  );
  const reprinted = reprint(
    lifted,
    'toledo-blade-local',
    'carvel-residents-return-home-harmon-fire',
    'Carvel residents head home as evacuation ends',
    {
      local: {
        after: 2,
        text: 'At Carvel High School, volunteers from the Red Cross said about 140 people had spent at least one night in the gym.',
      },
      cutLast: true,
      curly: true,
    },
  );
  return [
    pair(
      'h5-evacuation-ordered-vs-lifted',
      'evacuation',
      ordered,
      lifted,
      'one plant fire: the evacuation ordered on Wednesday, lifted on Friday; background shared',
    ),
    pair(
      'h5-evacuation-lifted-copy',
      'evacuation',
      lifted,
      reprinted,
      'the lifting reprinted by a local paper: its own headline, a local paragraph, last paragraph cut, curly quotes',
      'duplicate',
    ),
  ];
}

const launchBackground = [
  'The Vela-2 rocket is to carry Helion-4, a 1.2-tonne Earth observation satellite built for the Portuguese space agency, into a sun-synchronous orbit at an altitude of about 600 kilometres.',
  'Kestrel Launch, founded in 2017, has flown its Vela-1 rocket three times, once unsuccessfully. The larger Vela-2 is its bid to compete for European government payloads with established launchers.',
];

export function launch(): Pair[] {
  const delayed = story(
    'afp-science',
    'kestrel-vela-2-launch-postponed-valve',
    "Maiden flight of Kestrel's Vela-2 rocket postponed",
    [
      "PARIS (AFP) - The first launch of European startup Kestrel Launch's Vela-2 rocket was called off on Tuesday less than an hour before lift-off from the Azores because of a faulty valve in the second stage, the company said.",
      ...launchBackground,
      '"We saw an anomaly in a pressure reading and we will not fly with a doubt," chief executive Élodie Marchetti told reporters. A new date will be set once engineers have replaced the part, which could take "at least a week".',
    ],
  );
  const launched = story(
    'afp-science',
    'kestrel-vela-2-maiden-flight-success',
    "Kestrel's Vela-2 rocket reaches orbit on maiden flight",
    [
      "PARIS (AFP) - European startup Kestrel Launch's Vela-2 rocket reached orbit on its first flight on Monday, placing a Portuguese observation satellite in orbit after lifting off from the Azores, the company said.",
      'The launch had been postponed for 13 days after a faulty valve was found in the second stage during the first attempt.',
      ...launchBackground,
      'The satellite separated from the upper stage 54 minutes after lift-off and sent its first signals shortly afterwards. "Today Europe has one more way to reach space," chief executive Élodie Marchetti said.',
    ],
  );
  const reprinted = reprint(
    launched,
    'france24-en',
    'european-startup-rocket-vela-reaches-orbit',
    'European startup puts first satellite in orbit with Vela-2',
    {
      intro:
        "A new European rocket, Kestrel Launch's Vela-2, put a Portuguese Earth observation satellite into orbit on Monday on its maiden flight from the Azores, the startup said.",
    },
  );
  return [
    pair(
      'h5-launch-scrubbed-vs-flown',
      'launch',
      delayed,
      launched,
      'one rocket: the maiden launch scrubbed, then flown successfully 13 days later; background shared',
    ),
    pair(
      'h5-launch-copy',
      'launch',
      launched,
      reprinted,
      'the launch reprinted by a broadcaster with its own headline and a rewritten intro',
      'duplicate',
    ),
  ];
}

const strikeBackground = [
  'The union, which represents about 14,000 of the 28,000 employees of the state-run Korea Railroad Corp. (Korail), is demanding a 5.8 percent pay rise, the hiring of 1,200 more maintenance workers and the withdrawal of a plan to outsource station management.',
  'During the walkout, KTX bullet train services ran at about 68 percent of normal levels and Seoul metropolitan commuter lines at about 75 percent, according to the transport ministry, which deployed substitute drivers from the military.',
];

export function railStrike(): Pair[] {
  const started = story(
    'yonhap-national',
    'rail-workers-begin-indefinite-strike',
    'Rail workers begin indefinite strike, disrupting KTX services',
    [
      'SEOUL, Dec. 5 (Yonhap) -- Unionized rail workers began an indefinite strike Friday after last-minute talks with management broke down overnight, disrupting bullet train and commuter services nationwide.',
      ...strikeBackground,
      'Transport Minister Park Sang-woo called the strike "regrettable" and urged the union to return to the negotiating table. Freight services were cut to about a quarter of normal levels, raising concerns about cement and container shipments.',
    ],
  );
  const ended = story(
    'yonhap-national',
    'rail-union-ends-strike-after-deal',
    'Rail union ends strike after 9 days as deal reached',
    [
      'SEOUL, Dec. 14 (Yonhap) -- Unionized rail workers ended their strike Sunday, nine days after walking off the job, after reaching a tentative deal with management on pay and staffing, the union said.',
      'Under the agreement, Korail will raise wages by 3.9 percent, hire 650 more maintenance workers and put its outsourcing plan on hold pending a review.',
      ...strikeBackground,
      "Normal services will resume from Monday morning's first trains, Korail said. The deal must still be approved in a vote of union members later this week.",
    ],
  );
  const reprinted = reprint(
    ended,
    'koreaherald-national',
    'korail-strike-over-tentative-deal',
    'Korail strike over; trains back to normal Monday',
    {
      local: {
        after: 1,
        text: 'The strike was the longest by rail workers since a 23-day walkout in 2016, and commuters in Gyeonggi Province had faced waits of up to 40 minutes during the morning rush.',
      },
      curly: true,
    },
  );
  return [
    pair(
      'h5-rail-strike-begins-vs-ends',
      'rail-strike',
      started,
      ended,
      'one strike: the walkout begins, then ends with a deal nine days later; background shared',
    ),
    pair(
      'h5-rail-strike-ends-copy',
      'rail-strike',
      ended,
      reprinted,
      'the end of the strike reprinted by a Seoul daily: "ends strike" becomes "strike over", a local paragraph, curly quotes',
      'duplicate',
    ),
  ];
}

const boilBackground = [
  'The notice covers about 23,000 customers of the Millbrook Utility District in Sumner and Wilson counties. It was issued after a 36-inch main broke near the Longview Road treatment plant, causing pressure to drop across much of the system.',
  'Customers should bring tap water to a rolling boil for at least one minute before drinking it, making ice, brushing teeth or preparing food. Bottled water is being handed out at the Millbrook Community Center from 8 a.m. to 6 p.m.',
];

export function boilWater(): Pair[] {
  const issued = story(
    'wsmv-news',
    'millbrook-boil-water-notice-main-break',
    'Boil water notice issued for 23,000 Millbrook Utility customers',
    [
      'A boil water notice is in effect for thousands of customers in Sumner and Wilson counties after a water main break Monday morning, the Millbrook Utility District said.',
      ...boilBackground,
      'Crews expect to finish repairs by Tuesday night, but the notice will stay in place until two rounds of tests come back clean, which usually takes at least 48 hours, utility spokesperson Tara Quinn said. Schools in the district will be closed Tuesday.',
    ],
  );
  const lifted = story(
    'wsmv-news',
    'millbrook-boil-water-notice-lifted',
    'Millbrook Utility lifts boil water notice after tests come back clean',
    [
      'The Millbrook Utility District lifted its boil water notice Thursday afternoon, saying two rounds of testing found the water safe to drink.',
      ...boilBackground,
      'The bottled water distribution has ended. The utility advised customers to run cold water taps for five minutes and to throw away any ice made during the notice. Schools reopen Friday.',
    ],
  );
  return [
    pair(
      'h5-boil-notice-vs-lifted',
      'boil-water',
      issued,
      lifted,
      'one main break: the boil water notice issued on Monday, lifted on Thursday; both keep the notice paragraphs',
    ),
  ];
}

const outbreakBackground = [
  "The H5N1 bird flu virus was confirmed at a laying-hen farm with about 38,000 birds in the municipality of Dötlingen in the Oldenburg district, Lower Saxony's agriculture ministry said. All the birds on the farm were culled.",
  'A protection zone with a radius of three kilometres and a surveillance zone of ten kilometres were set up around the farm. Poultry in the zones must be kept indoors, and no birds or eggs may be moved without a permit.',
];

export function birdFlu(): Pair[] {
  const confirmed = story(
    'dpa-international',
    'bird-flu-confirmed-doetlingen-farm',
    'Bird flu confirmed at Lower Saxony laying-hen farm',
    [
      'Hanover (dpa) - Bird flu has broken out at a farm in the north-western German state of Lower Saxony, authorities said on Wednesday.',
      ...outbreakBackground,
      'It is the third outbreak in commercial poultry in the state this autumn. The Friedrich Loeffler Institute, Germany\'s animal health authority, has raised its risk assessment for wild birds to "high".',
    ],
  );
  const ended = story(
    'dpa-international',
    'bird-flu-restrictions-lifted-oldenburg',
    'Bird flu restrictions around Dötlingen farm lifted',
    [
      'Hanover (dpa) - Restrictions imposed around a farm in Lower Saxony after an outbreak of bird flu in October have been lifted, the Oldenburg district said on Monday.',
      ...outbreakBackground,
      'No further cases were found in tests of 46 farms in the zones, the district said. Poultry keepers may now move birds and eggs again, though a statewide order to keep flocks indoors remains in force.',
    ],
  );
  return [
    pair(
      'h5-bird-flu-confirmed-vs-lifted',
      'bird-flu',
      confirmed,
      ended,
      'one outbreak: confirmed in October, the zones lifted five weeks later; both keep the zone paragraphs',
    ),
  ];
}

const landingBackground = [
  'The Airbus A321neo, operated by Lisbon-based Atlanta Air on a flight from Lisbon to Frankfurt with 187 passengers and seven crew, diverted to Bordeaux on Oct. 9 after the crew reported smoke in the cockpit. Nobody was seriously hurt; 11 people were treated for minor injuries after the evacuation by slide.',
  "France's BEA air accident investigation agency opened a probe, with the participation of its Portuguese counterpart, Airbus and engine maker Pratt & Whitney.",
];

export function smokeDiversion(): Pair[] {
  const landed = story(
    'reuters-aviation',
    'atlanta-air-a321-diverts-bordeaux-smoke',
    'Atlanta Air jet diverts to Bordeaux after cockpit smoke, passengers evacuated',
    [
      'PARIS, Oct 9 (Reuters) - An Atlanta Air passenger jet made an emergency landing in Bordeaux on Thursday after the crew reported smoke in the cockpit, and passengers left the plane on emergency slides, the airline and airport said.',
      ...landingBackground,
      'Atlanta Air said in a statement that the crew "acted exactly as trained" and that passengers would be flown to Frankfurt on a replacement aircraft on Friday.',
    ],
  );
  const report = story(
    'reuters-aviation',
    'bea-preliminary-report-atlanta-air-bordeaux',
    'French investigators trace Atlanta Air cockpit smoke to air-conditioning pack',
    [
      'PARIS, Nov 20 (Reuters) - Smoke that forced an Atlanta Air jet to make an emergency landing in Bordeaux last month came from an overheated air-conditioning unit, French investigators said in a preliminary report on Thursday.',
      ...landingBackground,
      "The BEA said a bearing in one of the jet's two air-conditioning packs had failed, and that oil vapour had entered the cockpit air supply. It recommended that Airbus review inspection intervals for the part. Atlanta Air said it had inspected its other A321neo jets.",
    ],
  );
  const brief = shortened(
    report,
    'aerotime-news',
    'bea-atlanta-air-smoke-air-conditioning-pack',
    'BEA: failed air-conditioning pack behind Atlanta Air A321neo smoke event',
    2,
  );
  return [
    pair(
      'h5-diversion-vs-report',
      'smoke-diversion',
      landed,
      report,
      "one incident: the emergency landing, then the investigators' preliminary report six weeks later; background shared",
    ),
    pair(
      'h5-diversion-report-brief',
      'smoke-diversion',
      report,
      brief,
      'the preliminary report cut to its first two paragraphs by an aviation site, its own headline',
      'duplicate',
    ),
  ];
}
