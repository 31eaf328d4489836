// Sammanställning's calls about the coordinator's own data: the list of organisations, each
// period's last day, the register of contact persons.
import { z } from 'zod';
import { call, noInput, uploadedBytes, uploadedFile, type CallHandlers } from '../calls/call-spec.ts';
import type { WrittenTable } from '../export/save-table.ts';
import { periodSchema } from '../form/vocabulary-schemas.ts';
import { yearSchema } from '../report/model.ts';
import type { CoordinatorData, CoordinatorService, ImportedContacts } from './coordinator-service.ts';

const organisationName = z.object({ name: z.string().max(200) }).strict();

export const coordinatorCalls = {
  'coordinator:overview': call<CoordinatorData>()(noInput),
  'coordinator:add-organisation': call<CoordinatorData>()(organisationName),
  'coordinator:remove-organisation': call<CoordinatorData>()(organisationName),
  'coordinator:set-deadline': call<CoordinatorData>()(z.object({ period: periodSchema, year: yearSchema, date: z.iso.date().nullable() }).strict()),
  'coordinator:save-contact': call<CoordinatorData>()(
    z
      .object({
        organisation: z.string().min(1).max(200),
        contactPerson: z.string().max(2_000),
        email: z.string().max(320),
        phone: z.string().max(200),
      })
      .strict(),
  ),
  'coordinator:keep-contact': call<CoordinatorData>()(z.object({ organisation: z.string().min(1).max(200), reportEmail: z.string().max(320) }).strict()),
  'coordinator:import-contacts': call<ImportedContacts>()(uploadedFile),
  'coordinator:export-contacts': call<WrittenTable | null>()(noInput),
} as const;

export function coordinatorHandlers(coordinator: CoordinatorService): CallHandlers<typeof coordinatorCalls> {
  return {
    'coordinator:overview': () => coordinator.data(),
    'coordinator:add-organisation': ({ name }) => coordinator.addOrganisation(name),
    'coordinator:remove-organisation': ({ name }) => coordinator.removeOrganisation(name),
    'coordinator:set-deadline': ({ period, year, date }) => coordinator.setDeadline({ period, year }, date),
    'coordinator:save-contact': (contact) => coordinator.saveContact(contact),
    'coordinator:keep-contact': ({ organisation, reportEmail }) => coordinator.keepRegisterContact(organisation, reportEmail),
    'coordinator:import-contacts': (file) => coordinator.importContacts(file.fileName, uploadedBytes(file)),
    'coordinator:export-contacts': () => coordinator.exportContacts(),
  };
}
