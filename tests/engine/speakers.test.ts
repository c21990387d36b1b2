import { describe, expect, it } from 'vitest';
import { bestName, readSpeaker, samePerson, sameSurname } from '../../lib/segment/speakers';

describe('readSpeaker', () => {
  it.each([
    ['Sergey Lavrov', 'Sergey Lavrov', { official: false, journalist: false }],
    ['Foreign Minister Sergey Lavrov', 'Sergey Lavrov', { official: true }],
    ['S.Lavrov', 'S.Lavrov', {}],
    ['С.В. ЛАВРОВ', 'С.В. Лавров', { allCaps: true }],
    ['MR PRICE', 'Price', { allCaps: true }],
    ['Shri Arindam Bagchi, Official Spokesperson', 'Arindam Bagchi', { official: true }],
    ['Shri Yatin Patel, OSD (PR)', 'Yatin Patel', { moderator: true, official: false }],
    ['Kojima, NHK', 'Kojima', { journalist: true }],
    ['China Daily', 'China Daily', { journalist: true }],
    ['CCTV', 'CCTV', { journalist: true }],
    ['President of France Emmanuel Macron (retranslated)', 'Emmanuel Macron', { official: true }],
    ['State Minister for Foreign Affairs Yasuhide Nakayama', 'Yasuhide Nakayama', { official: true }],
    ['Foreign Press Secretary Osuga', 'Osuga', { official: true }],
    ['Mr. Takeshi Osuga, Foreign Press Secretary', 'Takeshi Osuga', { official: true }],
    ['Minister MOTEGI', 'Motegi', { official: true }],
  ])('%j is %j', (label, name, traits) => {
    expect(readSpeaker(label)).toMatchObject({ name, ...traits });
  });
});

describe('one person, many labels', () => {
  it.each([
    ['Sergey Lavrov', 'S.Lavrov'],
    ['С.В.Лавров', 'С.В. ЛАВРОВ'],
    ['Mr. Takeshi Osuga, Foreign Press Secretary', 'Foreign Press Secretary Osuga'],
    ['Ambassador Mikhail Galuzin', 'Mikhail Galuzin'],
  ])('%j and %j are one person', (a, b) => {
    expect(samePerson(readSpeaker(a), readSpeaker(b))).toBe(true);
  });

  it('tells apart people who share a surname but not an initial', () => {
    expect(samePerson(readSpeaker('Vladimir Putin'), readSpeaker('Lyudmila Putin'))).toBe(false);
  });

  it('matches Russian surnames across grammatical cases', () => {
    expect(sameSurname('лаврова', 'лавров')).toBe(true);
    expect(sameSurname('захаровой', 'захарова')).toBe(true);
    expect(sameSurname('lavrova', 'lavrov')).toBe(false);
    expect(sameSurname('иванов', 'петров')).toBe(false);
  });

  it('shows the fullest form written normally', () => {
    expect(bestName([readSpeaker('S.Lavrov'), readSpeaker('Sergey Lavrov')])).toBe('Sergey Lavrov');
    expect(bestName([readSpeaker('С.В. ЛАВРОВ'), readSpeaker('С.В.Лавров')])).toBe('С.В.Лавров');
  });
});

describe('Russian labels with roles and initials', () => {
  it('finds the name after a role written out in Russian, and knows it for the same person', () => {
    const long = readSpeaker('Министр иностранных дел Российской Федерации С.В.Лавров');
    expect(long).toMatchObject({ name: 'С.В.Лавров', official: true });
    expect(samePerson(long, readSpeaker('С.В.Лавров'))).toBe(true);
  });

  it('reads the surname when the initials come last', () => {
    expect(samePerson(readSpeaker('Лавров С.В.'), readSpeaker('С.В.Лавров'))).toBe(true);
  });

  it('knows Russian moderators and outlets (no ASCII-only word boundaries)', () => {
    expect(readSpeaker('Ведущий').moderator).toBe(true);
    expect(readSpeaker('Корреспондент ТАСС Иванов').journalist).toBe(true);
  });
});

describe('an asker’s label with the outlet after a spaced dash', () => {
  it('reads "Khánh An – VOA" as Khánh An, a journalist, as it reads "Kojima, NHK"', () => {
    const form = readSpeaker('Khánh An – VOA');
    expect(form.name).toBe('Khánh An');
    expect(form.journalist).toBe(true);
  });

  it('keeps a hyphenated name whole', () => {
    expect(readSpeaker('Jean-Yves Le Drian').name).toBe('Jean-Yves Le Drian');
  });
});
