// Text fields grow to fit their text (CSS field-sizing: content), but not while the user
// types in one: measuring a long answer's height on every keystroke is most of what makes
// typing in a 100-question report slower than in a bare text field. While a field has the
// focus its height stands still (it scrolls if the text outgrows it), and it fits its text
// again when a line is added or removed and when the focus leaves.
export function steadyHeight(field: HTMLTextAreaElement): () => void {
  let lines = 0;
  const countLines = (): number => field.value.split('\n').length;
  const freeze = (): void => {
    field.style.height = '';
    field.style.height = `${field.offsetHeight}px`;
    field.classList.add('steady');
    lines = countLines();
  };
  const release = (): void => {
    field.classList.remove('steady');
    field.style.height = '';
  };
  const onInput = (): void => {
    const now = countLines();
    if (now !== lines) freeze();
  };
  field.addEventListener('focus', freeze);
  field.addEventListener('blur', release);
  field.addEventListener('input', onInput);
  return () => {
    field.removeEventListener('focus', freeze);
    field.removeEventListener('blur', release);
    field.removeEventListener('input', onInput);
  };
}
