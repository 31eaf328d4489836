// Which organisation (committee or company board) a report is from. The header's "Nämnd"
// field names it, often with its administration after a colon ("Kulturnämnden:
// kulturförvaltningen", or typed without the space); two names are the same organisation when
// the part before it is, whatever the case, spacing or Unicode form. The colon of an
// abbreviation is part of the name ("S:t Erik Markutveckling AB"). Pure, for the app, the receiver and the
// coordinator's compilation alike.
import organisations from '../../resources/form/organisations.json' with { type: 'json' };
import { normalizedForComparison } from './empty-text.ts';

/** The city's committees and company boards, as the header's "Nämnd" names them. */
export const CITY_ORGANISATIONS: readonly string[] = organisations;

/** "Kulturnämnden: kulturförvaltningen" -> "Kulturnämnden". */
export function organisationName(committee: string): string {
  // A colon before a space (or at the end) always ends the name; one inside a word only after
  // three letters or more, so "S:t" stays whole while "Kulturnämnden:kultur…" is cut.
  const ending = /:(?=\s|$)|(?<=[^:\s]{3,}):/u.exec(committee);
  return (ending === null ? committee : committee.slice(0, ending.index)).replace(/\s+/gu, ' ').trim();
}

export function organisationKey(committee: string): string {
  return normalizedForComparison(organisationName(committee));
}

export function sameOrganisation(a: string, b: string): boolean {
  const key = organisationKey(a);
  return key !== '' && key === organisationKey(b);
}

/**
 * What makes two reports the same report: the organisation, the period and, for a named copy,
 * its name. There is one report of each; undefined when the organisation is not yet filled in.
 */
export function reportSlot(report: { header: { committee: string }; period: string; year: number; copyName?: string | undefined }): string | undefined {
  const organisation = organisationKey(report.header.committee);
  if (organisation === '') return undefined;
  return [organisation, report.period, report.year, normalizedForComparison(report.copyName ?? '')].join('\u0000');
}

/** A name safe as a folder name on every system: "Kulturnämnden" -> "kulturnamnden". */
export function organisationSlug(committee: string): string {
  const slug = organisationKey(committee)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug === '' ? 'okand' : slug;
}
