// Copy written for training the entity tagger beyond the wire: short biographies, travel-guide
// entries, academic prose with citations and hearing transcripts, generated from hand-written
// templates with random names (faker's lists, MIT) and public place names, each name annotated as
// it is written. Following GUM's conventions (eval/gum/README.md): buildings, streets, squares,
// museums, airports and rivers are places; universities, schools, companies, courts, parties and
// bands are organisations. Deterministic for a seed.
import type { LabelledDoc } from './entity-training.ts';
import type { Kind, Part } from './wire-copy.ts';
import { cities, filler, Random, renderDoc, Writer } from './wire-copy.ts';

const UNIVERSITY = [
  'University of {city}',
  '{city} University',
  '{city} State University',
  '{sur} College',
  'Royal College of {field}',
  '{city} Institute of Technology',
  'Academy of {field}',
  'School of {field}',
];
const FIELDS = [
  'Music',
  'Art',
  'Sciences',
  'Medicine',
  'Economics',
  'Law',
  'Engineering',
  'Fine Arts',
  'Architecture',
  'Theology',
];
const BUILDINGS = [
  '{city} Cathedral',
  '{sur} Museum',
  'Museum of {field}',
  '{city} Castle',
  '{sur} Palace',
  'Royal Palace',
  '{sur} Square',
  '{sur} Street',
  '{sur} Avenue',
  '{sur} Park',
  '{city} Central Station',
  '{city} International Airport',
  '{sur} Bridge',
  'River {river}',
  '{river} River',
  'Lake {river}',
  'Mount {sur}',
  '{sur} Hall',
  '{sur} Gardens',
  'Old Town',
  '{sur} Beach',
  '{sur} Island',
  '{sur} Market',
];
const RIVERS = [
  'Ouse',
  'Avon',
  'Tagus',
  'Elbe',
  'Loire',
  'Volga',
  'Douro',
  'Vistula',
  'Severn',
  'Tiber',
  'Ebro',
  'Oder',
  'Danube',
  'Rhine',
];
const COMPANIES = [
  '{sur} Motors',
  '{sur} & Sons',
  '{word} Airlines',
  '{word} Records',
  '{sur} Books',
  '{word} Studios',
  '{word} Bank',
  '{word} Tours',
  '{city} Bus Company',
  '{word} Pictures',
];
const WORDS = [
  'Blue',
  'Star',
  'Pacific',
  'Royal',
  'Golden',
  'Crown',
  'Summit',
  'Atlas',
  'Nova',
  'Harbor',
  'Silver',
  'Eagle',
  'Phoenix',
  'Northern',
];
const BODIES = [
  'Court',
  'Supreme Court',
  'Court of Appeals',
  'Congress',
  'Parliament',
  'Senate',
  'Department of Education',
  'Ministry of Culture',
  'Royal Society',
  'National Academy of Sciences',
  'European Union',
  'United Nations',
  'UNESCO',
  'Red Cross',
  'Labour Party',
  'Conservative Party',
  'Democratic Party',
  'Republican Party',
];

function fill(w: Writer, template: string): string {
  return template
    .replace('{city}', w.city())
    .replace('{sur}', w.person().sur)
    .replace('{field}', w.r.pick(FIELDS))
    .replace('{river}', w.r.pick(RIVERS))
    .replace('{word}', w.r.pick(WORDS));
}

type Story = (w: Writer) => Part[];

const bio: Story = (w) => {
  const r = w.r;
  const p = w.person();
  const father = w.person();
  const born = w.city();
  const country = w.country();
  const school = fill(w, r.pick(UNIVERSITY));
  const teacher = w.person();
  const h: Part[] = [{ kind: 'person', text: p.full }];
  w.e('person', p.full).t(
    ` ( born ${r.int(1, 28)} ${r.pick(['January', 'March', 'May', 'July', 'October', 'December'])} ${r.int(1900, 1990)} ) is a ${r.pick(['British', 'French', 'Brazilian', 'Canadian', 'Nigerian', 'Polish', 'Indian', 'Swedish'])} ${r.pick(['architect', 'composer', 'painter', 'linguist', 'mathematician', 'footballer', 'novelist', 'physicist', 'actor', 'politician'])} .\n\n`,
  );
  w.e('person', p.sur)
    .t(' was born in ')
    .e('place', born)
    .t(' , ')
    .e('place', country)
    .t(' , to ')
    .e('person', father.full)
    .t(` , a ${r.pick(['merchant', 'teacher', 'doctor', 'farmer', 'lawyer'])} , and his wife `)
    .e('person', w.person().full)
    .t(' . ');
  w.t(`${r.pick(['He', 'She'])} attended `)
    .e('org', school)
    .t(' , where ')
    .e('person', p.sur)
    .t(' studied under ')
    .e('person', teacher.full)
    .t(' .\n\n');
  w.t(`In ${r.int(1920, 2010)} ${r.pick(['he', 'she'])} moved to `)
    .e('place', w.city())
    .t(' and joined the ')
    .e('org', fill(w, r.pick(COMPANIES)))
    .t(' . ');
  w.e('person', p.sur)
    .t("'s work was shown at the ")
    .e('place', fill(w, r.pick(BUILDINGS)))
    .t(' and praised by ')
    .e('person', w.person().full)
    .t(' .');
  if (r.chance(0.5))
    w.t(' ')
      .e('person', p.sur)
      .t(' later taught at ')
      .e('org', fill(w, r.pick(UNIVERSITY)))
      .t(' in ')
      .e('place', w.city())
      .t(' .');
  w.t('\n\n');
  if (r.chance(0.5))
    w.t(`${r.pick(['He', 'She'])} was elected to the `)
      .e('org', r.pick(BODIES))
      .t(
        ` in ${r.int(1950, 2015)} and received the ${r.pick(['Nobel Prize', 'Order of Merit', 'Gold Medal', 'Pritzker Prize'])} .\n`,
      );
  return h;
};

const voyage: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const country = w.country();
  const h: Part[] = [{ kind: 'place', text: city }];
  w.e('place', city)
    .t(' is a city in ')
    .e('place', country)
    .t(` with about ${r.int(20, 900)},000 inhabitants . It lies on the `)
    .e('place', `${r.pick(RIVERS)} River`)
    .t(' , ')
    .t(`${r.int(10, 300)} km from `)
    .e('place', w.city())
    .t(' .\n\n');
  w.t('Get in\n\nBy plane\n\n')
    .e('place', `${city} International Airport`)
    .t(
      ` ( IATA : ${String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25), 65 + r.int(0, 25))} ) has flights from `,
    )
    .e('place', w.city())
    .t(' and ')
    .e('place', w.city())
    .t(' with ')
    .e('org', fill(w, r.pick(COMPANIES)))
    .t(' .\n\n');
  w.t('See\n\n');
  for (let k = 0; k < r.int(2, 5); k++) {
    w.e('place', fill(w, r.pick(BUILDINGS)))
      .t(` , ${fill(w, '{sur}')} ${r.int(1, 90)} . Built in ${r.int(1200, 1950)} by `)
      .e('person', w.person().full)
      .t(
        ` , ${r.pick(['it houses a collection of', 'it is famous for', 'the building shows'])} ${r.pick(['paintings', 'frescoes', 'old maps', 'Roman coins'])} . Open daily 9:00-17:00 .\n`,
      );
  }
  w.t('\nEat\n\n')
    .e('org', `${fill(w, '{sur}')} ${r.pick(['Cafe', 'Restaurant', 'Bistro', 'Grill'])}`)
    .t(' , ')
    .e('place', fill(w, '{sur} Street'))
    .t(` ${r.int(1, 90)} . Local dishes .\n`);
  return h;
};

const academic: Story = (w) => {
  const r = w.r;
  const a = w.person();
  const b = w.person();
  const c = w.person();
  const h: Part[] = [
    `${r.pick(['Measuring', 'Modelling', 'Understanding', 'Revisiting'])} ${r.pick(['discourse', 'migration', 'salinity', 'fan responses', 'word order', 'voting'])} in ${r.pick(['urban', 'rural', 'online', 'historical'])} ${r.pick(['communities', 'corpora', 'regions'])}`,
  ];
  w.e('person', a.full)
    .t(' , ')
    .e('org', fill(w, r.pick(UNIVERSITY)))
    .t(' , ')
    .e('place', w.country())
    .t('\n')
    .e('person', b.full)
    .t(' , ')
    .e('org', fill(w, r.pick(UNIVERSITY)))
    .t('\n\n1. Introduction\n\n');
  w.t(`Previous work ( `)
    .e('person', c.sur)
    .t(` , ${r.int(1990, 2019)} ; `)
    .e('person', w.person().sur)
    .t(' and ')
    .e('person', w.person().sur)
    .t(
      ` , ${r.int(1990, 2019)} ) has shown that ${r.pick(['speakers', 'participants', 'models'])} differ . `,
    );
  w.e('person', c.sur)
    .t(` ( ${r.int(1990, 2019)} ) argued that the effect is small , while `)
    .e('person', w.person().sur)
    .t(` et al. ( ${r.int(1990, 2019)} ) found the opposite in data from `)
    .e('place', w.country())
    .t(' .\n\n');
  w.t('Data were collected by the ')
    .e(
      'org',
      r.pick([
        'National Statistics Office',
        'European Space Agency',
        'World Bank',
        'Pew Research Center',
        'Linguistic Society of America',
        'National Science Foundation',
      ]),
    )
    .t(` and analysed with ${r.pick(['R', 'SPSS', 'Python'])} . Participants were recruited in `)
    .e('place', w.city())
    .t(' and ')
    .e('place', w.city())
    .t(` . Figure ${r.int(1, 6)} and Table ${r.int(1, 4)} summarise the results .\n`);
  return h;
};

const court: Story = (w) => {
  const r = w.r;
  const state = r.pick([
    'Nebraska',
    'Texas',
    'Ohio',
    'Georgia',
    'California',
    'Missouri',
    'Arizona',
    'Florida',
  ]);
  const chief = w.person();
  const lawyer = w.person();
  const justice = w.person();
  const party = w.person();
  const h: Part[] = [
    `We will hear argument this morning in Case ${r.int(10, 23)}-${r.int(100, 999)} , `,
    { kind: 'person', text: party.sur },
    ' versus ',
    { kind: 'place', text: state },
    ' .',
  ];
  w.t('Chief Justice ').e('person', chief.sur).t(' : ').t('Mr. ').e('person', lawyer.sur).t(' .\n\n');
  w.t(`${caps('Oral argument of')} ${caps(lawyer.full)}`.replace(caps(lawyer.full), ''));
  w.e('person', caps(lawyer.full)).t(' ON BEHALF OF THE PETITIONERS\n\n');
  w.t('Mr. Chief Justice , and may it please the ')
    .e('org', 'Court')
    .t(' : the ')
    .e('org', r.pick(['Court of Appeals', 'Second Circuit', 'District Court', 'Ninth Circuit']))
    .t(' held that ')
    .e('place', state)
    .t(` lacked standing . `)
    .e('org', 'Congress')
    .t(` never authorized this .\n\n`);
  w.t('Justice ')
    .e('person', justice.sur)
    .t(' : Counsel , what about ')
    .e('person', w.person().sur)
    .t(` v. `)
    .e('person', w.person().sur)
    .t(' ?\n\n');
  w.t('Mr. ')
    .e('person', lawyer.sur)
    .t(` : Justice `)
    .e('person', justice.sur)
    .t(' , that case concerned the ')
    .e(
      'org',
      r.pick(['Department of Education', 'Federal Trade Commission', 'Environmental Protection Agency']),
    )
    .t(' , not ')
    .e('place', state)
    .t(' .\n');
  return h;
};

function caps(s: string): string {
  return s.toUpperCase();
}

const STORIES: readonly [Story, number][] = [
  [bio, 3],
  [voyage, 3],
  [academic, 2],
  [court, 1],
];

/** `n` documents of the other genres, deterministic for `seed`. */
export function generateOtherCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const total = STORIES.reduce((s, [, weight]) => s + weight, 0);
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    let x = r.next() * total;
    let story = STORIES[0]?.[0] as Story;
    for (const [s, weight] of STORIES) {
      x -= weight;
      if (x <= 0) {
        story = s;
        break;
      }
    }
    const w = new Writer(r, places);
    const head = story(w);
    for (let f = r.int(0, 3); f > 0; f--) filler(w);
    docs.push(renderDoc(`other-${seed}-${k}`, head, w.parts, r.chance(0.3)));
  }
  return docs;
}

export type { Kind };
