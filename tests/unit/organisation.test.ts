import { describe, expect, it } from 'vitest';
import { CITY_ORGANISATIONS } from '../../src-main/report/organisation.ts';
import { organisationName, organisationSlug, sameOrganisation } from '../../src-main/report/organisation.ts';

describe('which organisation a report is from', () => {
  it('reads the name before the administration', () => {
    expect(organisationName('Kulturnämnden: kulturförvaltningen')).toBe('Kulturnämnden');
    expect(organisationName('  Kulturnämnden  ')).toBe('Kulturnämnden');
    expect(organisationName('Kulturnämnden:')).toBe('Kulturnämnden');
    expect(organisationName('Kulturnämnden:kulturförvaltningen')).toBe('Kulturnämnden');
    expect(sameOrganisation('Kulturnämnden:kulturförvaltningen', 'Kulturnämnden: kulturförvaltningen')).toBe(true);
  });

  it('keeps a colon inside a word as part of the name', () => {
    expect(organisationName('S:t Erik Markutveckling AB')).toBe('S:t Erik Markutveckling AB');
    expect(sameOrganisation('S:t Erik Markutveckling AB', 'S:t Erik Kommunikation AB')).toBe(false);
  });

  it('tells every organisation on the city list apart, by name and by folder name', () => {
    const names = CITY_ORGANISATIONS.map(organisationName);
    expect(new Set(names.map((name) => name.toLocaleLowerCase('sv'))).size).toBe(CITY_ORGANISATIONS.length);
    expect(new Set(CITY_ORGANISATIONS.map(organisationSlug)).size).toBe(CITY_ORGANISATIONS.length);
  });

  it('matches whatever the case, spacing or Unicode form', () => {
    expect(sameOrganisation('kulturnämnden', 'KULTURNA\u0308MNDEN:  kultur')).toBe(true);
    expect(sameOrganisation('', '')).toBe(false);
  });
});
