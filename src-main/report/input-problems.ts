// What was wrong with data sent to the app or read from a file, said in Swedish by the field
// it is about: the schema library's own (English) words never reach the user. Pure: it reads
// an issue's code and path, whatever library made it.
import { formTemplate } from '../form/template.ts';
import { HEADER_FIELDS } from '../form/vocabulary.ts';

export interface InputIssue {
  code: string;
  path: readonly PropertyKey[];
  input?: unknown;
}

/** Field names as the user knows them; the part of a path most worth naming decides. */
const FIELD_NAMES: Record<string, string> = {
  ...Object.fromEntries(HEADER_FIELDS.map((field) => [field, `fältet ${formTemplate.labels[field]}`])),
  otherInformation: `fältet ${formTemplate.labels.otherInformation}`,
  header: 'sidhuvudet',
  year: 'budgetåret',
  period: 'perioden',
  id: 'rapportens id',
  reportId: 'rapportens id',
  entryId: 'versionens id',
  copyName: 'kopians namn',
  questionSetId: 'frågorna',
  token: 'importen',
  fileName: 'filnamnet',
  dataBase64: 'filen',
  path: 'filens plats',
  receiverUrl: 'mottagningsadressen',
  senderKey: 'avsändarnyckeln',
  coordinatorKey: 'samordnarnyckeln',
  coordinatorEmail: 'samordnarens e-post',
  sendDespiteFindings: 'svaret om att skicka ändå',
  startNext: 'valet att starta nästa period',
  questions: 'frågorna',
  text: 'en frågetext',
  answer: 'ett svar',
  focusAreas: 'fokusområdena',
  number: 'ett fokusområdes nummer',
  schemaVersion: 'filens formatversion',
  createdAt: 'tiden då den skapades',
  updatedAt: 'tiden då den sparades',
  submissions: 'det som skickats in',
  carriedOver: 'ett svar från förra perioden',
};

function nameOf(path: readonly PropertyKey[]): string {
  for (const part of [...path].reverse()) {
    if (typeof part === 'string' && FIELD_NAMES[part] !== undefined) return FIELD_NAMES[part];
  }
  return 'uppgifterna';
}

export function describeInputIssue(issue: InputIssue | undefined): string {
  if (issue === undefined) return 'innehållet är inte giltigt';
  const name = nameOf(issue.path);
  if (name === FIELD_NAMES.year && issue.code !== 'unrecognized_keys') return 'budgetåret ska vara ett årtal mellan 2000 och 2100';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${name} innehåller fält som inte hör dit`;
    case 'invalid_type':
      // The schema reports the input only where there was one (parse with reportInput).
      return 'input' in issue ? `${name} har fel slags värde` : `${name} saknas`;
    case 'too_big':
      return `${name} är för stort eller för långt`;
    case 'too_small':
      return `${name} är för litet eller för kort`;
    default:
      return `${name} har ett värde som appen inte känner igen`;
  }
}
