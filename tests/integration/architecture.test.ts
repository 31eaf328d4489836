// The layer rules (.dependency-cruiser.cjs, .dependency-cruiser-runtime.cjs) catch what they forbid: each fixture breaks one
// rule and must be reported for it; a well-layered fixture and the project itself pass.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/architecture/fixtures');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
// The layer rules (every import, types too) and what the renderer runs (run-time imports only).
const CONFIGS = ['.dependency-cruiser.cjs', '.dependency-cruiser-runtime.cjs'].map((name) => join(ROOT, name));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

async function violationsIn(folder: string): Promise<Violation[]> {
  const roots = ['src-main', 'src-renderer', 'scripts'].filter((name) => existsSync(join(folder, name)));
  const cruises = CONFIGS.map(async (config) => {
    const { stdout } = await promisify(execFile)(process.execPath, [DEPCRUISE, ...roots, '--config', config, '--output-type', 'json'], {
      cwd: folder,
      maxBuffer: 64 * 1024 * 1024,
    });
    return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
  });
  return (await Promise.all(cruises)).flat();
}

describe('layer rules', () => {
  test.each([
    ['electron-outside-electron', 'electron-only-in-electron-folder', 'src-main/store/uses-electron.ts'],
    ['renderer-runs-node', 'renderer-runs-no-node', 'src-renderer/main.ts'],
    ['svelte-imports-lowdb', 'renderer-runs-no-node', 'src-renderer/Widget.svelte'],
    ['renderer-runs-store', 'renderer-uses-only-form-and-report', 'src-renderer/main.ts'],
    ['renderer-runs-node', 'report-is-pure', 'src-main/report/rule.ts'],
    ['report-imports-store', 'report-is-pure', 'src-main/report/rule.ts'],
    ['form-imports-report', 'form-is-pure', 'src-main/form/vocabulary.ts'],
    ['folder-cycle', 'no-folder-cycles', 'src-main/export'],
    ['type-cycle', 'no-folder-cycles', 'src-main/export'],
  ])('%s breaks %s', async (fixture, rule, from) => {
    const violations = await violationsIn(join(FIXTURES, fixture));
    expect(violations.map((violation) => [violation.rule.name, violation.from])).toContainEqual([rule, from]);
  });

  test('a layered tree passes: pure rules and types reach the renderer, Node and Electron stay below', async () => {
    expect(await violationsIn(join(FIXTURES, 'layered'))).toEqual([]);
  });

  test('the project keeps its layers', async () => {
    expect(await violationsIn(ROOT)).toEqual([]);
  });
});
