// The string catalog's shared part: what several screens show, in Swedish. Each feature's own
// texts are in its folder (`<feature>/<feature>-strings.ts`). The form's own labels come from
// the form's template so they match the Word template word for word.
import { formTemplate } from '../../src-main/form/template.ts';

export const labels = formTemplate.labels;

/** A period as every period list shows it: "T2 – Tertialrapport 2 (januari–augusti)". */
export function periodOption(period: { id: string; name: string; coversText: string }): string {
  return `${period.id} – ${period.name} (${period.coversText})`;
}

export const text = {
  appTitle: 'Uppföljningsrapport näringsliv',
  myReports: 'Mina rapporter',
  /** The coordinator's screen, as the button to it in Mina rapporter names it. */
  compilation: 'Sammanställning',
  newReport: 'Ny rapport',
  fromPrevious: 'Ny rapport från föregående',
  fromPreviousHelp:
    'Nästa period byggs på en tidigare rapport: sidhuvud, fokusområden, frågor och svar följer med, och varje svar markeras tills du har granskat det.',
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
  actions: 'Åtgärder',
  noCommittee: '(nämnd saknas)',
  keepUnchanged: 'Behåll oförändrat',
  foundHeading: 'Det här hittades',
  noFocusAreasFound: 'Inga fokusområden hittades.',
  unplacedHeading: 'Kunde inte placeras',
  allPlaced: 'Allt i dokumentet kunde placeras i formuläret.',
  documentIsFor: 'Dokumentets period',
  questions: 'Frågor',
  importAddsNew: 'Rapporten läggs till som en ny rapport; ingen befintlig rapport ändras.',
  importAsNew: 'Importera som ny rapport',
  remove: 'Ta bort',
  exportToWord: 'Exportera till Word',
  exportDraft: 'Exportera utkast',
  draftExported: 'Utkastet sparades:',
  importFile: 'Importera rapport eller Word-dokument',
  importing: 'Läser filen …',
  exporting: 'Exporterar …',
  exported: 'Word-filen sparades:',
  openDocument: 'Öppna',
  showInFolder: 'Visa i mappen',
  reportForm: 'Rapport',
  emptyAnswer: '(tomt)',
  notFound: 'hittades inte',
  noValue: '–',
  unavailableHeading: 'Kan inte öppnas',
  unexpectedError: 'Ett oväntat fel inträffade.',
  fileUnreadable: 'Filen kunde inte läsas.',
  noPrevious: 'Det finns ingen rapport att bygga på än. Skapa en ny tom rapport nedan, eller importera förra periodens Word-dokument från Mina rapporter.',
  createNextPeriod: 'Skapa nästa period från den',
  screenFailedHeading: 'Det här gick inte att visa',
  screenFailed:
    'Något i rapporten gick inte att visa. Det som är sparat finns kvar och ändras inte. Gå tillbaka till Mina rapporter och försök igen. Händer det igen: välj Hjälp > Kopiera felinformation och skicka den till IT.',
  emailOpened: 'E-postutkastet öppnades i e-postprogrammet med Word-filen bifogad. Granska och skicka det därifrån.',
  openMailProgram: 'Öppna e-postprogrammet',
  previewUnreachable: 'Förhandsvisningens server svarar inte. Starta den igen; det du skrivit finns kvar i fönstret.',
  previewForbidden: 'Förhandsvisningen nekade åtkomst. Öppna adressen som servern skrev ut när den startade.',
} as const;

export function unexpectedError(detail: string): string {
  return `Ett oväntat fel inträffade: ${detail}`;
}

export function previewFailed(status: number): string {
  return `Förhandsvisningens server svarade med fel ${status}.`;
}

export function filledOf(filled: number, total: number): string {
  return `${filled} av ${total}`;
}

export function notAnEmailAddress(value: string): string {
  return `"${value.trim()}" är ingen e-postadress.`;
}

export const copyText = {
  existsHeading: 'Rapporten finns redan',
  nameHelp: 'En kopia får ett eget namn, så att den går att skilja från originalet i Mina rapporter.',
  nameLabel: 'Namn på kopian',
  nameMissing: 'Ge kopian ett namn.',
  defaultName: 'Kopia',
  make: 'Skapa kopian',
  openExisting: 'Öppna den som finns',
  duplicateHeading: 'Duplicera rapporten',
};

export const fieldText = {
  yearMissing: 'Ange budgetåret, t.ex. 2026.',
  yearInvalid: 'Budgetåret ska vara ett årtal med fyra siffror, mellan 2000 och 2100.',
  periodMissing: 'Välj vilken period rapporten gäller.',
  committeeMissing: 'Ange nämnd eller bolagsstyrelse.',
  choosePeriod: 'Välj period',
};

/** The hint beside the period: what is usually written now, for the user to take or not. */
export function periodNowHint(period: string): string {
  return `Vanligast just nu: ${period}.`;
}

export function usePeriod(period: string): string {
  return `Använd ${period}`;
}

/** "A, B och C". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items.at(-1) ?? ''}`;
}
