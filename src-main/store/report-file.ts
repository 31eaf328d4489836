// How a report file on disk becomes a typed report: the version is checked before the shape,
// so a file from a newer app is recognised rather than called corrupt.
import { CURRENT_SCHEMA_VERSION, reportSchema, type Report } from '../report/model.ts';
import { NewerVersionError } from './durable-json-file.ts';

export function declaredSchemaVersion(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
}

export function parseReportFile(raw: unknown): Report {
  const version = declaredSchemaVersion(raw);
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    throw new NewerVersionError(version);
  }
  return reportSchema.parse(raw);
}

/**
 * A newer file is shown read-only when the parts this version knows still read; the
 * newer fields are not shown and the file is never written.
 */
export function readNewerReportForViewing(raw: unknown): Report | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const result = reportSchema.safeParse({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION });
  return result.success ? result.data : undefined;
}
