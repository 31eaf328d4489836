// The coordinator's folders as places on the disk, not as text: one folder written two ways
// (a trailing separator, other letter case on Windows and macOS, a mapped drive or a link to a
// share) is one folder, read once, and nothing the app writes ever lands inside one.
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** The same key for the same folder written in other letter case, where the file system ignores case. */
export function folderKey(path: string): string {
  const resolved = resolve(path);
  return CASE_INSENSITIVE ? resolved.toLowerCase() : resolved;
}

/** The folders, each once, in the order given (the first spelling kept). */
export function uniqueFolders(folders: readonly string[]): string[] {
  const seen = new Set<string>();
  return folders.map((folder) => resolve(folder)).filter((folder) => !seen.has(folderKey(folder)) && seen.add(folderKey(folder)));
}

/** Where a path really is (links and mapped drives followed), or where it would be if it does not exist yet. */
async function realFolder(path: string): Promise<string> {
  try {
    return folderKey(await realpath(path));
  } catch {
    return folderKey(path);
  }
}

/** Why a compilation or reminder may not be written at `output`: never into the folders it was read from. */
export async function outputProblem(output: string, folders: readonly string[]): Promise<string | undefined> {
  const target = await realFolder(dirname(resolve(output)));
  for (const folder of folders) {
    const path = relative(await realFolder(folder), target);
    const outside = path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
    if (!outside) return `Spara inte i ${folder}: den mappen läses, och appen ändrar aldrig något i den. Välj en plats utanför mapparna som läses.`;
  }
  return undefined;
}
