import { describe, expect, it } from 'vitest';
import { extractCredit } from './credit.ts';

describe('extractCredit', () => {
  it.each([
    ['Poverty reduction. –Agencies', 'Agencies'],
    ['Poverty reduction. - Agencies', 'Agencies'],
    ['Poverty reduction.\n\n— With inputs from agencies', 'Agencies'],
    ['Poverty reduction. (AFP)', 'AFP'],
    [
      'Poverty reduction.\n\n(Reporting by Jane Doe; Editing by John Roe)',
      'Reporting by Jane Doe; Editing by John Roe',
    ],
    [
      'Poverty reduction. (Additional reporting by A in Paris; Writing by B)',
      'Additional reporting by A in Paris; Writing by B',
    ],
    ['Poverty reduction.\n\nSource: Xinhua', 'Xinhua'],
    ['Poverty reduction. Source: Global Times.', 'Global Times'],
    ['Poverty reduction. - Reuters/AFP', 'Reuters/AFP'],
    ['Poverty reduction.\n\nFuente: EFE', 'EFE'],
    ['Poverty reduction. Quelle: dpa', 'dpa'],
    ['Poverty reduction.\n\n(With inputs from PTI)', 'PTI'],
    // People credits on a line of their own, without parentheses.
    [
      'Poverty reduction.\n\nReporting by Jane Doe; Editing by John Roe',
      'Reporting by Jane Doe; Editing by John Roe',
    ],
    [
      'Poverty reduction.\n\nAssociated Press writers Jane Doe in Paris and John Roe contributed to this report.',
      'Associated Press writers Jane Doe in Paris and John Roe contributed to this report',
    ],
    ['Poverty reduction.\n\n--With assistance from Jane Doe.', 'With assistance from Jane Doe'],
    [
      'Poverty reduction.\n\nTo contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net',
      'To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net',
    ],
  ])('%j', (text, credit) => {
    expect(extractCredit(text)).toEqual({ credits: [credit], text: 'Poverty reduction.' });
  });

  // A match is looked for only where it can start, seen from the end: the last parenthesis or dash
  // (two for "--"), the word before the last colon, a line start.
  it.each([
    ['Pro-growth (policy) reduction. -- AFP', 'AFP', 'Pro-growth (policy) reduction.'],
    [
      'Poverty (reduction) fell. (Reporting by A; Editing by C)',
      'Reporting by A; Editing by C',
      'Poverty (reduction) fell.',
    ],
    ['At 10:30 poverty fell. Source : Xinhua', 'Xinhua', 'At 10:30 poverty fell.'],
    ['Poverty-stricken. Sources:\n AFP.', 'AFP', 'Poverty-stricken.'],
    ['Poverty reduction.\n\n \n\nReporting by Jane Doe', 'Reporting by Jane Doe', 'Poverty reduction.'],
  ])('%j, where other parentheses, dashes, colons and lines come before it', (text, credit, rest) => {
    expect(extractCredit(text)).toEqual({ credits: [credit], text: rest });
  });

  it('takes several credits in a row, in reading order', () => {
    expect(extractCredit('It ended. (AFP)\n\n(Reporting by A; Editing by B)')).toEqual({
      credits: ['AFP', 'Reporting by A; Editing by B'],
      text: 'It ended.',
    });
  });

  it('takes a Bloomberg footer whole', () => {
    expect(
      extractCredit(
        'Shares fell.\n\n--With assistance from Ann Poe.\n\nTo contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net\n\nTo contact the editors responsible for this story: John Roe at jroe@bloomberg.net',
      ),
    ).toEqual({
      credits: [
        'With assistance from Ann Poe',
        'To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net',
        'To contact the editors responsible for this story: John Roe at jroe@bloomberg.net',
      ],
      text: 'Shares fell.',
    });
  });

  it('keeps curly quotes before the credit', () => {
    expect(extractCredit('“It is over,” she said.” –Agencies').text).toBe('“It is over,” she said.”');
  });

  it.each([
    'He met officials from several agencies',
    'The report was cited by the news agency (AFP) on Monday.',
    'The story was compiled by staff - and then edited',
    'Revenue source: advertising',
    'He said the deal was done - Reuters reported that later.',
    'Talks continue',
    'Poverty (reduction) fell. (Reporting by A (B); Editing by C)',
    // The same words inside a paragraph are prose, not a credit line.
    'He said reporting by the newspaper was accurate',
    'Police said Associated Press writers contributed to the confusion',
  ])('finds no credit in %j', (text) => {
    expect(extractCredit(text)).toEqual({ credits: [], text });
  });
});
