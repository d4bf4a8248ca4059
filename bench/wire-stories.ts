/** Realistic ~3 KB wire stories (HTML, agency datelines, bylines), generated from a seed so every run and machine sees the same text. */
const PLACES = ['WASHINGTON', 'LONDON', 'BRUSSELS', 'NEW YORK', 'TOKYO', 'NAIROBI', 'SAO PAULO', 'BERLIN'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const PEOPLE = ['Maria Lopez', 'David Chen', 'Amina Okafor', 'Tom Fischer', 'Sarah Kelly', 'Raj Patel'];
const SUBJECTS = [
  'The central bank',
  'Officials in the capital',
  'The finance ministry',
  'Opposition lawmakers',
  'A spokesman for the company',
  'Analysts at several banks',
  'The country’s largest union',
  'Residents of the coastal town',
  'The prime minister',
  'Investors',
];
const VERBS = ['said', 'warned', 'told reporters', 'argued', 'acknowledged', 'added', 'insisted'];
const CLAIMS = [
  'that the decision would be reviewed before the end of the year',
  'that prices for food and energy had risen faster than expected in October',
  'that talks with the rebels were likely to resume next week',
  'that it had no plans to cut jobs at its plants in the north',
  'that the new rules could slow growth in the short term',
  'that the vote was delayed because of a dispute over the budget',
  'that there was “no evidence” of wrongdoing by the firm',
  'that thousands of people had been moved to shelters overnight',
  'that the agreement would open the market to foreign banks',
  'that the court’s ruling left many questions unanswered',
];
const TAILS = [
  'according to a statement released on Thursday',
  'in an interview with local television',
  'although it gave no further details',
  'as the storm moved inland',
  'citing people familiar with the matter',
  'while markets in Asia were closed for a holiday',
  '',
  '',
];
const ASIDES = [
  'It was not immediately clear how many people were affected.',
  'The government has denied the claims.',
  'Shares in the company fell 4.2% in early trading & recovered later.',
  'Neither side responded to requests for comment.',
  'The index is up about 11% so far this year.',
  'Police said the investigation was continuing.',
];

// mulberry32: a small seeded generator, so every run (and every machine) benchmarks the same text.
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function wireStory(i: number): { title: string; html: string; summary: string } {
  const rand = seeded(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (): string => {
    const tail = pick(TAILS);
    const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAIMS)}${tail ? `, ${tail}` : ''}.`;
    return rand() < 0.25 ? `${s} ${pick(ASIDES)}` : s;
  };
  const inline = (s: string): string => {
    const r = rand();
    if (r < 0.15) return s.replace(/^(\S+ \S+)/, '<strong>$1</strong>');
    if (r < 0.3) return s.replace(/(\S+)\.$/, '<a href="/markets/story-$1">$1</a>.');
    if (r < 0.4) return s.replace(/“([^”]+)”/, '&#8220;<em>$1</em>&#8221;');
    return s.replace(/’/g, '&rsquo;');
  };
  const agency = pick(AGENCIES);
  const lead = sentence();
  const paragraphs = [`${pick(PLACES)}, Nov 26 (${agency}) - ${inline(lead)} ${inline(sentence())}`];
  paragraphs.push(
    `<figure><img src="https://img.example.com/${i}.jpg" alt="Protesters gather in the square" width="640"><figcaption>Protesters gather &amp; march, Nov 25.</figcaption></figure>`,
  );
  while (paragraphs.join('').length < 2700) {
    paragraphs.push(
      `${inline(sentence())} ${inline(sentence())}&nbsp;${rand() < 0.5 ? inline(sentence()) : ''}`,
    );
  }
  paragraphs.push(`(Reporting by ${pick(PEOPLE)}; Editing by ${pick(PEOPLE)})`);
  const html = paragraphs
    .map((p) => (p.startsWith('<figure') ? p : `<p class="story-text">${p.trim()}</p>`))
    .join('\n');
  const who = pick(SUBJECTS).replace(/^The (\w)/, (_, c: string) => c.toUpperCase());
  const title = `${rand() < 0.3 ? 'UPDATE 2-' : ''}${who} ${pick(VERBS)} talks may resume`;
  return { title, html, summary: lead.replace(/’/g, '&rsquo;') };
}

export function wireFeed(n: number): string {
  const items = Array.from({ length: n }, (_, i) => {
    const { title, html, summary } = wireStory(i);
    return `<item><title>${title}</title><link>https://wire.example.com/world/${i}?utm_source=rss</link><guid>wire-${i}</guid><pubDate>Thu, 26 Nov 2026 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><dc:creator>By ${PEOPLE[i % PEOPLE.length]?.toUpperCase()}</dc:creator><category>World</category><description>${summary}</description><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example.com/</link><language>en-us</language>${items.join('')}</channel></rss>`;
}

/** The same stories as a NewsML-G2 news message: text items with XHTML bodies, as agencies deliver. */
export function wireNewsMessage(n: number): string {
  const items = Array.from({ length: n }, (_, i) => {
    const { title, html, summary } = wireStory(i);
    const xhtml = html.replace(/<img([^>]*[^/])>/g, '<img$1/>');
    return (
      `<newsItem guid="urn:newsml:wire.example.com:2026:${i}" version="1" standard="NewsML-G2" standardversion="2.33">` +
      '<rightsInfo><copyrightHolder><name>Example Wire</name></copyrightHolder></rightsInfo>' +
      '<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:WIRE"/>' +
      `<versionCreated>2026-11-26T10:${String(i % 60).padStart(2, '0')}:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>` +
      `<contentMeta><urgency>4</urgency><creator><name>${PEOPLE[i % PEOPLE.length]}</name></creator>` +
      '<subject qcode="medtop:11000000"><name>politics</name></subject><language tag="en"/>' +
      `<headline>${title}</headline><description role="drol:summary">${summary}</description></contentMeta>` +
      `<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${xhtml}</body></html></inlineXML></contentSet>` +
      '</newsItem>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-11-26T12:00:00Z</sent></header><itemSet>${items.join('')}</itemSet></newsMessage>`;
}
