// What the single report's document and the compiled one share: the font and proofing
// language, answers as real paragraphs, line breaks, tabs and bullet items, the bullet list's
// numbering, and the page header and "Sida X av Y" footer.
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type INumberingOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { textToBlocks } from '../report/text-blocks.ts';

export const FONT = 'Calibri';
export const LANGUAGE = { value: 'sv-SE' };
const BULLET_LIST = 'svar-punktlista';

/** A line with tabs as real Word tabs (a literal tab inside a text run is not one). */
export function lineRuns(line: string): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  line.split('\t').forEach((part, index) => {
    if (index > 0) runs.push(new TextRun({ children: [new Tab()] }));
    if (part !== '') runs.push(new TextRun(part));
  });
  return runs;
}

/** Lines joined by real line breaks. */
export function linesRuns(lines: string[]): ParagraphChild[] {
  return lines.flatMap((line, index) => (index === 0 ? lineRuns(line) : [new TextRun({ text: '', break: 1 }), ...lineRuns(line)]));
}

/** An item of the bullet list. */
export function bulletParagraph(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, children, numbering: { reference: BULLET_LIST, level: 0 } });
}

/** A report's free text as paragraphs and bullet items (see text-blocks.ts); none for an empty text. */
export function textBlockParagraphs(text: string, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph[] {
  return textToBlocks(text).map((block) =>
    block.kind === 'bullet' ? bulletParagraph(lineRuns(block.text), options) : new Paragraph({ ...options, children: linesRuns(block.lines) }),
  );
}

/** The bullet list the answers' "- " and "• " lines become. */
export const BULLET_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
      ],
    },
  ],
};

/** The page header: what the document is, small and grey on the right. */
export function labelHeader(label: string): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: label, size: 18, color: '595959' })] })],
  });
}

export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
