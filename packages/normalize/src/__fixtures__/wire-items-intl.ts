// French, Spanish and German wire items (AFP, EFE, dpa house styles), then the edge cases every wire
// has: kill notices, missing or junk or future dates, missing headlines, escaped entities, links.
import type { WireCase } from './wire-case.ts';
import { WIRE_FETCHED_AT, WIRE_NOW } from './wire-case.ts';

const LE_MONDE = 'https://www.lemonde.fr/international/article/2021/11/26/sommet-climat.html';

export const INTERNATIONAL_WIRE_CASES: WireCase[] = [
  {
    name: 'afp french title-case dateline with urgent marker',
    raw: {
      guid: 'afp-fr-vigipirate',
      title: 'URGENT - La France relève son niveau d’alerte',
      contentText: 'Paris (AFP) - Le gouvernement a relevé vendredi le niveau d’alerte.\n\nSource : AFP',
      published: 'ven., 26 nov. 2021 09:00:00 +0100',
      language: 'fr-FR',
    },
    expected: {
      headline: 'La France relève son niveau d’alerte',
      dateline: { place: 'Paris', raw: 'Paris (AFP) -', agency: 'AFP' },
      credit: 'AFP',
      urgent: true,
      firstCreated: '2021-11-26T08:00:00.000Z',
      firstParagraph: 'Le gouvernement a relevé vendredi le niveau d’alerte.',
      language: 'fr',
    },
  },
  {
    name: 'afp french caps dateline with date, french month and xtor link',
    raw: {
      link: `${LE_MONDE}?xtor=RSS-3208#xtor=RSS-3208`,
      title: 'Climat : les négociations reprennent à Glasgow',
      contentHtml: '<p>GLASGOW, 26 nov 2021 (AFP) - Les négociateurs ont repris les discussions.</p>',
      author: 'Par MARIE DUPONT',
      published: 'jeu., 25 févr. 2021 18:30:00 +0100',
      language: 'fr',
    },
    expected: {
      headline: 'Climat : les négociations reprennent à Glasgow',
      dateline: { place: 'Glasgow', day: 26, raw: 'GLASGOW, 26 nov 2021 (AFP) -', agency: 'AFP' },
      credit: 'AFP',
      byline: 'Marie Dupont',
      firstCreated: '2021-02-25T17:30:00.000Z',
      canonicalUrl: LE_MONDE,
      firstParagraph: 'Les négociateurs ont repris les discussions.',
      language: 'fr',
    },
  },
  {
    name: 'efe spanish dateline closed by a full stop and dash',
    raw: {
      guid: 'efe-mx-sismo',
      title: 'ÚLTIMA HORA: Un sismo de magnitud 6,1 sacude el sur de México',
      contentText: 'México, 26 nov (EFE).- Un sismo de magnitud 6,1 sacudió este viernes el sur de México.',
      author: 'Por MARÍA LÓPEZ',
      published: 'vie, 26 nov 2021 04:10:00 -0600',
      language: 'es',
    },
    expected: {
      headline: 'Un sismo de magnitud 6,1 sacude el sur de México',
      dateline: { place: 'México', day: 26, raw: 'México, 26 nov (EFE).-', agency: 'EFE' },
      credit: 'EFE',
      byline: 'María López',
      urgent: true,
      firstCreated: '2021-11-26T10:10:00.000Z',
      firstParagraph: 'Un sismo de magnitud 6,1 sacudió este viernes el sur de México.',
      language: 'es',
    },
  },
  {
    name: 'efe spanish with double-escaped entities and a fuente line',
    raw: {
      guid: 'efe-es-vivienda',
      title: 'Sánchez anuncia un plan de vivienda &amp;amp; alquiler',
      contentHtml:
        '<p>MADRID, 25 nov (EFE).- El presidente del Gobierno anunció un plan &amp;quot;ambicioso&amp;quot;.</p><p>Fuente: EFE</p>',
      published: '2021-11-25T19:45:00+01:00',
      language: 'es-ES',
    },
    expected: {
      headline: 'Sánchez anuncia un plan de vivienda & alquiler',
      dateline: { place: 'Madrid', day: 25, raw: 'MADRID, 25 nov (EFE).-', agency: 'EFE' },
      credit: 'EFE',
      firstCreated: '2021-11-25T18:45:00.000Z',
      firstParagraph: 'El presidente del Gobierno anunció un plan "ambicioso".',
      language: 'es',
      htmlExcludes: ['Fuente', 'MADRID'],
    },
  },
  {
    name: 'dpa german title-case dateline with eilmeldung marker',
    raw: {
      guid: 'dpa-bundestag-kanzler',
      title: 'EILMELDUNG: Bundestag wählt neuen Kanzler',
      contentText: 'Berlin (dpa) - Der Bundestag hat am Freitag einen neuen Bundeskanzler gewählt.',
      author: 'Anna Schmidt, dpa',
      published: 'Fr, 26 Nov 2021 11:00:00 +0100',
      language: 'de',
    },
    expected: {
      headline: 'Bundestag wählt neuen Kanzler',
      dateline: { place: 'Berlin', raw: 'Berlin (dpa) -', agency: 'dpa' },
      credit: 'dpa',
      byline: 'Anna Schmidt, dpa',
      urgent: true,
      firstCreated: '2021-11-26T10:00:00.000Z',
      firstParagraph: 'Der Bundestag hat am Freitag einen neuen Bundeskanzler gewählt.',
      language: 'de',
    },
  },
  {
    name: 'dpa german caps dateline with a german zone and month',
    raw: {
      guid: 'dpa-inflation-destatis',
      title: 'Inflation in Deutschland steigt auf 5,2 Prozent',
      contentText:
        'WIESBADEN (dpa) - Die Inflation in Deutschland ist im November auf 5,2 Prozent gestiegen.',
      published: '26. Okt. 2021 09:30 MESZ',
      language: 'de-DE',
    },
    expected: {
      headline: 'Inflation in Deutschland steigt auf 5,2 Prozent',
      dateline: { place: 'Wiesbaden', raw: 'WIESBADEN (dpa) -', agency: 'dpa' },
      credit: 'dpa',
      firstCreated: '2021-10-26T07:30:00.000Z',
      firstParagraph: 'Die Inflation in Deutschland ist im November auf 5,2 Prozent gestiegen.',
      language: 'de',
    },
  },
  {
    name: 'kill notice trailing the headline',
    raw: {
      guid: 'reuters-fed-official-kill',
      title: 'Fed official quits - STORY WITHDRAWN',
      contentText:
        'The story headlined "Fed official quits" is withdrawn. No replacement story will be issued.',
      published: 'Fri, 26 Nov 2021 11:00:00 GMT',
    },
    expected: {
      headline: 'Fed official quits',
      canceled: true,
      firstCreated: '2021-11-26T11:00:00.000Z',
      firstParagraph:
        'The story headlined "Fed official quits" is withdrawn. No replacement story will be issued.',
    },
  },
  {
    name: 'kill notice leading the headline',
    raw: {
      guid: 'ap-bank-chief-kill',
      title: 'KILL: Bank chief resigns',
      contentText: 'Editors: The story is withdrawn.',
      published: 'Fri, 26 Nov 2021 11:30:00 GMT',
    },
    expected: {
      headline: 'Bank chief resigns',
      canceled: true,
      firstCreated: '2021-11-26T11:30:00.000Z',
      firstParagraph: 'Editors: The story is withdrawn.',
    },
  },
  {
    name: 'no date at all falls back to the fetch time',
    raw: {
      guid: 'undated-1',
      title: 'Council meets on budget',
      contentText: 'The city council met on the budget.',
    },
    expected: {
      headline: 'Council meets on budget',
      firstCreated: WIRE_FETCHED_AT,
      dateMissing: true,
      firstParagraph: 'The city council met on the budget.',
    },
  },
  {
    name: 'epoch-zero junk date counts as missing',
    raw: {
      guid: 'undated-2',
      title: 'School board approves calendar',
      contentText: 'The school board approved next year’s calendar.',
      published: 'Thu, 01 Jan 1970 00:00:00 GMT',
    },
    expected: {
      headline: 'School board approves calendar',
      firstCreated: WIRE_FETCHED_AT,
      dateMissing: true,
      firstParagraph: 'The school board approved next year’s calendar.',
    },
  },
  {
    name: 'date years ahead is clamped to now',
    raw: {
      guid: 'future-1',
      title: 'Embargoed report released early',
      contentText: 'The report was released early.',
      published: 'Sat, 28 Nov 2026 10:00:00 GMT',
    },
    expected: {
      headline: 'Embargoed report released early',
      firstCreated: WIRE_NOW,
      firstParagraph: 'The report was released early.',
    },
  },
  {
    name: 'date two days ahead is clamped, but not its earlier first version',
    raw: {
      guid: 'future-2',
      title: 'Minister resigns',
      contentText: 'The minister resigned.',
      published: '2021-11-26T07:00:00-05:00',
      updated: '2021-11-28T13:00:00+01:00',
    },
    expected: {
      headline: 'Minister resigns',
      firstCreated: '2021-11-26T12:00:00.000Z',
      versionCreated: WIRE_NOW,
      firstParagraph: 'The minister resigned.',
    },
  },
  {
    name: 'missing headline from the first sentence after the dateline',
    raw: {
      guid: 'ansa-budget',
      contentText:
        'ROME (ANSA) - Italy’s government approved a budget on Friday. Parliament votes next month.',
      published: 'Fri, 26 Nov 2021 10:00:00 CET',
    },
    expected: {
      headline: 'Italy’s government approved a budget on Friday',
      dateline: { place: 'Rome', raw: 'ROME (ANSA) -', agency: 'ANSA' },
      credit: 'ANSA',
      firstCreated: '2021-11-26T09:00:00.000Z',
      firstParagraph: 'Italy’s government approved a budget on Friday. Parliament votes next month.',
    },
  },
  {
    name: 'missing headline past an abbreviation',
    raw: {
      guid: 'outlet-vaccine',
      contentHtml: '<p>Dr. Smith said the vaccine works. It was approved in the U.S. on Friday.</p>',
      published: 'Fri, 26 Nov 2021 10:00:00 GMT',
    },
    expected: {
      headline: 'Dr. Smith said the vaccine works',
      firstCreated: '2021-11-26T10:00:00.000Z',
      firstParagraph: 'Dr. Smith said the vaccine works. It was approved in the U.S. on Friday.',
    },
  },
  {
    name: 'double-escaped apostrophes and ampersands',
    raw: {
      guid: 'pa-pay-freeze',
      title: 'Ministers&amp;#39; pay freeze &amp;amp; pensions row',
      contentHtml: '<p>LONDON (PA) - Ministers&amp;#39; pay will be frozen &amp;amp; reviewed.</p>',
      published: 'Fri, 26 Nov 2021 10:00:00 GMT',
    },
    expected: {
      headline: "Ministers' pay freeze & pensions row",
      dateline: { place: 'London', raw: 'LONDON (PA) -', agency: 'PA' },
      credit: 'PA',
      firstCreated: '2021-11-26T10:00:00.000Z',
      firstParagraph: "Ministers' pay will be frozen & reviewed.",
    },
  },
  {
    name: 'unsafe html with relative links and a relative item link',
    raw: {
      link: '/africa/anc-meeting?ocid=rss&id=7',
      title: 'ANC leaders meet',
      contentHtml:
        '<div><p>JOHANNESBURG (AFP) - South Africa’s <a href="/africa/anc" onclick="x()">ANC</a> leaders met.</p><script>alert(1)</script><p>More talks follow.</p></div>',
      published: 'Fri, 26 Nov 2021 10:00:00 SAST',
    },
    expected: {
      headline: 'ANC leaders meet',
      dateline: { place: 'Johannesburg', raw: 'JOHANNESBURG (AFP) -', agency: 'AFP' },
      credit: 'AFP',
      firstCreated: '2021-11-26T08:00:00.000Z',
      canonicalUrl: 'https://wire.example.com/africa/anc-meeting?id=7',
      firstParagraph: 'South Africa’s ANC leaders met.',
      htmlIncludes: ['href="https://wire.example.com/africa/anc"'],
      htmlExcludes: ['<script', 'onclick', 'JOHANNESBURG'],
    },
  },
  {
    name: 'canonical url: host case, default port, fragment, tracking, order',
    raw: {
      link: 'HTTPS://WWW.Example.COM:443/News/Story.html?b=2&utm_campaign=x&a=1&fbclid=abc#comments',
      title: 'Port strike ends',
      contentText: 'The port strike ended on Friday.',
      author: 'newsdesk@example.com',
      published: 'Fri, 26 Nov 2021 10:00:00 GMT',
    },
    expected: {
      headline: 'Port strike ends',
      firstCreated: '2021-11-26T10:00:00.000Z',
      canonicalUrl: 'https://www.example.com/News/Story.html?a=1&b=2',
      firstParagraph: 'The port strike ended on Friday.',
    },
  },
  {
    name: 'same link with other tracking parameters is the same story',
    raw: {
      link: 'https://www.example.com/News/Story.html?a=1&gclid=zz&b=2&ns_campaign=rss',
      title: 'Port strike ends after three weeks',
      contentText: 'The port strike ended on Friday after three weeks.',
      published: 'Fri, 26 Nov 2021 10:00:00 GMT',
    },
    expected: {
      headline: 'Port strike ends after three weeks',
      firstCreated: '2021-11-26T10:00:00.000Z',
      canonicalUrl: 'https://www.example.com/News/Story.html?a=1&b=2',
      firstParagraph: 'The port strike ended on Friday after three weeks.',
      sameStoryAs: 'canonical url: host case, default port, fragment, tracking, order',
    },
  },
];
