// The organisations expected to report: the city's committees and company boards as the form
// definition lists them, then those the coordinator added (a new committee, a renamed board),
// and how the added ones are kept in the coordinator's file. Pure.
import { z } from 'zod';
import { cleanLine } from '../report/clean-text.ts';
import { CITY_ORGANISATIONS, organisationName, sameOrganisation } from '../report/organisation.ts';

/** More organisations than the city has, many times over. */
export const MAX_ADDED_ORGANISATIONS = 500;

/** The coordinator file's part for the list: the names she added to the city's. */
export const organisationFields = {
  addedOrganisations: z.array(z.string().min(1).max(200).transform(cleanLine)).max(MAX_ADDED_ORGANISATIONS),
};

export interface ListedOrganisation {
  name: string;
  /** Added by the coordinator, and so removable. */
  added: boolean;
}

export function organisationList(added: readonly string[]): ListedOrganisation[] {
  const list: ListedOrganisation[] = CITY_ORGANISATIONS.map((committee) => ({ name: organisationName(committee), added: false }));
  for (const name of added) {
    if (!list.some((listed) => sameOrganisation(listed.name, name))) list.push({ name: organisationName(name), added: true });
  }
  return list;
}

/** Why a name cannot be added, in Swedish; undefined when it can. */
export function additionProblem(name: string, list: readonly ListedOrganisation[], maxAdded: number): string | undefined {
  const wanted = organisationName(name);
  if (list.filter((listed) => listed.added).length >= maxAdded) return `Listan har redan ${maxAdded} tillagda organisationer. Ta bort någon först.`;
  if (wanted === '') return 'Skriv organisationens namn.';
  if (wanted.length > 200) return 'Namnet är för långt (högst 200 tecken).';
  const same = list.find((listed) => sameOrganisation(listed.name, wanted));
  return same === undefined ? undefined : `${same.name} finns redan i listan.`;
}
