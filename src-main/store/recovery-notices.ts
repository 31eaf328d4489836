// What the user is told about the state of a report's file: a damaged file set aside and
// its last good copy restored, a missing file brought back, or a file that cannot be read now.
import { fileSystemError } from '../errors/file-errors.ts';
import type { CorruptionReason, DamagedFileError, RecoveryEvent } from './durable-json-file.ts';

const REASONS: Record<CorruptionReason, string> = {
  empty: 'var tom',
  'nul-filled': 'innehöll bara nollor (troligen efter ett strömavbrott)',
  'not-json': 'var avbruten eller trasig',
  'wrong-shape': 'hade ett innehåll som inte är en rapport',
};

export function describeRecovery(event: RecoveryEvent, name: string): string {
  switch (event.kind) {
    case 'restored-damaged':
      return `Rapportfilen för ${name} ${REASONS[event.reason]} och har flyttats undan till ${event.setAsidePath}. Den senast sparade fungerande kopian har återställts; kontrollera de senaste ändringarna.`;
    case 'damaged-without-backup':
      return `En rapportfil ${REASONS[event.reason]} och har flyttats undan till ${event.setAsidePath}. Det fanns ingen tidigare kopia att återställa.`;
    case 'restored-missing':
      return `Rapportfilen för ${name} saknades (${event.path}). Den senast sparade kopian har återställts; kontrollera de senaste ändringarna.`;
  }
}

/** A damaged file that could not be set aside or restored now (a read-only or full disk). */
export function describeDamagedNow(error: DamagedFileError, path: string): string {
  const what = `Rapportfilen ${path} ${REASONS[error.reason]}.`;
  const why = error.cause === undefined ? '' : ` ${fileSystemError(error.cause, 'att återställa kopian').message}`;
  return error.backupAvailable
    ? `${what} Den senast sparade kopian kunde inte återställas nu.${why} Appen försöker igen nästa gång du öppnar Mina rapporter.`
    : `${what} Det finns ingen tidigare kopia att återställa.${why}`;
}

export function describeUnreadableNewer(path: string): string {
  return `Filen ${path} är sparad av en nyare version av appen och kan inte visas här. Uppdatera appen.`;
}
