import { describe, expect, it } from 'vitest';
import { bylineOf, contributorsFromCredit, isPeopleCredit } from './credit-people.ts';

describe('contributorsFromCredit', () => {
  it('reads a Reuters credit: reporters, the places they filed from left out, editors', () => {
    expect(
      contributorsFromCredit(
        'Reporting by Ahmad Ghaddar in London; Additional reporting by Florence Tan in Singapore; Writing by Ann Poe; Editing by Jason Neely and Mark Potter',
      ),
    ).toEqual([
      { name: 'Ahmad Ghaddar', role: 'reporter' },
      { name: 'Florence Tan', role: 'reporter' },
      { name: 'Ann Poe', role: 'writer' },
      { name: 'Jason Neely', role: 'editor' },
      { name: 'Mark Potter', role: 'editor' },
    ]);
  });

  it.each([
    ['Reporting by Jane Doe, Ann Poe and Ed Roe', ['Jane Doe', 'Ann Poe', 'Ed Roe'], 'reporter'],
    ['Writing by JANE DOE', ['Jane Doe'], 'writer'],
    ['Compiled by Jane Doe', ['Jane Doe'], 'writer'],
    ['Edited by Jane Doe & John Roe', ['Jane Doe', 'John Roe'], 'editor'],
    ['Research by Jane Doe', ['Jane Doe'], 'researcher'],
    ['With assistance from Jane Doe and John Roe', ['Jane Doe', 'John Roe'], 'contributor'],
    [
      'Associated Press writers Jane Doe in Paris and John Roe in Berlin contributed to this report',
      ['Jane Doe', 'John Roe'],
      'contributor',
    ],
    ['Associated Press writer Jane Doe contributed', ['Jane Doe'], 'contributor'],
  ])('%j', (credit, names, role) => {
    expect(contributorsFromCredit(credit)).toEqual(names.map((name) => ({ name, role })));
  });

  it('keeps the e-mail addresses of a Bloomberg contact line, the role carried over ";"', () => {
    expect(
      contributorsFromCredit(
        'To contact the reporters on this story: Jane Doe in London at jdoe@bloomberg.net; John Roe in Paris at jroe@bloomberg.net',
      ),
    ).toEqual([
      { name: 'Jane Doe', role: 'reporter', email: 'jdoe@bloomberg.net' },
      { name: 'John Roe', role: 'reporter', email: 'jroe@bloomberg.net' },
    ]);
    expect(
      contributorsFromCredit(
        'To contact the editors responsible for this story: Ann Poe at apoe@bloomberg.net',
      ),
    ).toEqual([{ name: 'Ann Poe', role: 'editor', email: 'apoe@bloomberg.net' }]);
  });

  it.each([
    ['AFP'],
    ['Agencies'],
    ['Reuters'],
    ['Reporting by the Washington newsroom'],
    ['Editing by'],
    [''],
  ])('names nobody from %j', (credit) => {
    expect(contributorsFromCredit(credit)).toEqual([]);
  });

  it('names at most 20 people from a hostile credit', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => `Person Number${i}`).join(', ');
    expect(contributorsFromCredit(`Reporting by ${many}`)).toHaveLength(20);
  });
});

describe('isPeopleCredit', () => {
  it.each([
    ['Reporting by Jane Doe; Editing by John Roe', true],
    ['Additional reporting by Jane Doe', true],
    ['With assistance from Jane Doe', true],
    ['Associated Press writer Jane Doe contributed to this report', true],
    ['AFP', false],
    ['Reuters/AFP', false],
    ['Agencies', false],
    ['Global Times', false],
  ])('%j → %s', (credit, people) => {
    expect(isPeopleCredit(credit)).toBe(people);
  });
});

describe('bylineOf', () => {
  it('joins the reporters and writers, not the editors', () => {
    expect(
      bylineOf(
        contributorsFromCredit('Reporting by Jane Doe and Ann Poe; Writing by Ed Roe; Editing by John Roe'),
      ),
    ).toBe('Jane Doe, Ann Poe and Ed Roe');
    expect(bylineOf(contributorsFromCredit('Reporting by Jane Doe; Editing by John Roe'))).toBe('Jane Doe');
    expect(bylineOf(contributorsFromCredit('Editing by John Roe'))).toBeUndefined();
  });
});
