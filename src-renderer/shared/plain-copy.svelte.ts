// Electron copies each call's input by structured clone, which refuses Svelte's state proxies
// ("An object could not be cloned"): a contact being edited, the files assigned by hand. A
// snapshot is a plain copy of the same value; strings are shared, not copied, so a file of
// many megabytes on its way to the main process costs nothing more.
export function plainCopy(value: unknown): unknown {
  return $state.snapshot(value);
}
