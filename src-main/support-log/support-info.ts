// "Kopiera felinformation": what support needs to know, ready to paste into a message: the
// app's version, the operating system, where the data is, and the newest records of the
// support log (which hold no report text and no keys).
import { arch, release, type } from 'node:os';
import type { SupportLog } from './support-log.ts';

const ENTRIES = 50;

export async function supportInfo(log: SupportLog, details: { appVersion: string; dataFolder: string }): Promise<string> {
  const runtime = process.versions.electron === undefined ? `Node ${process.versions.node}` : `Electron ${process.versions.electron}`;
  const entries = await log.lastEntries(ENTRIES);
  return [
    `Uppföljningsrapport näringsliv ${details.appVersion}`,
    `Operativsystem: ${type()} ${release()} (${arch()}), ${runtime}`,
    `Datamapp: ${details.dataFolder}`,
    '',
    entries.length === 0 ? 'Inga händelser loggade ännu.' : `De senaste händelserna (högst ${ENTRIES}):`,
    ...entries,
  ].join('\n');
}
