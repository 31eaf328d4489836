// Inställningar's part of the string catalog. The shared catalog (../shared/strings.ts) holds
// what several screens use.

export const settingsText = {
  heading: 'Inställningar',
  open: 'Inställningar',
  sendingHeading: 'Skicka in',
  receiverUrl: 'Mottagningsadress',
  receiverUrlHelp: 'Adressen dit "Skicka in" skickar rapporten. Du får den av stadsledningskontoret.',
  senderKey: 'Avsändarnyckel',
  senderKeyHelp: 'Nyckeln ni fått av stadsledningskontoret, om ni fått en.',
  coordinatorEmail: 'Samordnarens e-post',
  coordinatorEmailHelp: 'Dit "Skicka med e-post" adresserar rapporten.',
  testConnection: 'Testa anslutningen',
  testing: 'Testar anslutningen …',
  coordinatorHeading: 'Sammanställning (för samordnaren)',
  coordinatorKey: 'Samordnarnyckel',
  coordinatorKeyHelp: 'Behövs bara av samordnaren på stadsledningskontoret, för att hämta inskickade rapporter till Sammanställning.',
  contactHeading: 'Förifyllt i nya rapporter',
  save: 'Spara inställningar',
  saved: 'Inställningarna sparades.',
  showKey: 'Visa nyckeln',
  loading: 'Läser inställningarna …',
  notLoaded: 'Inställningarna kunde inte läsas (se meddelandet ovan).',
  tryAgain: 'Försök igen',
};

/** The key field's help, with where the key is kept. */
export function senderKeyHelp(storage: string): string {
  return `${settingsText.senderKeyHelp} Nyckeln sparas ${storage}.`;
}

/** The coordinator key's help, with where the key is kept. */
export function coordinatorKeyHelp(storage: string): string {
  return `${settingsText.coordinatorKeyHelp} Nyckeln sparas ${storage}.`;
}

export function fromIt(value: string): string {
  return `Förinställt av IT: ${value}`;
}
