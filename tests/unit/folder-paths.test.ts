// Nothing the coordinator saves lands in a folder that is read, however the path is written;
// a folder written twice is read once.
import { mkdir, symlink } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outputProblem, uniqueFolders } from '../../src-main/compile/folder-paths.ts';
import { makeTempFolder } from '../support/temp-folder.ts';

let temp: Awaited<ReturnType<typeof makeTempFolder>>;
let inbox: string;

beforeAll(async () => {
  temp = await makeTempFolder('rapport-folder-paths-');
  inbox = join(temp.path, 'inkommet');
  await mkdir(join(inbox, 'kultur'), { recursive: true });
  await mkdir(join(temp.path, 'inkommet-2'));
  await symlink(inbox, join(temp.path, 'genväg'));
});

afterAll(async () => {
  await temp.remove();
});

describe('where the compilation may be saved', () => {
  test.each([
    ['in the folder read', () => join(inbox, 'sammanställning.docx')],
    ['in a folder below it', () => join(inbox, 'kultur', 'sammanställning.docx')],
    ['in it, under a name that starts with two dots', () => join(inbox, '..sammanställning.docx')],
    ['in it, through a link to it', () => join(temp.path, 'genväg', 'sammanställning.docx')],
  ])('%s: refused, naming the folder', async (_, output) => {
    expect(await outputProblem(output(), [inbox])).toMatch(/^Spara inte i .*inkommet: den mappen läses/);
  });

  test.each([
    ['beside it', () => join(temp.path, 'sammanställning.docx')],
    ['in a folder whose name only begins the same', () => join(temp.path, 'inkommet-2', 'sammanställning.docx')],
    ['in a folder that does not exist yet', () => join(temp.path, 'ny', 'sammanställning.docx')],
  ])('%s: allowed', async (_, output) => {
    expect(await outputProblem(output(), [inbox])).toBeUndefined();
  });
});

describe('the folders read', () => {
  test('one folder written with and without a trailing separator is read once', () => {
    expect(uniqueFolders([inbox, `${inbox}${sep}`, join(temp.path, 'inkommet-2')])).toEqual([inbox, join(temp.path, 'inkommet-2')]);
  });
});
