// The register of contact persons on Sammanställning: one organisation's contact edited at a
// time, the coordinator's Excel or CSV file read in (its unused rows listed, never dropped
// silently), the register written out as Excel, and a report's differing contact settled by
// the coordinator's choice. The register itself lives in the coordinator's state, as the main
// process returns it.
import { tick } from 'svelte';
import type { ContactConflict, RegisterContact, UnmatchedRow } from '../../src-main/coordinator/contact-register.ts';
import { api, errorMessage } from '../shared/api.ts';
import { COMPILATION_IDS, contactFieldId, editContactButtonId, REGISTER_IDS } from '../shared/field-ids.ts';
import { readFileAsBase64 } from '../shared/read-file.ts';
import { contactSaved, contactsExported, contactsImported } from './compilation-strings.ts';
import { coordinator } from './coordinator.svelte.ts';
import { openFileAction, showInFolderAction } from '../shared/file-actions.ts';
import { notices } from '../shared/notices.svelte.ts';
import { focusById, OneAction } from '../shared/one-action.svelte.ts';

type Busy = 'save' | 'import' | 'export' | 'conflict';

class ContactRegister {
  /** The organisation whose row is being edited, and what is typed in it. */
  editing = $state<RegisterContact | null>(null);
  /** Why the edited contact could not be saved, said beside the row. */
  problem = $state<string | undefined>();
  /** The rows of the last file read in that became no contact. */
  unmatched = $state<UnmatchedRow[]>([]);
  readonly #action = new OneAction<Busy>();

  get busy(): Busy | null {
    return this.#action.busy;
  }

  contactOf(organisation: string): RegisterContact {
    return coordinator.register.find((contact) => contact.organisation === organisation) ?? { organisation, contactPerson: '', email: '', phone: '' };
  }

  /** "Ändra": the row becomes fields; the focus goes to its first. */
  edit = async (organisation: string): Promise<void> => {
    this.editing = { ...this.contactOf(organisation) };
    this.problem = undefined;
    await focusById(contactFieldId(organisation, 'contactPerson'));
  };

  /** "Avbryt": the focus goes back to the row's "Ändra". */
  cancel = async (): Promise<void> => {
    const organisation = this.editing?.organisation;
    this.editing = null;
    this.problem = undefined;
    if (organisation !== undefined) await focusById(editContactButtonId(organisation));
  };

  /** "Spara kontakten": kept, and the reading shown is read again (the status names the contact). */
  save = async (): Promise<void> => {
    const contact = this.editing;
    if (contact === null) return;
    const saved = await this.#action.run('save', async () => {
      try {
        coordinator.took(await api['coordinator:save-contact'](contact));
      } catch (error) {
        this.problem = errorMessage(error);
        await focusById(contactFieldId(contact.organisation, 'email'));
        return false;
      }
      notices.info(contactSaved(contact.organisation));
      return true;
    });
    if (saved !== true) return;
    this.editing = null;
    this.problem = undefined;
    await focusById(editContactButtonId(contact.organisation));
    await coordinator.changed();
  };

  /** "Använd rapportens": the report's contact goes into the register. */
  useReport = async (conflict: ContactConflict): Promise<void> => {
    const done = await this.#action.run('conflict', async () => {
      coordinator.took(await api['coordinator:save-contact']({ ...conflict.report, organisation: conflict.organisation }));
      notices.info(contactSaved(conflict.organisation));
      return true;
    });
    if (done === true) await this.#afterConflict();
  };

  /** "Behåll registrets": the report's address is not asked about again. */
  keepRegister = async (conflict: ContactConflict): Promise<void> => {
    const done = await this.#action.run('conflict', async () => {
      coordinator.took(await api['coordinator:keep-contact']({ organisation: conflict.organisation, reportEmail: conflict.report.email }));
      return true;
    });
    if (done === true) await this.#afterConflict();
  };

  /** The coordinator's file read in; the focus goes to the notice that says how many, and of rows unused. */
  importFile = async (file: File): Promise<void> => {
    const imported = await this.#action.run('import', async () => {
      const result = await api['coordinator:import-contacts']({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
      coordinator.took(result.data);
      this.unmatched = result.unmatched;
      return notices.info(contactsImported(result.imported, result.unmatched.length));
    });
    if (imported === undefined) return;
    await notices.focus(imported);
    await coordinator.changed();
  };

  /** "Exportera till Excel": the focus goes to the notice that says where, or back to the button when the save was cancelled. */
  exportFile = async (): Promise<void> => {
    const written = await this.#action.run('export', () => api['coordinator:export-contacts']({}));
    if (written === undefined) return;
    if (written === null) return focusById(REGISTER_IDS.export);
    await notices.focus(notices.info(contactsExported(written.path), written.canOpen ? [openFileAction(written.path), showInFolderAction(written.path)] : []));
  };

  /** A settled conflict leaves the list once the sources are read again; the focus goes to the list, or the result's heading once it is empty. */
  async #afterConflict(): Promise<void> {
    await coordinator.changed();
    await tick();
    await focusById(document.getElementById(REGISTER_IDS.conflictsHeading) === null ? COMPILATION_IDS.resultHeading : REGISTER_IDS.conflictsHeading);
  }
}

export const contactRegister = new ContactRegister();
