// Every text the renderer shows comes from its string catalog (src-renderer/shared/strings.ts and
// each feature's part of it, `<feature>/<feature>-strings.ts`),
// or from the form definition the catalog draws on. Text written straight into a component's
// markup, an accessible name given as a literal, or a Swedish sentence in a renderer module
// is found here and named.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'src-renderer');
/** The catalog's parts: the shared one, and each feature's own. */
function isCatalog(file: string): boolean {
  return file === join(RENDERER, 'shared/strings.ts') || file.endsWith('-strings.ts');
}

/** Attributes whose value a user sees or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

/** In markup, any text with a letter in it is read by the user. */
function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** KeyboardEvent.key names a script compares with: code, not text. */
const KEY_NAMES = new Set(['Enter', 'Escape', 'Tab', 'Home', 'End', 'ArrowUp', 'ArrowDown']);

/** In code, prose: a Swedish letter, two words in a row, or a capitalised word (not a CamelCase name, not a key's name). */
function looksLikeUserText(text: string): boolean {
  const trimmed = text.trim();
  if (KEY_NAMES.has(trimmed)) return false;
  if (/[åäöÅÄÖé]/.test(trimmed)) return true;
  if (/\p{L}{2,}\s+\p{L}{2,}/u.test(trimmed)) return true;
  return /^[A-Z][a-z]{2,}$/.test(trimmed);
}

async function filesUnder(folder: string, extension: RegExp): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && extension.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

function literalsIn(source: string, fileName: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true));
  return found;
}

interface SvelteNode {
  type: string;
  data?: string;
  name?: string;
  value?: unknown;
  [key: string]: unknown;
}

function markupTextIn(node: unknown, found: string[]): string[] {
  if (Array.isArray(node)) {
    for (const child of node) markupTextIn(child, found);
    return found;
  }
  if (typeof node !== 'object' || node === null) return found;
  const current = node as SvelteNode;
  if (current.type === 'Text' && typeof current.data === 'string') found.push(current.data);
  if (current.type === 'Attribute') {
    if (typeof current.name === 'string' && TEXT_ATTRIBUTES.has(current.name) && Array.isArray(current.value)) {
      for (const part of current.value as SvelteNode[]) if (part.type === 'Text' && typeof part.data === 'string') found.push(part.data);
    }
    return found;
  }
  for (const [key, child] of Object.entries(current)) {
    if (key !== 'parent' && key !== 'instance' && key !== 'module' && key !== 'css') markupTextIn(child, found);
  }
  return found;
}

async function uncataloguedTexts(): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await filesUnder(RENDERER, /\.svelte$/)) {
    const source = await readFile(file, 'utf8');
    const ast = parse(source, { modern: true });
    // Svelte's AST gives each script's content its place in the source, as every node has.
    const scripts = [ast.instance, ast.module].flatMap((script) => {
      const place = script?.content as { start: number; end: number } | undefined;
      return place ? [source.slice(place.start, place.end)] : [];
    });
    const texts = [...markupTextIn(ast.fragment, []).filter(hasLetters), ...scripts.flatMap((script) => literalsIn(script, file)).filter(looksLikeUserText)];
    for (const text of texts) problems.push(`${relative(ROOT, file)}: ${JSON.stringify(text.trim())}`);
  }
  for (const file of await filesUnder(RENDERER, /\.ts$/)) {
    // A part of the catalog is the text itself; a unit test beside a module is not shown to anyone.
    if (isCatalog(file) || file.endsWith('.test.ts')) continue;
    for (const text of literalsIn(await readFile(file, 'utf8'), file).filter(looksLikeUserText))
      problems.push(`${relative(ROOT, file)}: ${JSON.stringify(text)}`);
  }
  return problems;
}

describe('the string catalog', () => {
  test('the check sees text in markup, in accessible names and in scripts', () => {
    expect(markupTextIn(parse('<p>{count} ifyllda</p><button aria-label="Rapport">↑</button>', { modern: true }).fragment, []).filter(hasLetters)).toEqual([
      ' ifyllda',
      'Rapport',
    ]);
    expect(literalsIn("notices.error('Förhandsvisningens server svarar inte.');", 'x.ts').filter(looksLikeUserText)).toEqual([
      'Förhandsvisningens server svarar inte.',
    ]);
    expect(['content-type', 'application/json', 'ApiError', 'reports:list', 'unreachable', 'POST', 'Enter', 'Escape'].filter(looksLikeUserText)).toEqual([]);
    expect(['Spara', 'Enter igen'].filter(looksLikeUserText)).toEqual(['Spara', 'Enter igen']);
  });

  test('no user-visible text in the renderer outside the catalog', async () => {
    expect(await uncataloguedTexts()).toEqual([]);
  });

  test('the catalog has a part for each feature, and every part is read as catalog, not as a screen', async () => {
    const parts = (await filesUnder(RENDERER, /\.ts$/))
      .filter(isCatalog)
      .map((file) => relative(RENDERER, file))
      .sort();
    expect(parts).toEqual([
      'compilation/compilation-strings.ts',
      'editor/editor-strings.ts',
      'import/import-strings.ts',
      'reports/reports-strings.ts',
      'sending/sending-strings.ts',
      'settings/settings-strings.ts',
      'shared/strings.ts',
    ]);
    // A part's texts are user text: were it read as a screen, the check would name them.
    const compilationPart = await readFile(join(RENDERER, 'compilation/compilation-strings.ts'), 'utf8');
    expect(literalsIn(compilationPart, 'compilation-strings.ts').filter(looksLikeUserText).length).toBeGreaterThan(20);
  });
});
