// The element ids of the form's fields, shared by the fields themselves and by everything that
// moves the focus to one (the list of what is missing, a new question).
import type { HeaderField } from '../../src-main/form/vocabulary.ts';

const HEADER_FIELD_IDS: Record<HeaderField, string> = { committee: 'committee', contactPerson: 'contact-person', phone: 'phone', email: 'email' };

export function headerFieldId(field: HeaderField): string {
  return HEADER_FIELD_IDS[field];
}

export function questionFieldId(questionId: string): string {
  return `question-${questionId}`;
}

export function answerFieldId(questionId: string): string {
  return `answer-${questionId}`;
}

export const OTHER_INFORMATION_ID = 'other-information';

export function focusAreaChoiceId(areaNumber: number): string {
  return `focus-area-choice-${areaNumber}`;
}

export function addQuestionButtonId(areaNumber: number): string {
  return `add-question-${areaNumber}`;
}

export function openButtonId(reportId: string): string {
  return `open-report-${reportId}`;
}

/** "Flytta fråga … upp/ned": the focus stays on the same button of the moved question. */
export function moveButtonId(questionId: string, offset: -1 | 1): string {
  return `move-${offset < 0 ? 'up' : 'down'}-${questionId}`;
}

/** "Importera" and "Ny rapport" in Mina rapporter, where the focus returns when their screen is cancelled. */
export const IMPORT_BUTTON_ID = 'import-button';
export const NEW_REPORT_BUTTON_ID = 'new-report-button';

/** "Inställningar" in Mina rapporter, where the focus returns from the settings. */
export const SETTINGS_BUTTON_ID = 'settings-button';

const SETTINGS_FIELD_IDS: Record<'receiverUrl' | 'senderKey' | 'coordinatorEmail' | 'coordinatorKey' | HeaderField, string> = {
  receiverUrl: 'settings-receiver-url',
  senderKey: 'settings-sender-key',
  coordinatorEmail: 'settings-coordinator-email',
  coordinatorKey: 'settings-coordinator-key',
  committee: 'settings-committee',
  contactPerson: 'settings-contactPerson',
  phone: 'settings-phone',
  email: 'settings-email',
};

/** A field of Inställningar: the focus goes to the first one when the screen opens, and to one that cannot be saved. */
export function settingsFieldId(field: keyof typeof SETTINGS_FIELD_IDS): string {
  return SETTINGS_FIELD_IDS[field];
}

/** "Sammanställning" in Mina rapporter: the way to the coordinator's screen, and where the focus returns from it. */
export const COMPILATION_BUTTON_ID = 'compilation-button';

/** The controls of "Sammanställning" that the focus is moved to. */
export const COMPILATION_IDS = {
  period: 'compile-period',
  year: 'compile-year',
  folders: 'compile-folders',
  addFolder: 'compile-add-folder',
  scan: 'compile-scan',
  export: 'compile-export',
  reminder: 'compile-reminder',
  resultHeading: 'compile-result-heading',
  listName: 'compile-list-name',
  receiver: 'compile-receiver',
  deadline: 'compile-deadline',
  status: 'compile-status',
} as const;

export const REGISTER_IDS = {
  heading: 'register-heading',
  import: 'register-import',
  export: 'register-export',
  conflictsHeading: 'register-conflicts-heading',
} as const;

/** A field of one organisation's contact while it is edited. */
export function contactFieldId(organisation: string, field: 'contactPerson' | 'email' | 'phone'): string {
  return `register-${field}-${encodeURIComponent(organisation)}`;
}

export function editContactButtonId(organisation: string): string {
  return `register-edit-${encodeURIComponent(organisation)}`;
}

export function folderFieldId(rowId: number): string {
  return `compile-folder-${rowId}`;
}

export function removeFromListButtonId(name: string): string {
  return `compile-list-remove-${encodeURIComponent(name)}`;
}
