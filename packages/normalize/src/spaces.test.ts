import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  endsWithSqueezed,
  isSpace,
  nonSpaceLength,
  squeeze,
  startsWithSqueezed,
} from './spaces.ts';

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
    for (const suffix of ['', 'x', 'qux', 'bazqux', 'Foobarbazqux', 'XFoobarbazqux', 'qu']) {
      expect(endsWithSqueezed(text, suffix), suffix).toBe(squeeze(text).endsWith(suffix));
    }
    expect(endsWithSqueezed('   ', '')).toBe(true);
    expect(endsWithSqueezed('', 'a')).toBe(false);
    expect(startsWithSqueezed('   ', '')).toBe(true);
    expect(startsWithSqueezed('', 'a')).toBe(false);
  });

  it('collapses whitespace runs as \\s+ does', () => {
    const pieces = ['a', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', 'b', '\r\n'];
    let seed = 11;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 10; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[Math.floor(seed / 65536) % pieces.length];
      }
      expect(collapseWhitespace(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
    }
  });
});
