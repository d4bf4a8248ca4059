import type { Pair } from './kit.ts';
import { stagePair as pair, reprint, shortened, story } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: two stages of a mine collapse, a grounding, a kidnapping and a dam
// emergency, the later story recounting the earlier one. People and places are invented; figures made up.

const mineBackground = [
  'The roof of a tunnel collapsed about 700 metres underground at the Kopanang East gold mine near Klerksdorp in North West province shortly after a shift change on Tuesday morning, the Department of Mineral Resources said.',
  'The mine, owned by Vaalrand Gold, employs about 3,200 people. Rescue teams had to clear rubble by hand because of the risk of further falls, and fresh air was pumped through a ventilation pipe that remained intact.',
];

export function mineRescue(): Pair[] {
  const trapped = story(
    'afp-africa',
    'south-africa-miners-trapped-kopanang',
    'Eleven miners trapped after South African gold mine collapse',
    [
      'JOHANNESBURG (AFP) - Eleven miners were trapped underground on Tuesday after part of a South African gold mine collapsed, officials said, as rescuers tried to reach them.',
      ...mineBackground,
      '"We have made contact by tapping on the pipes, and we believe they are alive," a Vaalrand spokesman said. Relatives gathered at the mine gates through the afternoon.',
    ],
  );
  const rescued = story(
    'afp-africa',
    'south-africa-trapped-miners-brought-out-alive',
    'All eleven trapped South African miners brought out alive',
    [
      "JOHANNESBURG (AFP) - All eleven miners trapped underground after a collapse at a South African gold mine were brought to the surface alive on Thursday, more than 50 hours after the accident, the mine's owner said.",
      'Three were taken to hospital in Klerksdorp with leg injuries and dehydration; the others were checked by paramedics and reunited with their families, Vaalrand Gold said.',
      ...mineBackground,
      'Mineral Resources Minister Sipho Ndlela ordered an investigation into the cause of the collapse.',
    ],
  );
  const reprinted = reprint(
    rescued,
    'news24-sa',
    'kopanang-miners-rescued-after-two-days',
    'Relief as 11 Kopanang miners rescued after two days underground',
    {
      intro:
        "All 11 mineworkers trapped at Vaalrand Gold's Kopanang East mine have been rescued, more than two days after a tunnel roof caved in on them.",
      local: {
        after: 3,
        text: 'The National Union of Mineworkers said it would demand a full safety audit at all Vaalrand shafts in the Klerksdorp area.',
      },
    },
  );
  return [
    pair(
      'h6-mine-trapped-vs-rescued',
      'mine-collapse',
      trapped,
      rescued,
      'one collapse: miners trapped on Tuesday, all brought out alive on Thursday; background shared',
    ),
    pair(
      'h6-mine-rescue-copy',
      'mine-collapse',
      rescued,
      reprinted,
      'the rescue reprinted: "brought out alive" becomes "rescued", new intro, a union paragraph added',
      'duplicate',
    ),
  ];
}

const groundingBackground = [
  'The 290-metre Sea Harmony, carrying about 14,000 containers, ran aground in the Elbe near Brunsbüttel on Saturday night after a steering failure, the Waterways and Shipping Office said. No one was injured and no fuel leaked.',
  "The Elbe is the only access to the port of Hamburg, Germany's largest, and about 60 ships a day pass the stretch. Larger vessels had to wait at anchor in the German Bight.",
];

export function grounding(): Pair[] {
  const aground = story(
    'dpa-international',
    'container-ship-aground-elbe-brunsbuettel',
    'Container ship runs aground in the Elbe, blocking traffic to Hamburg',
    [
      'Hamburg (dpa) - A large container ship ran aground in the river Elbe on Saturday night, partly blocking access to the port of Hamburg, the authorities said on Sunday.',
      ...groundingBackground,
      'Five tugs failed to free the ship at high tide on Sunday morning. The next attempt is planned for Monday, after part of its cargo has been unloaded onto barges.',
    ],
  );
  const refloated = story(
    'dpa-international',
    'sea-harmony-refloated-elbe-reopened',
    'Grounded container ship refloated, Elbe reopened to traffic',
    [
      'Hamburg (dpa) - The container ship Sea Harmony, which had been stuck in the Elbe since Saturday night, was refloated on Wednesday and towed to Hamburg, and the river was reopened to all ships, the authorities said.',
      'Seven tugs pulled the ship free at high tide at 6:40 am after about 900 containers had been lifted off.',
      ...groundingBackground,
      'About 40 ships had been delayed. The federal maritime accident investigation office has opened an inquiry.',
    ],
  );
  const brief = shortened(
    refloated,
    'ndr-english',
    'elbe-free-again-sea-harmony-afloat',
    'Elbe clear again as Sea Harmony is freed',
    3,
  );
  return [
    pair(
      'h6-ship-aground-vs-refloated',
      'ship-grounding',
      aground,
      refloated,
      'one grounding: the ship stuck on Sunday, refloated on Wednesday; background shared',
    ),
    pair(
      'h6-ship-refloated-brief',
      'ship-grounding',
      refloated,
      brief,
      'the refloating cut to its first three paragraphs under a broadcaster\'s headline ("freed")',
      'duplicate',
    ),
  ];
}

const kidnapBackground = [
  'The engineers, two Italians and a Bosnian working for the road builder Strade Lombarde, were seized by gunmen on the road between Agadez and Arlit in northern Niger on March 2 while inspecting a bridge site. Their driver was released the same day.',
  "Italy's foreign ministry set up a crisis unit and asked media not to publish details that could endanger the men. No group has said it carried out the kidnapping.",
];

export function kidnapping(): Pair[] {
  const seized = story(
    'ansa-english',
    'three-engineers-kidnapped-niger',
    'Two Italian engineers among three kidnapped in Niger',
    [
      'ROME - Two Italian engineers and a Bosnian colleague have been kidnapped in northern Niger, the Italian foreign ministry said on Tuesday.',
      ...kidnapBackground,
      'Foreign Minister Paolo Serrani said he was in contact with the families and with the authorities in Niamey, and that "every effort" was being made to bring the men home.',
    ],
  );
  const freed = story(
    'ansa-english',
    'engineers-kidnapped-in-niger-released',
    'Italian engineers kidnapped in Niger released',
    [
      'ROME - Two Italian engineers and a Bosnian colleague kidnapped in northern Niger last month have been released and are in good health, the Italian government said on Thursday.',
      'The three men were handed over to Nigerien soldiers near the border with Algeria and flown to Niamey, Foreign Minister Paolo Serrani said. They are expected to land at Rome Ciampino on Friday.',
      ...kidnapBackground,
      "Serrani thanked Niger's authorities and declined to say whether a ransom had been paid.",
    ],
  );
  const brief = shortened(
    freed,
    'rainews-english',
    'niger-hostages-freed-coming-home',
    'Hostages freed in Niger are coming home',
    3,
  );
  return [
    pair(
      'h6-kidnap-seized-vs-freed',
      'kidnapping',
      seized,
      freed,
      'one kidnapping: the men seized, then released five weeks later; background shared',
    ),
    pair(
      'h6-kidnap-freed-brief',
      'kidnapping',
      freed,
      brief,
      'the release cut to its first three paragraphs under a broadcaster\'s headline ("freed")',
      'duplicate',
    ),
  ];
}

const damBackground = [
  'The Ostrava-Hradec reservoir dam on the Opava river, an earth embankment built in 1958, has been under pressure since Thursday as three days of heavy rain raised the water level to within 40 centimetres of its crest.',
  'About 2,400 people live in the five villages below the dam. The regional government declared a state of emergency on Friday, and the army sent 300 soldiers to fill sandbags.',
];

export function damBreach(): Pair[] {
  const warning = story(
    'ctk-english',
    'dam-failure-warning-opava-villages-evacuated',
    'Czech authorities warn dam may fail, evacuate villages below it',
    [
      'Prague (CTK) - Czech authorities on Saturday warned that a dam on the Opava river in the northeast of the country could fail and evacuated the villages below it, the regional crisis staff said.',
      ...damBackground,
      'Engineers found water seeping through the embankment at two points on Saturday morning. "We cannot rule out that the dam will give way," regional governor Jana Poláková said.',
    ],
  );
  const breached = story(
    'ctk-english',
    'opava-dam-breached-villages-flooded',
    'Czech dam breaks, flooding evacuated villages',
    [
      'Prague (CTK) - A dam on the Opava river in the northeast of the Czech Republic burst early on Sunday, sending a wall of water into villages that had been evacuated the day before, the regional crisis staff said.',
      'No one was hurt. About 180 houses were flooded in Hradec and Kylešovice, and the water cut the main road to Ostrava, regional governor Jana Poláková said.',
      ...damBackground,
      'Police said two residents who had refused to leave were rescued by boat from a roof.',
    ],
  );
  return [
    pair(
      'h6-dam-warning-vs-breach',
      'dam-emergency',
      warning,
      breached,
      'one dam: the failure warning and evacuation on Saturday, the breach on Sunday; background shared',
    ),
  ];
}
