import { describe, expect, it } from 'vitest';
import { agencyAlternation, isKnownAgency } from './agencies.ts';

describe('agencies', () => {
  it('knows agencies whatever the case', () => {
    expect(isKnownAgency('Reuters')).toBe(true);
    expect(isKnownAgency(' afp ')).toBe(true);
    expect(isKnownAgency('DPA')).toBe(true);
    expect(isKnownAgency('AAPL')).toBe(false);
  });

  it('builds an alternation that matches whole names, longest first', () => {
    const re = new RegExp(`^(?:${agencyAlternation()})$`, 'i');
    expect(re.test('The Canadian Press')).toBe(true);
    expect(re.test('AFP')).toBe(true);
    expect(re.test('AF')).toBe(false);
  });
});
