import type { WireCase } from './wire-case.ts';

// Datelines with a date or a region, and credits that name people, as agencies write them (issue 13).
// Hand-written in each agency's style; people and events are made up.
export const DATELINE_WIRE_CASES: WireCase[] = [
  {
    name: 'reuters archive dateline with an iso date',
    raw: {
      guid: 'rtrs-archive-rome-1206',
      title: 'Italy budget passes Senate vote',
      contentText:
        'ROME 1996-12-06 - The Italian Senate approved the 1997 budget on Friday by 162 votes to 110.\n\nThe bill now goes back to the lower house.',
      published: 'Fri, 06 Dec 1996 17:20:00 GMT',
    },
    expected: {
      headline: 'Italy budget passes Senate vote',
      dateline: { place: 'Rome', day: 6, raw: 'ROME 1996-12-06 -' },
      firstCreated: '1996-12-06T17:20:00.000Z',
      dateMissing: false,
      firstParagraph: 'The Italian Senate approved the 1997 budget on Friday by 162 votes to 110.',
    },
  },
  {
    name: 'reuters archive dateline with a region and an iso date, on its own line',
    raw: {
      guid: 'rtrs-archive-vail-1207',
      title: 'ALPINE SKIING - MAIER WINS VAIL DOWNHILL',
      contentText:
        'VAIL, Colorado 1996-12-07\n\nAustria’s Hermann Maier won a World Cup downhill on Saturday.\n\n(Reporting by Karl Brenner; Editing by Ian Ransom)',
      published: 'Sat, 07 Dec 1996 21:05:00 GMT',
    },
    expected: {
      headline: 'ALPINE SKIING - MAIER WINS VAIL DOWNHILL',
      dateline: {
        place: 'Vail',
        region: 'Colorado',
        countryCode: 'US',
        day: 7,
        raw: 'VAIL, Colorado 1996-12-07',
      },
      byline: 'Karl Brenner',
      contributors: [
        { name: 'Karl Brenner', role: 'reporter' },
        { name: 'Ian Ransom', role: 'editor' },
      ],
      firstCreated: '1996-12-07T21:05:00.000Z',
      firstParagraph: 'Austria’s Hermann Maier won a World Cup downhill on Saturday.',
      htmlExcludes: ['VAIL', '1996-12-07', 'Reporting by'],
    },
  },
  {
    name: 'reuters city, state, date and agency with a writing and editing credit',
    raw: {
      guid: 'rtrs-springfield-1126',
      title: 'Illinois passes pension reform',
      contentHtml:
        '<p>SPRINGFIELD, Ill., Nov 26 (Reuters) - Illinois lawmakers passed a pension reform bill on Friday.</p><p>The governor is expected to sign it.</p><p>(Reporting by Karen Pierog in Chicago; Writing by Dan Burns; Editing by Leslie Adler)</p>',
      published: 'Fri, 26 Nov 2021 20:00:00 GMT',
    },
    expected: {
      headline: 'Illinois passes pension reform',
      dateline: {
        place: 'Springfield',
        region: 'Illinois',
        countryCode: 'US',
        day: 26,
        raw: 'SPRINGFIELD, Ill., Nov 26 (Reuters) -',
        agency: 'Reuters',
      },
      credit: 'Reuters',
      byline: 'Karen Pierog and Dan Burns',
      contributors: [
        { name: 'Karen Pierog', role: 'reporter' },
        { name: 'Dan Burns', role: 'writer' },
        { name: 'Leslie Adler', role: 'editor' },
      ],
      firstCreated: '2021-11-26T20:00:00.000Z',
      firstParagraph: 'Illinois lawmakers passed a pension reform bill on Friday.',
      htmlExcludes: ['SPRINGFIELD', 'Reporting by', 'Editing by'],
    },
  },
  {
    name: 'ap city and country with a contributed-to-this-report line',
    raw: {
      guid: 'ap-athens-1126',
      title: 'Greek ferry workers strike for 24 hours',
      contentText:
        'ATHENS, Greece (AP) — Ferry workers in Greece walked off the job Friday for 24 hours.\n\nThe union said talks had failed.\n\nAssociated Press writers Elena Becatoros in Athens and Derek Gatopoulos contributed to this report.',
      author: 'By COSTAS KANTOURIS',
      published: 'Fri, 26 Nov 2021 10:00:00 GMT',
    },
    expected: {
      headline: 'Greek ferry workers strike for 24 hours',
      dateline: {
        place: 'Athens',
        country: 'Greece',
        countryCode: 'GR',
        raw: 'ATHENS, Greece (AP) —',
        agency: 'AP',
      },
      credit: 'AP',
      byline: 'Costas Kantouris',
      contributors: [
        { name: 'Elena Becatoros', role: 'contributor' },
        { name: 'Derek Gatopoulos', role: 'contributor' },
      ],
      firstCreated: '2021-11-26T10:00:00.000Z',
      firstParagraph: 'Ferry workers in Greece walked off the job Friday for 24 hours.',
      htmlExcludes: ['contributed to this report'],
    },
  },
  {
    name: 'kyodo date and bare agency',
    raw: {
      guid: 'kyodo-tokyo-1126',
      title: 'Japan to extend border controls',
      contentText: 'TOKYO, Nov. 26 Kyodo - Japan will extend its border controls to the end of December.',
      published: 'Fri, 26 Nov 2021 03:00:00 GMT',
    },
    expected: {
      headline: 'Japan to extend border controls',
      dateline: { place: 'Tokyo', day: 26, raw: 'TOKYO, Nov. 26 Kyodo -', agency: 'Kyodo' },
      credit: 'Kyodo',
      firstCreated: '2021-11-26T03:00:00.000Z',
      firstParagraph: 'Japan will extend its border controls to the end of December.',
    },
  },
  {
    name: 'ansa agency first',
    raw: {
      guid: 'ansa-rome-1126',
      title: 'Italy approves new Covid rules',
      contentText: '(ANSA) - ROME, NOV 26 - The Italian cabinet approved new Covid rules on Friday.',
      published: 'Fri, 26 Nov 2021 15:00:00 GMT',
    },
    expected: {
      headline: 'Italy approves new Covid rules',
      dateline: { place: 'Rome', day: 26, raw: '(ANSA) - ROME, NOV 26 -', agency: 'ANSA' },
      credit: 'ANSA',
      firstCreated: '2021-11-26T15:00:00.000Z',
      firstParagraph: 'The Italian cabinet approved new Covid rules on Friday.',
    },
  },
  {
    name: 'bloomberg footer with assistance and contacts',
    raw: {
      guid: 'bbg-oil-1126',
      title: 'Oil slumps as new variant spooks markets',
      contentText:
        'Oil fell the most since April 2020 as a new coronavirus variant spooked markets.\n\n--With assistance from Alex Longley.\n\nTo contact the reporter on this story: Sharon Cho in Singapore at scho@bloomberg.example\n\nTo contact the editors responsible for this story: Serene Cheong at scheong@bloomberg.example, Ben Sharples',
      published: 'Fri, 26 Nov 2021 08:00:00 GMT',
    },
    expected: {
      headline: 'Oil slumps as new variant spooks markets',
      byline: 'Sharon Cho',
      contributors: [
        { name: 'Alex Longley', role: 'contributor' },
        { name: 'Sharon Cho', role: 'reporter', email: 'scho@bloomberg.example' },
        { name: 'Serene Cheong', role: 'editor', email: 'scheong@bloomberg.example' },
        { name: 'Ben Sharples', role: 'editor' },
      ],
      firstCreated: '2021-11-26T08:00:00.000Z',
      firstParagraph: 'Oil fell the most since April 2020 as a new coronavirus variant spooked markets.',
      htmlExcludes: ['To contact', 'With assistance'],
    },
  },
];
