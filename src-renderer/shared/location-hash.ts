// The URL fragment holds the open report ("#rapport=<id>"), so a reload or a restart of the
// window comes back to the same report, and, in the preview, the per-run secret.
export function readHashParameter(name: string): string | undefined {
  return new URLSearchParams(location.hash.slice(1)).get(name) ?? undefined;
}

export function writeHashParameter(name: string, value: string | undefined): void {
  const parameters = new URLSearchParams(location.hash.slice(1));
  if (value === undefined) parameters.delete(name);
  else parameters.set(name, value);
  const hash = parameters.toString();
  history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}
