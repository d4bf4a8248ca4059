import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps at most max keys, starting again when a new key would pass it', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    map.set('a', 3);
    expect([...map]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    map.set('c', 4);
    expect([...map]).toEqual([['c', 4]]);
  });

  it('remembers an undefined answer as an answer', () => {
    const map = new BoundedMap<string, string | undefined>(4);
    map.set('x', undefined);
    expect(map.has('x')).toBe(true);
  });
});
