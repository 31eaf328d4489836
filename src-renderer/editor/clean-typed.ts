// Text typed or pasted into the form is cleaned as it arrives, the same way the main process
// cleans it when saving: a Word line break pasted in shows as a line break at once, not as a
// box until the report is opened again. The caret stays where it was.
import { cleanLine, cleanText, needsCleaning } from '../../src-main/report/clean-text.ts';

export function cleanTypedText(event: Event): void {
  const field = event.target;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) || field.readOnly) return;
  if (!needsCleaning(field.value)) return;
  const clean = field instanceof HTMLTextAreaElement ? cleanText : cleanLine;
  const caret = clean(field.value.slice(0, field.selectionStart ?? field.value.length)).length;
  field.value = clean(field.value);
  field.setSelectionRange(caret, caret);
  // Tells the field's binding (and the save) about the cleaned text.
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
