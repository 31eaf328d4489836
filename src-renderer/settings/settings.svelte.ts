// "Inställningar": the user's own values, with IT's defaults shown beside them, each checked
// as it is typed by the same rules the main process applies.
import { HEADER_FIELDS, type HeaderField } from '../../src-main/form/vocabulary.ts';
import { coordinatorKeyProblem, isEmailAddress, receiverUrlProblem, senderKeyProblem } from '../../src-main/report/settings-rules.ts';
import type { ConnectionTestResult } from '../../src-main/outbox/connection-test.ts';
import type { SettingsValues } from '../../src-main/settings/settings-model.ts';
import type { SettingsView } from '../../src-main/settings/settings-service.ts';
import { api, errorMessage } from '../shared/api.ts';
import { notAnEmailAddress } from '../shared/strings.ts';
import { settingsText } from './settings-strings.ts';
import { BusyAction } from '../shared/busy-action.svelte.ts';
import { notices } from '../shared/notices.svelte.ts';

export type SettingsField = 'receiverUrl' | 'senderKey' | 'coordinatorEmail' | 'coordinatorKey' | HeaderField;

type Draft = Record<SettingsField, string>;

function draftOf(values: SettingsValues): Draft {
  const draft: Draft = {
    receiverUrl: values.receiverUrl ?? '',
    senderKey: values.senderKey ?? '',
    coordinatorEmail: values.coordinatorEmail ?? '',
    coordinatorKey: values.coordinatorKey ?? '',
    committee: '',
    contactPerson: '',
    phone: '',
    email: '',
  };
  for (const field of HEADER_FIELDS) draft[field] = values.contactDefaults[field] ?? '';
  return draft;
}

/** Why a field's value cannot be saved, in Swedish; undefined when it can. */
export function fieldProblem(field: SettingsField, value: string): string | undefined {
  if (value.trim() === '') return undefined;
  if (field === 'receiverUrl') return receiverUrlProblem(value);
  if (field === 'senderKey') return senderKeyProblem(value);
  if (field === 'coordinatorKey') return coordinatorKeyProblem(value);
  if ((field === 'coordinatorEmail' || field === 'email') && !isEmailAddress(value)) return notAnEmailAddress(value);
  return undefined;
}

class Settings {
  view = $state<SettingsView | null>(null);
  draft = $state<Draft>(draftOf({ contactDefaults: {} }));
  readonly #action = new BusyAction();

  get busy(): boolean {
    return this.#action.busy;
  }

  /** What "Testa anslutningen" last answered, for the address and key in the form. */
  connectionTest = $state<ConnectionTestResult | null>(null);
  testing = $state(false);

  /**
   * "Testa anslutningen" with the address and key as typed (IT's defaults where empty). The
   * button stays enabled, so it keeps the focus; a press while a test runs does nothing.
   */
  testConnection = async (): Promise<void> => {
    if (this.testing) return;
    this.testing = true;
    this.connectionTest = null;
    try {
      this.connectionTest = await api['settings:test-connection']({ receiverUrl: this.draft.receiverUrl, senderKey: this.draft.senderKey });
    } catch (error) {
      this.connectionTest = { ok: false, message: errorMessage(error) };
    } finally {
      this.testing = false;
    }
  };

  /** Whether the last load failed (its notice says why). */
  loadFailed = $state(false);

  /** The stored values, read afresh each time the screen opens; the form waits for them. */
  load = async (): Promise<void> => {
    this.view = null;
    this.loadFailed = false;
    await this.#action.run(async () => {
      const view = await api['settings:get']({});
      this.draft = draftOf(view.user);
      this.view = view;
      view.notices.forEach(notices.error);
    });
    this.loadFailed = this.view === null;
  };

  /** The first field whose value cannot be saved; undefined when all can. */
  get firstProblem(): SettingsField | undefined {
    return (Object.keys(this.draft) as SettingsField[]).find((field) => fieldProblem(field, this.draft[field]) !== undefined);
  }

  /** Saves when every field is valid; returns the id of the notice saying so, undefined when not saved. */
  save = async (): Promise<number | undefined> => {
    if (this.firstProblem !== undefined) return undefined;
    let notice: number | undefined;
    await this.#action.run(async () => {
      const { receiverUrl, senderKey, coordinatorEmail, coordinatorKey, ...contact } = this.draft;
      this.view = await api['settings:save']({ settings: { receiverUrl, senderKey, coordinatorEmail, coordinatorKey, contactDefaults: contact } });
      notice = notices.info(settingsText.saved);
    });
    return notice;
  };
}

export const settings = new Settings();
