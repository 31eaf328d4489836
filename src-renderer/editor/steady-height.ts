// Text fields grow to fit their text (CSS field-sizing: content), but not while the user
// types in one: measuring a long answer's height on every keystroke, and laying out the rest
// of a 100-question report after it, is most of what makes typing there slower than in a bare
// text field. While a field has the focus, its height stands still (it scrolls if the text
// outgrows it), and so does the box around it (its question, marked "steady-box"), which is
// then contained: a keystroke lays out and paints that box alone. Both fit their content
// again when a line is added or removed, after the first keystroke (which may change a note
// in the box, "ej granskad" becoming reviewed), when the window changes size (the text wraps
// anew), and when the focus leaves.
export function steadyHeight(field: HTMLTextAreaElement): () => void {
  const box = field.closest<HTMLElement>('.steady-box');
  let lines = -1;
  const countLines = (): number => field.value.split('\n').length;
  const release = (): void => {
    field.classList.remove('steady');
    field.style.height = '';
    box?.classList.remove('steady');
    if (box) box.style.height = '';
  };
  const freeze = (): void => {
    release();
    field.style.height = `${field.offsetHeight}px`;
    field.classList.add('steady');
    if (box) {
      box.style.height = `${box.offsetHeight}px`;
      box.classList.add('steady');
    }
  };
  const onFocus = (): void => {
    freeze();
    lines = -1;
    window.addEventListener('resize', freeze);
  };
  const onBlur = (): void => {
    window.removeEventListener('resize', freeze);
    release();
  };
  const onInput = (): void => {
    const now = countLines();
    if (now === lines) return;
    // The first keystroke's own changes (a note updated) are drawn before the box is measured again.
    if (lines === -1) requestAnimationFrame(() => document.activeElement === field && freeze());
    else freeze();
    lines = now;
  };
  field.addEventListener('focus', onFocus);
  field.addEventListener('blur', onBlur);
  field.addEventListener('input', onInput);
  return () => {
    field.removeEventListener('focus', onFocus);
    field.removeEventListener('blur', onBlur);
    window.removeEventListener('resize', freeze);
    field.removeEventListener('input', onInput);
  };
}
