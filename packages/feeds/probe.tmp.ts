import { readFileSync } from 'node:fs';
import { parseFeed } from './src/index.ts';
for (const f of process.argv.slice(2)) {
  try { console.log(f, JSON.stringify(await parseFeed(readFileSync(f)), null, 1)); }
  catch (e) { console.log(f, 'ERR', (e as any).code, (e as Error).message, (e as any).details); }
}
