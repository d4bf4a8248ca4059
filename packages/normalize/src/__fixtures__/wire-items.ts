// Hand-written wire items in the house styles of Reuters, AP, AFP, Xinhua, KNA and PTI, each with the
// Story fields normalize must give. The texts are invented; the conventions are the agencies' own.
import type { WireCase } from './wire-case.ts';
import { AP_WIRE_CASES } from './wire-items-ap.ts';
import { DATELINE_WIRE_CASES } from './wire-items-datelines.ts';
import { INTERNATIONAL_WIRE_CASES } from './wire-items-intl.ts';

const FED_GUID = 'tag:reuters.com,2021:newsml_L1N2SH0AB';

const ENGLISH_WIRE_CASES: WireCase[] = [
  {
    name: 'reuters update with dateline, reporting credit and tracking link',
    raw: {
      guid: FED_GUID,
      link: 'https://www.Reuters.com/markets/us/fed-signals-slower-pace?utm_source=rss&utm_medium=feed#main',
      title: 'UPDATE 2-Fed signals slower pace of rate hikes',
      contentHtml:
        '<p>WASHINGTON, Nov 26 (Reuters) - The Federal Reserve signalled on Friday it would slow the pace of rate increases.</p><p>Policymakers said inflation had begun to ease.</p><p>(Reporting by Howard Schneider; Editing by Andrea Ricci)</p>',
      published: 'Fri, 26 Nov 2021 06:15:00 EST',
      language: 'en',
    },
    expected: {
      headline: 'Fed signals slower pace of rate hikes',
      dateline: { place: 'Washington', day: 26, raw: 'WASHINGTON, Nov 26 (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      byline: 'Howard Schneider',
      contributors: [
        { name: 'Howard Schneider', role: 'reporter' },
        { name: 'Andrea Ricci', role: 'editor' },
      ],
      updateNumber: 2,
      firstCreated: '2021-11-26T11:15:00.000Z',
      canonicalUrl: 'https://www.reuters.com/markets/us/fed-signals-slower-pace',
      firstParagraph: 'The Federal Reserve signalled on Friday it would slow the pace of rate increases.',
      language: 'en',
      htmlExcludes: ['WASHINGTON', 'Reporting by'],
    },
  },
  {
    name: 'reuters later update of the same story keeps its id',
    raw: {
      guid: FED_GUID,
      link: 'https://www.reuters.com/markets/us/fed-signals-slower-pace?utm_source=twitter',
      title: 'UPDATE 3-Fed signals slower pace of rate hikes, stocks rally',
      contentText:
        'WASHINGTON, Nov 26 (Reuters) - The Federal Reserve signalled on Friday it would slow the pace of rate increases, and stocks rallied.\n\n(Reporting by Howard Schneider and Ann Saphir; Editing by Andrea Ricci)',
      published: 'Fri, 26 Nov 2021 06:15:00 EST',
      updated: 'Fri, 26 Nov 2021 07:40:00 EST',
    },
    expected: {
      headline: 'Fed signals slower pace of rate hikes, stocks rally',
      dateline: { place: 'Washington', day: 26, raw: 'WASHINGTON, Nov 26 (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      byline: 'Howard Schneider and Ann Saphir',
      contributors: [
        { name: 'Howard Schneider', role: 'reporter' },
        { name: 'Ann Saphir', role: 'reporter' },
        { name: 'Andrea Ricci', role: 'editor' },
      ],
      updateNumber: 3,
      firstCreated: '2021-11-26T11:15:00.000Z',
      versionCreated: '2021-11-26T12:40:00.000Z',
      canonicalUrl: 'https://www.reuters.com/markets/us/fed-signals-slower-pace',
      firstParagraph:
        'The Federal Reserve signalled on Friday it would slow the pace of rate increases, and stocks rallied.',
      sameStoryAs: 'reuters update with dateline, reporting credit and tracking link',
    },
  },
  {
    name: 'reuters correction with additional reporting',
    raw: {
      guid: 'reuters-oil-1126',
      title: 'CORRECTED-Oil prices slump as new variant rattles markets',
      contentText:
        'LONDON, Nov 26 (Reuters) - Oil prices fell more than 5% on Friday.\n\nBrent crude futures were down $4.10.\n\n(Reporting by Ahmad Ghaddar in London; Additional reporting by Florence Tan in Singapore; Editing by Jason Neely)',
      published: '2021-11-26T10:02:00Z',
    },
    expected: {
      headline: 'Oil prices slump as new variant rattles markets',
      dateline: { place: 'London', day: 26, raw: 'LONDON, Nov 26 (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      byline: 'Ahmad Ghaddar and Florence Tan',
      contributors: [
        { name: 'Ahmad Ghaddar', role: 'reporter' },
        { name: 'Florence Tan', role: 'reporter' },
        { name: 'Jason Neely', role: 'editor' },
      ],
      correction: true,
      firstCreated: '2021-11-26T10:02:00.000Z',
      firstParagraph: 'Oil prices fell more than 5% on Friday.',
    },
  },
  {
    name: 'reuters stacked refile and update markers',
    raw: {
      guid: 'reuters-nikkei-1126',
      title: 'REFILE-UPDATE 1-Japan’s Nikkei hits three-week low',
      contentText: 'TOKYO, Nov 26 (Reuters) - Japan’s Nikkei share average slid 2.5% on Friday.',
      published: 'Fri, 26 Nov 2021 15:20:00 JST',
    },
    expected: {
      headline: 'Japan’s Nikkei hits three-week low',
      dateline: { place: 'Tokyo', day: 26, raw: 'TOKYO, Nov 26 (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      updateNumber: 1,
      firstCreated: '2021-11-26T06:20:00.000Z',
      firstParagraph: 'Japan’s Nikkei share average slid 2.5% on Friday.',
    },
  },
  {
    name: 'reuters repeat marker',
    raw: {
      guid: 'reuters-pmi-1130',
      title: 'RPT-China factory activity shrinks for second month',
      contentText: 'BEIJING, Nov 26 (Reuters) - China’s factory activity shrank again in November.',
      published: 'Fri, 26 Nov 2021 09:45:00 +0800',
    },
    expected: {
      headline: 'China factory activity shrinks for second month',
      dateline: { place: 'Beijing', day: 26, raw: 'BEIJING, Nov 26 (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      firstCreated: '2021-11-26T01:45:00.000Z',
      firstParagraph: 'China’s factory activity shrank again in November.',
    },
  },
  {
    name: 'reuters flash with a trailing agency credit',
    raw: {
      guid: 'reuters-beirut-flash',
      title: 'FLASH - Explosion reported at Beirut port',
      contentText:
        'BEIRUT (Reuters) - A large explosion shook Beirut’s port on Friday, witnesses said. - Reuters',
      published: 'Fri, 26 Nov 2021 12:05:00 GMT',
    },
    expected: {
      headline: 'Explosion reported at Beirut port',
      dateline: { place: 'Beirut', raw: 'BEIRUT (Reuters) -', agency: 'Reuters' },
      credit: 'Reuters',
      urgent: true,
      firstCreated: '2021-11-26T12:05:00.000Z',
      firstParagraph: 'A large explosion shook Beirut’s port on Friday, witnesses said.',
    },
  },
  {
    name: 'xinhua dateline with date and double dash',
    raw: {
      guid: 'xinhua-20211126-state-council',
      title: 'China’s State Council vows support for small firms',
      contentText:
        'BEIJING, Nov. 26 (Xinhua) -- China’s State Council on Friday pledged more support for small firms.',
      published: '2021-11-26 08:00:00',
    },
    expected: {
      headline: 'China’s State Council vows support for small firms',
      dateline: { place: 'Beijing', day: 26, raw: 'BEIJING, Nov. 26 (Xinhua) --', agency: 'Xinhua' },
      credit: 'Xinhua',
      firstCreated: '2021-11-26T08:00:00.000Z',
      firstParagraph: 'China’s State Council on Friday pledged more support for small firms.',
    },
  },
  {
    name: 'colon dateline with an agencies credit',
    raw: {
      guid: 'daily-xi-aliyev',
      title: 'President Xi calls for greater Beijing-Baku exchanges',
      contentHtml:
        '<p>BEIJING: Chinese President Xi Jinping said ties with Azerbaijan would deepen.</p><p>He spoke by telephone. –Agencies</p>',
      author: 'admin',
      published: 'Thu, 25 Feb 2021 09:30:00 +0800',
    },
    expected: {
      headline: 'President Xi calls for greater Beijing-Baku exchanges',
      dateline: { place: 'Beijing', raw: 'BEIJING:' },
      credit: 'Agencies',
      firstCreated: '2021-02-25T01:30:00.000Z',
      firstParagraph: 'Chinese President Xi Jinping said ties with Azerbaijan would deepen.',
      htmlExcludes: ['Agencies', 'BEIJING'],
    },
  },
  {
    name: 'kna dateline with the agency spelled out',
    raw: {
      guid: 'kna-nairobi-1126',
      title: 'Ministry launches polio vaccination drive',
      contentText: 'NAIROBI (Kenya News Agency) - The Ministry of Health on Friday launched a polio drive.',
      author: 'admin',
      published: 'Fri, 26 Nov 2021 10:00:00 EAT',
    },
    expected: {
      headline: 'Ministry launches polio vaccination drive',
      dateline: { place: 'Nairobi', raw: 'NAIROBI (Kenya News Agency) -', agency: 'Kenya News Agency' },
      credit: 'Kenya News Agency',
      firstCreated: '2021-11-26T07:00:00.000Z',
      firstParagraph: 'The Ministry of Health on Friday launched a polio drive.',
    },
  },
  {
    name: 'kna city and country with a source line',
    raw: {
      guid: 'kna-kisumu-1126',
      title: 'Farmers receive subsidised fertiliser',
      contentText:
        'KISUMU, Kenya (KNA) - Farmers in Kisumu received subsidised fertiliser on Thursday.\n\nSource: KNA',
      published: '2021-11-25T16:00:00+03:00',
    },
    expected: {
      headline: 'Farmers receive subsidised fertiliser',
      dateline: {
        place: 'Kisumu',
        country: 'Kenya',
        countryCode: 'KE',
        raw: 'KISUMU, Kenya (KNA) -',
        agency: 'KNA',
      },
      credit: 'KNA',
      firstCreated: '2021-11-25T13:00:00.000Z',
      firstParagraph: 'Farmers in Kisumu received subsidised fertiliser on Thursday.',
    },
  },
  {
    name: 'pti dateline without a dash',
    raw: {
      guid: 'pti-delhi-sc-1126',
      title: 'SC seeks Centre’s reply on air pollution',
      contentText:
        'New Delhi, Nov 26 (PTI) The Supreme Court on Friday sought the Centre’s reply on air pollution.',
      published: 'Fri, 26 Nov 2021 15:30:00 IST',
    },
    expected: {
      headline: 'SC seeks Centre’s reply on air pollution',
      dateline: { place: 'New Delhi', day: 26, raw: 'New Delhi, Nov 26 (PTI)', agency: 'PTI' },
      credit: 'PTI',
      firstCreated: '2021-11-26T10:00:00.000Z',
      firstParagraph: 'The Supreme Court on Friday sought the Centre’s reply on air pollution.',
    },
  },
  {
    name: 'indian daily with inputs from pti',
    raw: {
      guid: 'daily-sensex-1126',
      title: 'Sensex tanks 1,688 points on variant fears',
      contentText: 'MUMBAI: The Sensex fell 1,688 points on Friday.\n\n(With inputs from PTI)',
      published: '26 Nov 2021 14:00 +0530',
    },
    expected: {
      headline: 'Sensex tanks 1,688 points on variant fears',
      dateline: { place: 'Mumbai', raw: 'MUMBAI:' },
      credit: 'PTI',
      firstCreated: '2021-11-26T08:30:00.000Z',
      firstParagraph: 'The Sensex fell 1,688 points on Friday.',
    },
  },
  {
    name: 'outlet breaking news with a source credit and no dateline',
    raw: {
      guid: 'outlet-storm-arwen',
      title: 'Breaking: Storm Arwen forces road closures',
      contentText: 'Heavy snow closed roads across northern England on Friday. Source: Met Office',
      published: 'Fri, 26 Nov 2021 11:45:00 GMT',
    },
    expected: {
      headline: 'Storm Arwen forces road closures',
      credit: 'Met Office',
      urgent: true,
      firstCreated: '2021-11-26T11:45:00.000Z',
      firstParagraph: 'Heavy snow closed roads across northern England on Friday.',
    },
  },
  ...AP_WIRE_CASES,
  ...INTERNATIONAL_WIRE_CASES,
  ...DATELINE_WIRE_CASES,
];

export const WIRE_CASES: readonly WireCase[] = ENGLISH_WIRE_CASES;
