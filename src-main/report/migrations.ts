// Older report files become current ones through small pure steps, vN -> vN+1, each with a
// test. A file is migrated when it is read; it is written in the new version on its next save.

type RawReport = Record<string, unknown>;

/** v1 -> v2: questions may carry `carriedOver`; a v1 file has none, so only the version moves. */
export function migrateV1ToV2(report: RawReport): RawReport {
  return { ...report, schemaVersion: 2 };
}

/** v2 -> v3: reports record what was sent to the city; a v2 report was never sent from the app. */
export function migrateV2ToV3(report: RawReport): RawReport {
  return { ...report, schemaVersion: 3, submissions: [] };
}

/** v3 -> v4: a report may be a named copy; a v3 report is not one. */
export function migrateV3ToV4(report: RawReport): RawReport {
  return { ...report, schemaVersion: 4 };
}

/**
 * v4 -> v5: questions may carry their `identity`. A v4 file has none to give: its question ids
 * were made anew for each report, so they say nothing about which question was asked, and its
 * answers are compared with other periods' by their text.
 */
export function migrateV4ToV5(report: RawReport): RawReport {
  return { ...report, schemaVersion: 5 };
}

const STEPS: Record<number, (report: RawReport) => RawReport> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
  3: migrateV3ToV4,
  4: migrateV4ToV5,
};

/** Brings a parsed file up to the current version; unknown or newer versions pass through untouched. */
export function migrateToCurrent(raw: unknown, currentVersion: number): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let report = raw as RawReport;
  while (typeof report.schemaVersion === 'number' && report.schemaVersion < currentVersion) {
    const step = STEPS[report.schemaVersion];
    if (step === undefined) break;
    report = step(report);
  }
  return report;
}
