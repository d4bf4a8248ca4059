import { describe, expect, it } from 'vitest';
import { headlineFromBody } from './headline.ts';

describe('headlineFromBody', () => {
  it('takes the first sentence of the first paragraph, without its full stop', () => {
    expect(headlineFromBody('Xi calls for closer ties. He spoke on Friday.\n\nMore.')).toBe(
      'Xi calls for closer ties',
    );
  });

  it('does not end a sentence at an abbreviation or initials', () => {
    expect(headlineFromBody('Mr. Xi met U.S. officials in Washington. Talks went well.')).toBe(
      'Mr. Xi met U.S. officials in Washington',
    );
  });

  it('keeps a question or exclamation mark', () => {
    expect(headlineFromBody('Is this the end? Maybe.')).toBe('Is this the end?');
  });

  it('cuts a long sentence at a word boundary, within the limit', () => {
    const words = 'word '.repeat(40).trim();
    const headline = headlineFromBody(`${words}.`) ?? '';
    expect(headline.length).toBeLessThanOrEqual(120);
    expect(headline.endsWith('word…')).toBe(true);
    expect(headlineFromBody('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });

  it('gives undefined for no text', () => {
    expect(headlineFromBody('  ')).toBeUndefined();
  });
});
