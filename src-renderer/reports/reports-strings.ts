// Mina rapporter's part of the string catalog, with "Ny rapport". The shared catalog
// (../shared/strings.ts) holds what several screens use.

export function startFrom(next: string): string {
  return `Starta ${next} från denna`;
}

/** The accessible name: the visible text first, then which report (WCAG 2.5.3). */
export function startFromReport(next: string, name: string): string {
  return `${startFrom(next)}: ${name}`;
}

export function createFrom(next: string): string {
  return `Skapa ${next} från den`;
}

/** An option in "Föregående rapport": which report, when it was saved, how much is filled in. */
export function previousOption(name: string, savedAt: string, filled: number, total: number): string {
  return `${name} – sparad ${savedAt}, ${filled} av ${total} ifyllda`;
}

export function trashedReport(name: string, savedAt: string): string {
  return `${name}, senast sparad ${savedAt}`;
}
