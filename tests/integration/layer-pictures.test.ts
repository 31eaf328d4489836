// The two pictures of the layers in docs/architecture.md are held against the code: every
// folder (and root file) of src-main and src-renderer is drawn, and every import between two
// of them, types included, goes from a box to one drawn below it.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** A folder ("outbox/") or a file at the root ("services.ts"), with the layer it is drawn in (1 is the bottom). */
type Picture = Map<string, number>;

/** Reads a Mermaid picture whose subgraphs are named `<prefix><layer>` and whose nodes are labelled by their place. */
function readPicture(markdown: string, prefix: string): Picture {
  const picture: Picture = new Map();
  let layer: number | undefined;
  for (const line of markdown.split('\n')) {
    const subgraph = new RegExp(`^\\s*subgraph ${prefix}(\\d+)\\[`).exec(line);
    if (subgraph) layer = Number(subgraph[1]);
    else if (/^\s*end\s*$/.test(line)) layer = undefined;
    else {
      const node = /^\s*\w+\["([^"]+)"\]\s*$/.exec(line);
      if (node?.[1] !== undefined && layer !== undefined) picture.set(node[1], layer);
    }
  }
  return picture;
}

/** Where a module is, as the pictures name it: its folder under the root, or the root file itself. */
function placeOf(path: string, root: string): string | undefined {
  if (!path.startsWith(`${root}/`)) return undefined;
  const [first, second] = path.slice(root.length + 1).split('/');
  return second === undefined ? first : `${first}/`;
}

interface Cruise {
  modules: { source: string; dependencies: { resolved: string }[] }[];
}

let cruise: Promise<Cruise> | undefined;
function cruiseTheCode(): Promise<Cruise> {
  cruise ??= promisify(execFile)(process.execPath, [DEPCRUISE, 'src-main', 'src-renderer', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).then(({ stdout }) => JSON.parse(stdout) as Cruise);
  return cruise;
}

/** What the code says against a picture: places not drawn, and imports that do not run downwards. */
function disagreements(code: Cruise, root: string, picture: Picture): string[] {
  const found = new Set<string>();
  for (const module of code.modules) {
    const from = placeOf(module.source, root);
    if (from === undefined || !/\.(ts|svelte)$/.test(module.source)) continue;
    if (!picture.has(from)) found.add(`${root}/${from} is not drawn`);
    for (const dependency of module.dependencies) {
      const to = placeOf(dependency.resolved, root);
      if (to === undefined || to === from || !picture.has(to) || !picture.has(from)) continue;
      if ((picture.get(to) ?? 0) >= (picture.get(from) ?? 0))
        found.add(`${root}/${from} (layer ${picture.get(from)}) uses ${root}/${to} (layer ${picture.get(to)})`);
    }
  }
  return [...found].sort();
}

describe('the pictures of the layers', () => {
  test('the check reads a picture and sees an import that runs sideways or up, and a folder not drawn', () => {
    const picture = readPicture('subgraph x2["top"]\n  a["a/"]\nend\nsubgraph x1["bottom"]\n  b["b/"]\n  c["c/"]\nend', 'x');
    expect([...picture]).toEqual([
      ['a/', 2],
      ['b/', 1],
      ['c/', 1],
    ]);
    const code: Cruise = {
      modules: [
        { source: 'src/a/one.ts', dependencies: [{ resolved: 'src/b/two.ts' }] },
        { source: 'src/b/two.ts', dependencies: [{ resolved: 'src/c/three.ts' }, { resolved: 'src/a/one.ts' }] },
        { source: 'src/d/four.ts', dependencies: [] },
      ],
    };
    expect(disagreements(code, 'src', picture)).toEqual([
      'src/b/ (layer 1) uses src/a/ (layer 2)',
      'src/b/ (layer 1) uses src/c/ (layer 1)',
      'src/d/ is not drawn',
    ]);
  });

  test.each([
    ['src-main', 'main'],
    ['src-renderer', 'window'],
  ])('%s is as its picture shows', async (root, prefix) => {
    const picture = readPicture(await readFile(join(ROOT, 'docs/architecture.md'), 'utf8'), prefix);
    expect(picture.size).toBeGreaterThan(5);
    expect(disagreements(await cruiseTheCode(), root, picture)).toEqual([]);
  });
});
