// How free text becomes Word structure: a blank line separates paragraphs, a single line
// break stays a line break inside its paragraph, and lines that start with "- " or "• " are
// items of a bullet list. Pure, so the import can read it back the same way.

export type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'bullet'; text: string };

const BULLET = /^\s*(?:-|•|–)\s+/;

export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    const flush = (): void => {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      lines = [];
    };
    for (const line of chunk.split('\n')) {
      if (isBulletLine(line)) {
        flush();
        blocks.push({ kind: 'bullet', text: line.replace(BULLET, '') });
      } else {
        lines.push(line);
      }
    }
    flush();
  }
  return blocks;
}
