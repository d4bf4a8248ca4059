import { describe, expect, it } from 'vitest';
import { isSpace, nonSpaceLength, squeeze, startsWithSqueezed } from './spaces.ts';

describe('spaces', () => {
  it('sees whitespace where the regex \\s does, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('measures and compares text as squeeze would leave it', () => {
    const text = ' Foo\u00a0bar\n\n baz\u3000qux ';
    expect(nonSpaceLength(text)).toBe(squeeze(text).length);
    expect(nonSpaceLength('')).toBe(0);
    for (const prefix of ['', 'F', 'Foobar', 'Foobarbazqux', 'Foobarbazquxx', 'oo']) {
      expect(startsWithSqueezed(text, prefix), prefix).toBe(squeeze(text).startsWith(prefix));
    }
    expect(startsWithSqueezed('   ', '')).toBe(true);
    expect(startsWithSqueezed('', 'a')).toBe(false);
  });
});
