import { WirefeedError } from '@wirefeed/core';
import { cpuMs } from '@wirefeed/testing/cpu';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.ts';

const channel = (item: string) => `<rss version="2.0"><channel><item>${item}</item></channel></rss>`;
const rss = (item: string) => `<?xml version="1.0"?>${channel(item)}`;
const atom = (entry: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${entry}</entry></feed>`;

// Each case would hang or crash a naive pipeline; all must settle as a feed or a WirefeedError. The
// bound is CPU time, generous (a quadratic regex took about 2 minutes here), so a loaded machine
// does not fail it; how fast parsing is, the bench measures.
const CPU_BOUND_MS = 10_000;
const CASES: [name: string, body: string | Uint8Array][] = [
  // rss-parser's contentSnippet regex backtracks quadratically on these (about 2 minutes for the first).
  ['unclosed "<p" in a description', rss(`<description>${'x&lt;p '.repeat(100_000)}</description>`)],
  ['a run of "<" in content:encoded', rss(`<content:encoded>${'&lt;'.repeat(300_000)}</content:encoded>`)],
  ['a run of "<br " in Atom content', atom(`<content type="html">${'&lt;br '.repeat(100_000)}</content>`)],
  [
    'elements nested 100 000 deep',
    rss(`<description>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</description>`),
  ],
  ['a title nested 50 000 deep', rss(`<title>${'<b>'.repeat(50_000)}x${'</b>'.repeat(50_000)}</title>`)],
  ['JSON nested 500 000 deep', `${'['.repeat(500_000)}${']'.repeat(500_000)}`],
  [
    'xhtml content never closed',
    `<feed xmlns="http://www.w3.org/2005/Atom">${'<content type="xhtml">'.repeat(50_000)}`,
  ],
  ['a million "&"', rss(`<title>${'&'.repeat(1_000_000)}</title>`)],
  ['a comment that never ends', `<!--${'-'.repeat(1_000_000)}`],
  ['a doctype that never ends', `<!DOCTYPE rss [${'x'.repeat(1_000_000)}`],
  ['random bytes', Uint8Array.from({ length: 500_000 }, (_, i) => (i * 7919 + 13) % 256)],
  ['NUL bytes', new Uint8Array(500_000)],
  ['an invalid Atom date', atom('<published>zzz</published><updated/><link/><link>text</link><author/>')],
  // The passes that repair markup and references before parsing, and sax's lenient mode after.
  ['text elements opened 50 000 times, closed once', rss(`${'<description>'.repeat(50_000)}x</description>`)],
  ['20 000 items only lenient parsing reads', channel('<title>a</b></title></item><item>'.repeat(20_000))],
  [
    'a lenient parse that cannot finish',
    `<rss><channel><item><title>a</b>${'<x>'.repeat(50_000)}<![CDATA[</rss>`,
  ],
  [
    '200 000 relative links under an xml:base',
    rss(`<description>${'&lt;a href="x"&gt;'.repeat(200_000)}</description>`),
  ],
  ['a million C1 characters', rss(`<title>${'\u0092&#146;'.repeat(500_000)}</title>`)],
  [
    '100 000 namespace declarations',
    `<rss ${Array.from({ length: 100_000 }, (_, i) => `xmlns:p${i}="u${i}"`).join(' ')}/>`,
  ],
  [
    'ninjs with 100 000 headlines',
    JSON.stringify({ uri: 'u', headlines: Array(100_000).fill({ value: 'h' }) }),
  ],
];

describe('parseFeed on hostile input', () => {
  it.each(CASES)('settles on %s', async (_, body) => {
    let outcome: unknown;
    const cpu = await cpuMs(async () => {
      outcome = await parseFeed(body, { url: 'https://wire.example/feed' }).catch((err: unknown) => err);
    });
    expect(cpu).toBeLessThan(CPU_BOUND_MS);
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(WirefeedError);
    else expect(outcome).toHaveProperty('items');
  });

  it('expands no entity declared in a DOCTYPE (billion laughs, XXE)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const feed = await parseFeed(`${laughs}${channel('<title>&c;</title><description>&xxe;</description>')}`);
    expect(feed.items[0]).toMatchObject({ title: '&c;', summary: '&xxe;' });
  });

  it('lets no element or key named __proto__ reach Object.prototype', async () => {
    await parseFeed(
      rss('<__proto__><polluted>yes</polluted></__proto__><constructor>1</constructor><title>t</title>'),
    );
    await parseFeed(
      '{"version":"https://jsonfeed.org/version/1.1","__proto__":{"polluted":"yes"},"items":[]}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const odd = await parseFeed('<constructor/>').catch((err: unknown) => err);
    expect(odd).toBeInstanceOf(WirefeedError);
  });
});
