// What the user is told about the state of their files.
import type { CorruptionReason, RecoveryEvent } from './durable-json-file.ts';

export const NEWER_VERSION_MESSAGE =
  'Rapporten är sparad av en nyare version av appen. Den visas skrivskyddad och ändras inte här; uppdatera appen för att redigera den.';

const REASONS: Record<CorruptionReason, string> = {
  empty: 'var tom',
  'nul-filled': 'innehöll bara nollor (troligen efter ett strömavbrott)',
  'not-json': 'var avbruten eller trasig',
  'wrong-shape': 'hade ett innehåll som inte är en rapport',
};

export function describeRecovery(event: RecoveryEvent): string {
  const what = `En rapportfil ${REASONS[event.reason]} och har flyttats undan till ${event.setAsidePath}.`;
  return event.recoveredFromBackup
    ? `${what} Den senast sparade fungerande kopian har återställts; kontrollera de senaste ändringarna.`
    : `${what} Det fanns ingen tidigare kopia att återställa.`;
}
