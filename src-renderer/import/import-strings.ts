// The import's part of the string catalog: what a Word form or a draft file was found to hold,
// and the choices before it becomes a report. The shared catalog (../shared/strings.ts) holds
// what several screens use.

export const importing = {
  heading: (fileName: string): string => `Importera ${fileName}`,
  done: (what: string, fileName: string): string => `${what} importerad från ${fileName}.`,
  doneAndStarted: (what: string, next: string, fileName: string): string => `${what} importerad från ${fileName}; ${next} startad från den.`,
  open: (what: string): string => `Öppna ${what}`,
  andStart: (next: string): string => `Importera och starta ${next}`,
  as: (period: string): string => `Importera som ${period}`,
  andStartNext: 'Importera och starta nästa period',
  asChosen: 'Importera',
  statedPeriod: (period: string): string => `Enligt dokumentet gäller rapporten ${period}.`,
  periodInText: (asWritten: string, period: string): string => `Texten nämner "${asWritten}", som är ${period}. Kontrollera att det stämmer och välj perioden.`,
  whyAsk: 'Word-mallen har ingen plats för perioden, så dokumentet säger inte vilken period det gäller. Välj period och budgetår.',
  yearFromText: (year: number): string => `Budgetåret ${year} står i dokumentets inledning.`,
};

export function asFoundInDocument(heading: string): string {
  return `I dokumentet: "${heading}"`;
}
