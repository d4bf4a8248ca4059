// Wire-like feeds made up for tests: distinct stories (no two are near-duplicates), and RSS of them.

/** A seeded generator of numbers in [0, 1): the same seed, the same sequence (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'bank rates inflation minister talks election court police energy prices growth report market city storm vaccine league coach strike union budget trade tariff summit treaty army border rebels port harbour flood drought harvest wheat oil gas pipeline satellite rocket museum festival film award hospital doctors nurses school teachers students bridge railway airport airline merger shares profit loss debt bond yield currency export import factory workers wages pension reform protest parliament senate governor mayor village river mountain island coast fishermen farmers miners'.split(
    ' ',
  );
const NAMES =
  'Amina Okafor,Tom Fischer,Raj Patel,Maria Lopez,David Chen,Sarah Kelly,Lena Berg,Omar Haddad,Yuki Tanaka,Ivan Petrov,Grace Mensah,Luis Moreno,Anna Kowalska,Kofi Boateng,Mei Lin,Jonas Weber'.split(
    ',',
  );
const PLACES =
  'Nairobi,Lagos,Lima,Oslo,Hanoi,Quito,Accra,Dhaka,Tbilisi,Manila,Porto,Krakow,Mombasa,Cusco'.split(',');

/** A distinct wire-like story body (no two seeds give near-duplicates): a lead with names, 120 words. */
export function storyText(seed: number, revision = 0): string {
  const rand = seeded(seed * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const lead = `${pick(PLACES).toUpperCase()} (Wire) - Officials ${pick(NAMES)} and ${pick(NAMES)} said on Tuesday that ${seed + 3} ${pick(WORDS)} ${pick(WORDS)} plans in ${pick(PLACES)} would go ahead.`;
  const paragraphs = [lead];
  for (let p = 0; p < 4; p++) {
    paragraphs.push(`${Array.from({ length: 30 }, () => pick(WORDS)).join(' ')}, ${pick(NAMES)} said.`);
  }
  if (revision > 0) paragraphs.push(`Updated with figures from revision ${revision} of the ministry report.`);
  return paragraphs.join('\n\n');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of `count` distinct stories, guids `<feedId>-<n>`; `revision` edits every body. */
export function wireFeedXml(feedId: string, firstSeed: number, count: number, revision = 0): string {
  const items = Array.from({ length: count }, (_, n) => {
    const seed = firstSeed + n;
    const date = new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + seed * 60_000).toUTCString();
    return `<item><title>${escapeXml(`Story ${seed} from ${feedId}`)}</title><guid isPermaLink="false">${feedId}-${n}</guid><link>https://${feedId}.example/${n}</link><pubDate>${date}</pubDate><description>${escapeXml(storyText(seed, revision).replace(/\n\n/g, '<br/><br/>'))}</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${feedId}</title><link>https://${feedId}.example/</link><description>test wire</description>${items.join('')}</channel></rss>`;
}
