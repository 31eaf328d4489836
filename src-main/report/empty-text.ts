// What counts as empty, for every part of the app: the editor's list of what is missing, the
// Word export (which leaves a placeholder out), the Word import (which reads it as empty) and
// carrying answers over. The Word template's content controls show "Klicka här för att ange
// text." until something is typed; that text, in any case, spacing or Unicode form, is empty.
import { formTemplate } from '../form/template.ts';

/** NFC, white space (no-break spaces included) folded to one space, trimmed, lower case. */
export function normalizedForComparison(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

const PLACEHOLDER = normalizedForComparison(formTemplate.placeholder).replace(/\.$/, '');

/** The template's placeholder, with or without its final full stop. */
export function isPlaceholder(text: string): boolean {
  // Most texts are answers: only one that starts as the placeholder does is worth comparing.
  const first = text.trimStart()[0];
  if (first !== 'k' && first !== 'K') return false;
  return normalizedForComparison(text).replace(/\.$/, '') === PLACEHOLDER;
}

/** Only white space, or only the template's placeholder. */
export function isEmptyText(text: string): boolean {
  return text.trim() === '' || isPlaceholder(text);
}

export function isFilled(text: string): boolean {
  return !isEmptyText(text);
}
