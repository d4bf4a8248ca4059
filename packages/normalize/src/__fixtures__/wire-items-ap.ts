// Hand-written wire items in AP's house styles (stand-alone and state datelines, shouted bylines,
// alerts, windows-1252 punctuation), each with the Story fields normalize must give. Texts invented.
import type { WireCase } from './wire-case.ts';

export const AP_WIRE_CASES: WireCase[] = [
  {
    name: 'ap stand-alone city with a shouted byline',
    raw: {
      guid: 'ap-chicago-1126',
      title: 'Chicago police investigate overnight shootings',
      contentHtml: '<p>CHICAGO (AP) — Chicago police said Friday they were investigating five shootings.</p>',
      author: 'By JANE DOE',
      published: 'Fri, 26 Nov 2021 03:04:05 CST',
    },
    expected: {
      headline: 'Chicago police investigate overnight shootings',
      dateline: { place: 'Chicago', raw: 'CHICAGO (AP) —', agency: 'AP' },
      credit: 'AP',
      byline: 'Jane Doe',
      firstCreated: '2021-11-26T09:04:05.000Z',
      firstParagraph: 'Chicago police said Friday they were investigating five shootings.',
    },
  },
  {
    name: 'ap city and state with two shouted reporters',
    raw: {
      guid: 'ap-austin-1126',
      title: 'Texas governor signs new electoral map',
      contentText:
        'AUSTIN, Texas (AP) — Texas Gov. Greg Abbott signed a new electoral map into law on Thursday.',
      author: 'By JOHN ROE and MARY POE, Associated Press',
      published: 'Thu, 25 Nov 2021 22:30:00 PDT',
    },
    expected: {
      headline: 'Texas governor signs new electoral map',
      dateline: {
        place: 'Austin',
        region: 'Texas',
        countryCode: 'US',
        raw: 'AUSTIN, Texas (AP) —',
        agency: 'AP',
      },
      credit: 'AP',
      byline: 'John Roe and Mary Poe, Associated Press',
      firstCreated: '2021-11-26T05:30:00.000Z',
      firstParagraph: 'Texas Gov. Greg Abbott signed a new electoral map into law on Thursday.',
    },
  },
  {
    name: 'ap city and country',
    raw: {
      guid: 'ap-kyiv-1126',
      title: 'Ukraine warns of troop buildup on its border',
      contentText:
        'KYIV, Ukraine (AP) — Ukraine’s president said Friday that troops were massing on the border.',
      author: 'Yuras Karmanau <ykarmanau@ap.example.org>',
      published: 'Fri, 26 Nov 2021 11:00:00 EET',
    },
    expected: {
      headline: 'Ukraine warns of troop buildup on its border',
      dateline: {
        place: 'Kyiv',
        country: 'Ukraine',
        countryCode: 'UA',
        raw: 'KYIV, Ukraine (AP) —',
        agency: 'AP',
      },
      credit: 'AP',
      byline: 'Yuras Karmanau',
      firstCreated: '2021-11-26T09:00:00.000Z',
      firstParagraph: 'Ukraine’s president said Friday that troops were massing on the border.',
    },
  },
  {
    name: 'ap city and state without an agency',
    raw: {
      guid: 'member-springfield-1126',
      title: 'Lawmakers approve pension deal',
      contentText: 'SPRINGFIELD, Ill. — Illinois lawmakers approved a pension deal late Thursday.',
      published: 'Thu, 25 Nov 2021 23:10:00 CST',
    },
    expected: {
      headline: 'Lawmakers approve pension deal',
      dateline: { place: 'Springfield', region: 'Illinois', countryCode: 'US', raw: 'SPRINGFIELD, Ill. —' },
      firstCreated: '2021-11-26T05:10:00.000Z',
      firstParagraph: 'Illinois lawmakers approved a pension deal late Thursday.',
    },
  },
  {
    name: 'stand-alone city written in title case, no agency',
    raw: {
      guid: 'member-atlanta-1126',
      title: 'Georgia certifies recount',
      contentText: 'Atlanta — Georgia election officials certified the recount on Friday.',
      published: '2021-11-26T08:00:00-05:00',
    },
    expected: {
      headline: 'Georgia certifies recount',
      dateline: { place: 'Atlanta', raw: 'Atlanta —' },
      firstCreated: '2021-11-26T13:00:00.000Z',
      firstParagraph: 'Georgia election officials certified the recount on Friday.',
    },
  },
  {
    name: 'ap alert over a stand-alone international city',
    raw: {
      guid: 'ap-tokyo-quake',
      title: 'ALERT: Magnitude 6.0 quake hits off Japan',
      contentText: 'TOKYO — A strong earthquake struck off northeastern Japan on Friday evening.',
      published: 'Fri, 26 Nov 2021 19:58:00 +0900',
    },
    expected: {
      headline: 'Magnitude 6.0 quake hits off Japan',
      dateline: { place: 'Tokyo', raw: 'TOKYO —' },
      urgent: true,
      firstCreated: '2021-11-26T10:58:00.000Z',
      firstParagraph: 'A strong earthquake struck off northeastern Japan on Friday evening.',
    },
  },
  {
    name: 'ap windows-1252 punctuation and an address byline',
    raw: {
      guid: 'ap-brussels-deal',
      title: '“Historic” EU deal reached – officials',
      contentHtml:
        '<p>BRUSSELS (AP) — EU leaders said the €750 billion deal was “historic”… and ‘long overdue’.</p>',
      author: 'jdoe@ap.example.org (Jane Doe)',
      published: 'Fri, 26 Nov 2021 10:00:00 CET',
    },
    expected: {
      headline: '“Historic” EU deal reached – officials',
      dateline: { place: 'Brussels', raw: 'BRUSSELS (AP) —', agency: 'AP' },
      credit: 'AP',
      byline: 'Jane Doe',
      firstCreated: '2021-11-26T09:00:00.000Z',
      firstParagraph: 'EU leaders said the €750 billion deal was “historic”… and ‘long overdue’.',
    },
  },
];
