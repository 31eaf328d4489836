// The layering rules, checked on every test run:
// - only src-main/electron/ imports 'electron' (the rest must run in plain Node);
// - the renderer imports no Node, Electron or main-process packages, and from src-main only
//   modules that are themselves free of Node (types, the form definition, pure rules);
// - no @ts-ignore, no `.only` left in tests.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const problems = [];

async function filesUnder(folder, pattern) {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && pattern.test(entry.name)).map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source) {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function isTypeOnly(source, specifier) {
  return new RegExp(`import\\s+type\\s[^;]*?['"]${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(source);
}

const NODE_OR_MAIN_PACKAGES = /^(node:|fs$|path$|os$|crypto$|child_process$|electron|lowdb|docx|zod)/;

for (const file of await filesUnder('src-main', /\.ts$/)) {
  const source = await readFile(join(root, file), 'utf8');
  if (!file.startsWith('src-main/electron/') && importsOf(source).includes('electron')) {
    problems.push(`${file}: imports 'electron' outside src-main/electron/`);
  }
}

async function checkRendererImport(file, source, specifier, seen) {
  if (NODE_OR_MAIN_PACKAGES.test(specifier) && !isTypeOnly(source, specifier)) {
    problems.push(`${file}: the renderer imports '${specifier}'`);
    return;
  }
  if (!specifier.startsWith('.')) return;
  const target = relative(root, resolve(root, dirname(file), specifier));
  if (!target.startsWith('src-main/') || isTypeOnly(source, specifier) || seen.has(target)) return;
  // A main-side module the renderer runs must itself stay free of Node.
  seen.add(target);
  if (!target.endsWith('.ts')) return;
  const targetSource = await readFile(join(root, target), 'utf8');
  for (const inner of importsOf(targetSource)) {
    await checkRendererImport(target, targetSource, inner, seen);
  }
}

for (const file of await filesUnder('src-renderer', /\.(ts|svelte)$/)) {
  const source = await readFile(join(root, file), 'utf8');
  const seen = new Set();
  for (const specifier of importsOf(source)) await checkRendererImport(file, source, specifier, seen);
}

for (const folder of ['src-main', 'src-renderer', 'tests', 'scripts']) {
  for (const file of await filesUnder(folder, /\.(ts|svelte|mjs)$/)) {
    const source = await readFile(join(root, file), 'utf8');
    if (/@ts-(ignore|nocheck)/.test(source) && !file.endsWith('check-architecture.mjs')) problems.push(`${file}: @ts-ignore`);
    if (/\b(test|it|describe)\.only\(/.test(source) && !file.endsWith('check-architecture.mjs')) problems.push(`${file}: .only left in a test`);
  }
}

if (problems.length > 0) {
  console.error(`Arkitekturregler bröts:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('Arkitekturreglerna håller.');
