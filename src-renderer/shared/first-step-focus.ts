// A screen that loads its data first puts the focus on its first step once the data is
// there, unless the user has already gone to a field meanwhile: focus that jumps away sends
// the next keystrokes into the wrong field.
export function focusFirstStep(id: string): void {
  const active = document.activeElement;
  if (active !== null && active !== document.body) return;
  document.getElementById(id)?.focus();
}
