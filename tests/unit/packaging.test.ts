// electron-builder cannot download Electron here, so its configuration is checked the way
// electron-builder itself checks it: against app-builder-lib's JSON schema.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('electron-builder.yml', () => {
  test('is valid against electron-builder’s own schema and installs per user without admin rights', async () => {
    const schema = JSON.parse(await readFile(resolve(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const config = load(await readFile(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  test('packs the built main process and renderer that package.json points at', async () => {
    const packageJson = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { main: string };
    const config = load(await readFile(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as { files: string[] };
    expect(packageJson.main).toBe('dist/main/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**']));
  });
});
