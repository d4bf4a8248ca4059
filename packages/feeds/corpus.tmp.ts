import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFeed } from './src/index.ts';
const ROOT = '/work/shared/feed-corpus/feedparser/tests';
function walk(dir: string): string[] { return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; }); }
const stats: Record<string, { ok: number; fail: number; other: number }> = {};
const reasons: Record<string, number> = {};
const failed: string[] = [];
let slow = 0;
for (const sub of ['wellformed', 'illformed', 'encoding', 'json']) {
  const s = (stats[sub] = { ok: 0, fail: 0, other: 0 });
  for (const file of walk(join(ROOT, sub))) {
    const bytes = readFileSync(file);
    const head = bytes.subarray(0, 2000).toString('latin1');
    const ct = /Header:\s*Content-type:\s*(.+)/i.exec(head)?.[1]?.trim();
    const t = performance.now();
    try { await parseFeed(bytes, ct ? { contentType: ct } : {}); s.ok++; }
    catch (e: any) {
      if (e?.name === 'WirefeedError') { s.fail++; const r = e.message.replace(/\(line \d+\)/, '').slice(0, 70); reasons[`${sub}: ${r}`] = (reasons[`${sub}: ${r}`] ?? 0) + 1; if (sub==='wellformed') failed.push(relative(ROOT, file) + ' :: ' + e.message); }
      else { s.other++; console.log('OTHER', file, e); }
    }
    if (performance.now() - t > 200) { slow++; console.log('SLOW', file, performance.now() - t); }
  }
}
console.log(stats, 'slow', slow);
console.log(Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 40));
console.log(failed.slice(0, 60).join('\n'));
