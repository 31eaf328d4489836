// The editor's part of the string catalog: every text of the report form that no other screen
// shows. The shared catalog (../shared/strings.ts) holds what several screens use.
import { formatTimeOfDay } from '../../src-main/report/time-format.ts';

export function filledFields(filled: number, total: number): string {
  return `${filled} av ${total} ifyllda`;
}

export const removeArea = {
  heading: (number: number): string => `Ta bort fokusområde ${number}?`,
  message: (title: string): string => `"${title}" har frågor och svar. De tas bort ur rapporten och går inte att få tillbaka.`,
  confirm: 'Ta bort fokusområdet',
};

export const question = {
  label: (number: string): string => `Fråga ${number}`,
  answerLabel: (number: string): string => `Svar på fråga ${number}`,
  moveUp: (number: string): string => `Flytta fråga ${number} upp`,
  moveDown: (number: string): string => `Flytta fråga ${number} ned`,
  remove: (number: string): string => `Ta bort fråga ${number}`,
  removed: (number: string, text: string): string => `Fråga ${number}${text ? ` ("${text}")` : ''} är borttagen.`,
  undo: 'Ångra',
  undoRemove: (number: string): string => `Ångra: lägg tillbaka fråga ${number}`,
  closeRemoved: (number: string): string => `Stäng meddelandet om fråga ${number}`,
  keepUnchanged: (number: string): string => `Behåll oförändrat: svaret på fråga ${number}`,
};

export function notSaved(message: string): string {
  return `Inte sparat: ${message}`;
}

export function addQuestionUnder(areaNumber: number): string {
  return `Lägg till fråga under ${areaNumber}`;
}

/** The editor bar's way to the list of what is left. */
export function toPanel(count: number): string {
  return `Kvar att fylla i (${count})`;
}

/** After an export: what the review still has, which did not stop the export. */
export function findingsLeft(count: number): string {
  return count === 1 ? 'Rapporten har 1 sak kvar att åtgärda; se Kvar att fylla i.' : `Rapporten har ${count} saker kvar att åtgärda; se Kvar att fylla i.`;
}

export const languageText = {
  whole: (value: number, band: string): string => `Läsbarhet för hela rapporten: LIX ${value}, ${band}.`,
  hide: 'Dölj tips om klarspråk',
  show: 'Visa tips om klarspråk',
};

export const questionYearText = {
  update: (to: number): string => `Byt till ${to} i frågorna`,
  keep: 'Behåll frågorna som de är',
  offer: (from: number, to: number): string =>
    `Frågorna är skrivna för budget ${from}, men rapporten gäller budget ${to}. Ska ${from} bytas mot ${to} i frågorna? Varje fråga som ändras markeras, så att du kan granska den.`,
  changed: 'Årtalet ändrat av appen – ej granskat',
  keepChange: (number: string): string => `Behåll ändringen: fråga ${number}`,
  keepChangeVisible: 'Behåll ändringen',
  before: 'Frågan före ändringen',
};

export function savedAt(iso: string): string {
  return `Sparat ${formatTimeOfDay(iso)}`;
}

export const carriedOver = {
  reviewed: (from: string): string => `Från ${from} – granskad`,
  notReviewed: (from: string): string => `Från ${from} – ej granskad`,
  previousAnswer: (from: string): string => `Svar i ${from}`,
  compare: (from: string): string => `Jämför med ${from}`,
  changeSummary: (from: string, summary: string): string => `Mot ${from}: ${summary}.`,
  inserted: 'nytt: ',
  removed: 'borttaget: ',
};
