// Every text the UI shows, in Swedish, in one place. The form's own labels come from the
// form definition so they match the Word template word for word.
import { formDefinition } from '../../src-main/report/form-definition.ts';

export const labels = formDefinition.labels;

export const text = {
  appTitle: 'Uppföljningsrapport näringsliv',
  myReports: 'Mina rapporter',
  newReport: 'Ny rapport',
  fromPrevious: 'Ny rapport från föregående',
  fromPreviousHelp: 'Nästa period byggs på en tidigare rapport: sidhuvud, fokusområden, frågor och svar följer med, och varje svar markeras tills du har granskat det.',
  previousReport: 'Föregående rapport',
  newEmptyReport: 'Ny tom rapport',
  createReport: 'Skapa rapport',
  cancel: 'Avbryt',
  noReports: 'Du har inga rapporter ännu. Skapa en ny för att börja.',
  open: 'Öppna',
  duplicate: 'Duplicera',
  delete: 'Ta bort',
  restore: 'Återställ',
  trash: 'Papperskorgen',
  trashEmpty: 'Papperskorgen är tom.',
  backToList: 'Mina rapporter',
  period: 'Period',
  budgetYear: 'Budgetår',
  questionSet: 'Frågor',
  noQuestionSet: 'Börja utan frågor (lägg till egna)',
  lastSaved: 'Senast sparad',
  completeness: 'Ifyllt',
  focusAreas: 'Fokusområden',
  focusAreasHelp: 'Välj de fokusområden i näringslivspolicyn som gäller nämnden. De behåller sina nummer.',
  addQuestion: 'Lägg till fråga',
  missingHeading: 'Kvar att fylla i',
  allFilled: 'Allt är ifyllt.',
  warningsHeading: 'Att kontrollera',
  saving: 'Sparar …',
  unsaved: 'Ändrat – sparas strax',
  readOnly: 'Skrivskyddad',
  dismiss: 'Stäng meddelandet',
  committeeHelp: 'Nämnd eller bolagsstyrelse och dess förvaltning, t.ex. "Kulturnämnden: kulturförvaltningen".',
  movedToTrash: 'Rapporten flyttades till papperskorgen.',
  restored: 'Rapporten återställdes.',
  exportToWord: 'Exportera till Word',
  exportDraft: 'Exportera utkast',
  draftExported: 'Utkastet sparades:',
  importFile: 'Importera rapport eller Word-dokument',
  importing: 'Läser filen …',
  exporting: 'Exporterar …',
  exported: 'Word-filen sparades:',
  openDocument: 'Öppna',
  showInFolder: 'Visa i mappen',
} as const;

export function savedAt(iso: string): string {
  return `Sparat ${new Date(iso).toLocaleTimeString('sv-SE')}`;
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
}

export function confirmRemoveArea(title: string): string {
  return `Ta bort fokusområdet "${title}" med dess frågor och svar ur rapporten?`;
}

export function confirmRemoveQuestion(number: string): string {
  return `Ta bort fråga ${number} och dess svar?`;
}
