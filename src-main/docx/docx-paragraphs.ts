// The body of a Word document as a flat list of paragraphs, in reading order (table cells
// included), with what the form reader needs: the text (tabs and line breaks kept), the
// heading level from the paragraph style, whether every run is bold, whether it is a list
// item, and whether its text sits in a content control (w:sdt), or is a control's untouched
// placeholder. mammoth drops content controls, so the XML is read here directly.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../errors/app-error.ts';

export interface DocxParagraph {
  text: string;
  /** 0 for the Title style, 1 for Heading 1, ...; undefined for body text. */
  headingLevel: number | undefined;
  bold: boolean;
  list: boolean;
  inContentControl: boolean;
  /** The innermost content control its text sits in: its tag and its title, where it has them. */
  control?: ControlLabel;
}

/** What a content control says of itself: w:tag (for programs) and w:alias (the title Word shows). */
export interface ControlLabel {
  tag?: string;
  title?: string;
}

const MAX_DEPTH = 256;
/**
 * Far more than any report, or any Word document of a few hundred pages, has; a file of
 * millions of empty elements (a "paragraph bomb", 100 kB zipped) is refused at the limit,
 * before it can take the memory or the time, instead of being read to the end.
 */
const MAX_ELEMENTS = 3_000_000;
const MAX_PARAGRAPHS = 100_000;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function notThisFormat(message: string): AppError {
  return new AppError('invalid-request', message);
}

export function parseXml(
  xml: string,
  onOpen: (tag: SaxesTagNS, depth: number) => void,
  onClose: (tag: SaxesTagNS, depth: number) => void,
  onText: (text: string) => void,
): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw notThisFormat('Dokumentet innehåller en DOCTYPE eller egna entiteter, vilket Word-dokument aldrig gör. Det öppnas inte.');
  }
  const parser = new SaxesParser({ xmlns: true, position: false });
  let depth = 0;
  let elements = 0;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    elements += 1;
    // Thrown out of the parser at once: nothing after this element is read.
    if (elements > MAX_ELEMENTS) {
      throw notThisFormat(`Dokumentet har fler än ${MAX_ELEMENTS.toLocaleString('sv-SE')} XML-element, mycket fler än en rapport har. Det öppnas inte.`);
    }
    if (depth > MAX_DEPTH) failure ??= new Error('too deep');
    onOpen(tag, depth);
  });
  parser.on('closetag', (tag) => {
    onClose(tag, depth);
    depth -= 1;
  });
  parser.on('text', onText);
  parser.write(xml).close();
  if (failure?.message === 'too deep')
    throw notThisFormat(`Dokumentet är nästlat djupare än ${MAX_DEPTH} nivåer, vilket Word-dokument inte är. Det öppnas inte.`);
  if (failure) throw notThisFormat(`Dokumentets innehåll är inte giltig XML (${failure.message.split('\n')[0]}). Det kan vara skadat.`);
}

export function attribute(tag: SaxesTagNS, localName: string): string | undefined {
  for (const attr of Object.values(tag.attributes)) {
    if (attr.local === localName && (attr.uri === W || attr.uri === '')) return attr.value;
  }
  return undefined;
}

function isOn(tag: SaxesTagNS): boolean {
  const value = attribute(tag, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** Paragraph style ids mapped to heading levels, from word/styles.xml. */
function readHeadingStyles(stylesXml: string | undefined): Map<string, number> {
  const levels = new Map<string, number>();
  if (stylesXml === undefined) return levels;
  let styleId: string | undefined;
  parseXml(
    stylesXml,
    (tag) => {
      if (tag.uri !== W) return;
      if (tag.local === 'style') styleId = attribute(tag, 'styleId');
      if (tag.local === 'name' && styleId !== undefined) {
        const name = (attribute(tag, 'val') ?? '').toLowerCase();
        const heading = /^heading (\d)$/.exec(name);
        if (heading?.[1]) levels.set(styleId, Number(heading[1]));
        else if (name === 'title') levels.set(styleId, 0);
      }
    },
    () => undefined,
    () => undefined,
  );
  return levels;
}

function headingLevelFromId(styleId: string, styles: Map<string, number>): number | undefined {
  const known = styles.get(styleId);
  if (known !== undefined) return known;
  // Without styles.xml: the built-in ids in English and Swedish Word.
  const match = /^(?:heading|rubrik)(\d)$/i.exec(styleId);
  if (match?.[1]) return Number(match[1]);
  return /^(title|rubrik)$/i.test(styleId) ? 0 : undefined;
}

interface ParagraphInProgress {
  text: string;
  styleId: string | undefined;
  list: boolean;
  textRuns: number;
  boldRuns: number;
  contentControlText: boolean;
  control: ControlLabel | undefined;
}

/** A control's tag and title, where it has either. */
function controlOf(control: ControlLabel | undefined): ControlLabel | undefined {
  if (control === undefined || (control.tag === undefined && control.title === undefined)) return undefined;
  return { ...(control.tag === undefined ? {} : { tag: control.tag }), ...(control.title === undefined ? {} : { title: control.title }) };
}

export function readParagraphs(documentXml: string, stylesXml?: string): DocxParagraph[] {
  const styles = readHeadingStyles(stylesXml);
  const paragraphs: DocxParagraph[] = [];
  let current: ParagraphInProgress | undefined;
  let runBold = false;
  let runHasText = false;
  let inRunProperties = false;
  let textTarget: 'text' | 'ignore' | undefined;
  // Content controls and regions to skip may nest; each stack holds the depth they opened at.
  const contentControls: (ControlLabel & { depth: number; placeholder: boolean })[] = [];
  let inControlProperties = false;
  let skipUntilDepth: number | undefined;

  const inPlaceholder = (): boolean => contentControls.some((control) => control.placeholder);

  parseXml(
    documentXml,
    (tag, depth) => {
      if (skipUntilDepth !== undefined) return;
      // Deleted text, text boxes (their own paragraphs) and fallback copies are not the body.
      if ((tag.uri === W && ['del', 'moveFrom', 'txbxContent', 'instrText', 'delText'].includes(tag.local)) || (tag.uri === MC && tag.local === 'Fallback')) {
        skipUntilDepth = depth;
        return;
      }
      if (tag.uri !== W) return;
      switch (tag.local) {
        case 'p':
          if (paragraphs.length >= MAX_PARAGRAPHS) {
            throw notThisFormat(`Dokumentet har fler än ${MAX_PARAGRAPHS.toLocaleString('sv-SE')} stycken, mycket fler än en rapport har. Det öppnas inte.`);
          }
          current = {
            text: '',
            styleId: undefined,
            list: false,
            textRuns: 0,
            boldRuns: 0,
            contentControlText: false,
            control: controlOf(contentControls.at(-1)),
          };
          break;
        case 'pStyle':
          if (current) current.styleId = attribute(tag, 'val');
          break;
        case 'numPr':
          if (current) current.list = true;
          break;
        case 'sdt':
          contentControls.push({ depth, placeholder: false });
          break;
        case 'sdtPr':
          inControlProperties = true;
          break;
        case 'tag':
        case 'alias': {
          const control = contentControls.at(-1);
          const value = attribute(tag, 'val');
          if (control && inControlProperties && value !== undefined) control[tag.local === 'tag' ? 'tag' : 'title'] = value;
          break;
        }
        case 'showingPlcHdr': {
          const control = contentControls.at(-1);
          if (control) control.placeholder = true;
          break;
        }
        case 'r':
          runBold = false;
          runHasText = false;
          break;
        case 'rPr':
          inRunProperties = true;
          break;
        case 'b':
          if (inRunProperties) runBold = isOn(tag);
          break;
        case 't':
          textTarget = inPlaceholder() ? 'ignore' : 'text';
          break;
        case 'tab':
          if (current && !inRunProperties && !inPlaceholder()) current.text += '\t';
          break;
        case 'br':
        case 'cr':
          if (current && !inPlaceholder() && attribute(tag, 'type') !== 'page') current.text += '\n';
          break;
        case 'noBreakHyphen':
          if (current && !inPlaceholder()) current.text += '\u2011';
          break;
        case 'softHyphen':
          if (current && !inPlaceholder()) current.text += '\u00ad';
          break;
      }
    },
    (tag, depth) => {
      if (skipUntilDepth !== undefined) {
        if (depth === skipUntilDepth) skipUntilDepth = undefined;
        return;
      }
      if (tag.uri !== W) return;
      switch (tag.local) {
        case 't':
          textTarget = undefined;
          break;
        case 'rPr':
          inRunProperties = false;
          break;
        case 'r':
          if (current && runHasText) {
            current.textRuns += 1;
            if (runBold) current.boldRuns += 1;
          }
          break;
        case 'sdtPr':
          inControlProperties = false;
          break;
        case 'sdt':
          contentControls.pop();
          break;
        case 'p':
          if (current) {
            paragraphs.push({
              text: current.text,
              headingLevel: current.styleId === undefined ? undefined : headingLevelFromId(current.styleId, styles),
              bold: current.textRuns > 0 && current.boldRuns === current.textRuns,
              list: current.list,
              inContentControl: current.contentControlText || contentControls.length > 0,
              ...(current.control === undefined ? {} : { control: current.control }),
            });
          }
          current = undefined;
          break;
      }
    },
    (text) => {
      if (skipUntilDepth !== undefined || textTarget === undefined || !current) return;
      if (contentControls.length > 0) {
        current.contentControlText = true;
        current.control ??= controlOf(contentControls.at(-1));
      }
      if (textTarget === 'ignore') return;
      current.text += text;
      if (text.trim() !== '') runHasText = true;
    },
  );
  return paragraphs;
}
