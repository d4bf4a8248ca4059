import { describe, expect, it } from 'vitest';
import { findEntities } from './entities.ts';

const find = (text: string, headline = 'A story about the talks') => findEntities({ headline, text });
const people = (text: string, headline?: string) => find(text, headline).people.map((p) => p.name);
const orgs = (text: string) => find(text).organisations.map((o) => o.name);

describe('people', () => {
  it('takes the name after a title and drops the title and any nationality before it', () => {
    expect(
      people('Chinese President Xi Jinping met Prime Minister Narendra Modi and Chancellor Olaf Scholz.'),
    ).toEqual(['Xi Jinping', 'Narendra Modi', 'Olaf Scholz']);
  });

  it('understands titles with "of", hyphens and abbreviations', () => {
    expect(
      people(
        'U.S. Secretary of State Antony Blinken met NATO Secretary-General Jens Stoltenberg. Mr. Tran Van Minh and Dr Ama Owusu attended.',
      ),
    ).toEqual(['Antony Blinken', 'Jens Stoltenberg', 'Tran Van Minh', 'Ama Owusu']);
  });

  it('recognises a name by a reporting verb, a lowercase profession, an age or an apposition', () => {
    expect(people('Maria Delgado said the deal was done.')).toEqual(['Maria Delgado']);
    expect(people('The talks ended, spokesperson Hua Chunying told reporters.')).toEqual(['Hua Chunying']);
    expect(people('George W. Bush, 77, attended the ceremony.')).toEqual(['George W. Bush']);
    expect(people('Peter Lang, an analyst at the bank, was cautious.')).toEqual(['Peter Lang']);
    expect(people('Nothing changed, according to Mark Twain.')).toEqual(['Mark Twain']);
  });

  it('keeps name particles', () => {
    expect(
      people(
        'European Commission President Ursula von der Leyen met officials. Bashar al-Assad said little.',
      ),
    ).toEqual(['Ursula von der Leyen', 'Bashar al-Assad']);
  });

  it('counts later bare surnames and possessives toward the full name', () => {
    const found = find(
      'President Ilham Aliyev arrived. Aliyev said the talks went well, and Aliyev’s aides agreed.',
      'Aliyev visits',
    );
    expect(found.people).toEqual([{ name: 'Ilham Aliyev', mentions: 4 }]);
  });

  it('counts an earlier title-only mention ("President Xi") toward the full name found later', () => {
    expect(
      find('Talks ended. Later, President Xi Jinping spoke.', 'President Xi calls for talks').people,
    ).toEqual([{ name: 'Xi Jinping', mentions: 2 }]);
  });

  it('leaves a surname alone when two people share it', () => {
    const found = find('Minister Anna Lee met Governor Tom Lee. Lee said nothing.');
    expect(found.people).toEqual([
      { name: 'Anna Lee', mentions: 1 },
      { name: 'Tom Lee', mentions: 1 },
    ]);
  });

  it('does not make people of sentence starts, places, acronyms, weekdays or organisations', () => {
    const text =
      'The Belt and Road plan grew. In China, COVID cases fell on Monday. Officials said China said so. ' +
      'Police said nobody was hurt, and South Africa said it agreed. Officials met.';
    expect(people(text)).toEqual([]);
  });

  it('skips discovery in a Title Case headline but still counts known names there', () => {
    const found = find('Minister Ama Owusu spoke.', 'Owusu Says Vaccine Trial Beats Every Expectation');
    expect(found.people).toEqual([{ name: 'Ama Owusu', mentions: 2 }]);
    expect(people('Markets were calm.', 'Global Markets Slide As Investors Flee Risk')).toEqual([]);
  });

  it('works only on English (or unknown) text', () => {
    expect(
      findEntities({ headline: 'x', text: 'President Emmanuel Macron said yes.', language: 'fr' }),
    ).toEqual({
      people: [],
      organisations: [],
    });
  });
});

describe('organisations', () => {
  it('finds names ending in or built around an organisation word', () => {
    expect(
      orgs(
        'The European Central Bank and the Ministry of Foreign Affairs met the Food and Drug Administration.',
      ),
    ).toEqual(['European Central Bank', 'Ministry of Foreign Affairs', 'Food and Drug Administration']);
  });

  it('links a parenthesised acronym to its long form and counts it', () => {
    const found = find('The Communist Party of China (CPC) met. The CPC said it would grow. The CPC agreed.');
    expect(found.organisations).toEqual([{ name: 'Communist Party of China', mentions: 3 }]);
  });

  it('does not link an acronym whose letters do not match', () => {
    expect(orgs('The Superior Electoral Court (TSE) said turnout was high.')).toEqual([
      'Superior Electoral Court',
    ]);
  });

  it('takes the company before a corporate title and the institution before any title', () => {
    const found = find('Apple CEO Tim Cook met Bank of England Governor Andrew Bailey. Apple said so.');
    expect(found.people.map((p) => p.name)).toEqual(['Tim Cook', 'Andrew Bailey']);
    expect(found.organisations).toEqual([
      { name: 'Apple', mentions: 2 },
      { name: 'Bank of England', mentions: 1 },
    ]);
  });

  it('merges short forms, legal forms, known acronyms and place-prefixed forms of one organisation', () => {
    const found = find(
      'Northwind Airlines Inc bought a rival. Northwind CEO Ann Park said Northwind Airlines would grow. ' +
        'The World Health Organization warned, and WHO official Li Ming agreed. ' +
        'The U.S. Federal Reserve held rates; Federal Reserve Chair Anna Whitfield spoke.',
    );
    expect(found.organisations).toEqual([
      { name: 'Northwind Airlines', mentions: 3 },
      { name: 'World Health Organization', mentions: 2 },
      { name: 'Federal Reserve', mentions: 2 },
    ]);
  });

  it('keeps two organisations joined by "and" apart', () => {
    expect(orgs('Samsung Electronics and Intel Corp run plants there.')).toEqual([
      'Samsung Electronics',
      'Intel Corp',
    ]);
  });

  it('does not take a lone organisation word or a place for an organisation', () => {
    expect(orgs('The Ministry said the Party and the Court agreed. United States officials met.')).toEqual(
      [],
    );
  });
});

describe('names wires use without cues', () => {
  it('takes a full name whose surname later stands alone for a person', () => {
    const found = findEntities({
      headline: 'Tennis',
      text: 'Jannik Sinner beat Carlos Alcaraz in five sets. Sinner served 20 aces and Alcaraz said he was tired.',
    });
    expect(found.people).toEqual([
      { name: 'Jannik Sinner', mentions: 2 },
      { name: 'Carlos Alcaraz', mentions: 2 },
    ]);
  });

  it('takes a name opening with a known given name, or a family name written first, for a person', () => {
    const found = findEntities({
      headline: 'Investors',
      text: 'Shareholders cheered as Warren Buffett spoke, and Wang Yi met Kim Jong-un. Victoria Falls stayed quiet.',
    });
    expect(found.people.map((p) => p.name)).toEqual(['Warren Buffett', 'Wang Yi', 'Kim Jong-un']);
  });

  it('takes a city and a plural for a team, and well-known companies on their own', () => {
    const found = findEntities({
      headline: 'Results',
      text: 'The Denver Nuggets beat the Los Angeles Lakers. Nvidia and Petrobras shares rose; the Paris Olympics open soon.',
    });
    expect(found.organisations.map((o) => o.name)).toEqual([
      'Denver Nuggets',
      'Los Angeles Lakers',
      'Nvidia',
      'Petrobras',
    ]);
  });

  it('keeps long formal names whole and drops a country in front of them', () => {
    const found = findEntities({
      headline: 'Agencies',
      text:
        'The U.S. Centers for Disease Control and Prevention and the National Oceanic and Atmospheric ' +
        'Administration agreed. Samsung Electronics and Intel Corp did not.',
    });
    expect(found.organisations.map((o) => o.name)).toEqual([
      'Centers for Disease Control and Prevention',
      'National Oceanic and Atmospheric Administration',
      'Samsung Electronics',
      'Intel Corp',
    ]);
  });

  it('keeps a city before a bare organisation word, a plus after an acronym, and where a formal name works', () => {
    const found = findEntities({
      headline: 'Briefs',
      text:
        'Atlanta Fed President Raphael Bostic spoke. OPEC+ agreed to cut output. The Board of Control for ' +
        'Cricket in India met, and the Communist Party in China did not.',
    });
    expect(found.organisations.map((o) => o.name)).toEqual([
      'Atlanta Fed',
      'OPEC+',
      'Board of Control for Cricket in India',
      'Communist Party',
    ]);
  });

  it('lets a sentence-initial common word open a formal name', () => {
    const found = findEntities({
      headline: 'Vaccines',
      text: 'Officials said health workers were ready. Health and Human Services Secretary Jane Doe agreed.',
    });
    expect(found.organisations.map((o) => o.name)).toEqual(['Health and Human Services']);
    expect(found.people.map((p) => p.name)).toEqual(['Jane Doe']);
  });

  it('does not take a storm, a facility or a quoted news agency for a person or an organisation', () => {
    const found = findEntities({
      headline: 'Storm',
      text:
        'Hurricane Melissa hit Jamaica. Melissa weakened later, NASA engineers at Kennedy Space Center said, ' +
        'and the head of the agency told Reuters the launch would wait.',
    });
    expect(found.people).toEqual([]);
    expect(found.organisations.map((o) => o.name)).toEqual(['NASA']);
  });

  it('does not take a venue for a person or an organisation', () => {
    const found = findEntities({
      headline: 'Final',
      text: 'Fans filled Moulay Abdellah Stadium, coach Walid Regragui said.',
    });
    expect(found.people.map((p) => p.name)).toEqual(['Walid Regragui']);
    expect(found.organisations).toEqual([]);
  });
});
