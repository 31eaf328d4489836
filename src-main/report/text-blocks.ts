// How an answer's free text maps to Word structure, both ways: a blank line separates
// paragraphs, a single line break stays a break inside its paragraph, and lines that start
// with "- " or "• " are bullet-list items. Blank lines at the edges of a paragraph, and
// paragraphs that are only the template's placeholder, carry nothing and are dropped, so
// that text -> blocks -> text is stable and the export and the import agree. Pure.
import { isPlaceholder } from './empty-text.ts';

export type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'bullet'; text: string };

const BULLET = /^\s*(?:-|•|–)\s+/;

function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end);
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    const flush = (): void => {
      const kept = trimBlankLines(lines);
      if (kept.length > 0 && !isPlaceholder(kept.join('\n'))) blocks.push({ kind: 'paragraph', lines: kept });
      lines = [];
    };
    for (const line of chunk.split('\n')) {
      if (isBulletLine(line)) {
        flush();
        const item = line.replace(BULLET, '');
        if (!isPlaceholder(item)) blocks.push({ kind: 'bullet', text: item });
      } else {
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}

export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block, index) => {
      const text = block.kind === 'bullet' ? `- ${block.text}` : block.lines.join('\n');
      if (index === 0) return text;
      const previous = blocks[index - 1];
      return (block.kind === 'bullet' || previous?.kind === 'bullet' ? '\n' : '\n\n') + text;
    })
    .join('');
}

/** The form a text takes after a trip through Word and back. */
export function canonicalText(text: string): string {
  return blocksToText(textToBlocks(text));
}
