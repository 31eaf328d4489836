// Text enters the model from typing, pasting (often from Word) and, later, from imported
// files. Everything that cannot live in a Word document is removed here, once, so every
// consumer (the draft file, the export, the UI after reload) sees the same text.

// C0 controls other than tab and line feed, DEL, C1 controls, and the two noncharacters
// that XML 1.0 forbids. Lone surrogates are handled by toWellFormed().
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

// What cleaning would change, found cheaply: checked on every keystroke in the editor.
// eslint-disable-next-line no-control-regex -- the characters cleaning removes or replaces
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u2028\u2029]/;

/** Whether cleanText or cleanLine would change the text (lone surrogates aside). */
export function needsCleaning(text: string): boolean {
  return NEEDS_CLEANING.test(text);
}

/** Multi-paragraph text: keeps line breaks and tabs, normalises Word's breaks to "\n". */
export function cleanText(input: string): string {
  // Most text needs nothing: one scan says so, where cleaning would take four.
  if (!needsCleaning(input) && input.isWellFormed()) return input;
  return (
    input
      .toWellFormed()
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- Word's vertical tab and form feed become line breaks
      .replace(/[\u000B\u000C\u2028\u2029]/g, '\n') // Word's vertical tab is its manual line break
      .replace(FORBIDDEN_CHARACTERS, '')
  );
}

/** One-line text (the header fields): breaks and tabs become single spaces. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/[\n\t]+/g, ' ');
}
