// Files built to break the import, each with the Swedish message it must get. Shared by the
// import service's tests and the command line's, which must say the same.
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { buildDocx, documentXml, paragraph, rawZip } from './word-forms.ts';

const deepXml = documentXml(`${'<w:sdt><w:sdtContent>'.repeat(400)}${paragraph('djupt')}${'</w:sdtContent></w:sdt>'.repeat(400)}`);
const entityXml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${documentXml(paragraph('&b;')).replace(/^<\?xml[^>]*\?>/, '')}`;

/** A .docx whose document.xml is ten million `<w:p/>`: 60 MB unpacked, about 60 kB as a file. */
export function paragraphBomb(paragraphs = 10_000_000): Buffer {
  const [open = '', close = ''] = documentXml('\u0000').split('\u0000');
  const xml = Buffer.concat([Buffer.from(open), Buffer.alloc(paragraphs * 6, '<w:p/>'), Buffer.from(close)]);
  return rawZip([{ name: 'word/document.xml', data: deflateRawSync(xml), method: 8, declaredSize: xml.length, crc: crc32(xml) }]);
}

export const HOSTILE_FILES: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
  ['not a zip', () => Buffer.from('Det här är ingen Word-fil.'), /inte ett Word-dokument/],
  [
    'a password-protected .docx (an OLE file)',
    () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
    /lösenordsskyddad eller sparad i det äldre Word-formatet/,
  ],
  [
    'a zip bomb by declared size',
    () => rawZip([{ name: 'word/document.xml', data: deflateRawSync(Buffer.from(documentXml(''))), method: 8, declaredSize: 0xfffffff0 }]),
    /säger sig vara \d+ MB uppackad/,
  ],
  [
    'a zip bomb by actual size',
    () => rawZip([{ name: 'word/document.xml', data: deflateRawSync(Buffer.alloc(200 * 1024 * 1024, 0x20)), method: 8, declaredSize: 1000 }]),
    /zip-bomb/,
  ],
  ['a DOCTYPE with entity expansion', () => buildDocx(entityXml), /DOCTYPE eller egna entiteter/],
  [
    'thousands of entries',
    async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', documentXml(paragraph('UPPFÖLJNINGSRAPPORT NÄRINGSLIV')));
      for (let index = 0; index < 3_000; index += 1) zip.file(`word/media/bild${index}.png`, 'x');
      return zip.generateAsync({ type: 'nodebuffer' });
    },
    /innehåller 300\d delar, fler än ett Word-dokument har/,
  ],
  ['50 MB', () => Buffer.concat([Buffer.from('PK'), Buffer.alloc(51 * 1024 * 1024)]), /Filen rapport.docx är 51 MB, större än en rapport rimligen är/],
  [
    'a Word file that is not this form',
    () => buildDocx(documentXml(paragraph('Protokoll från styrelsemötet') + paragraph('Närvarande: alla.'))),
    /ser inte ut som en uppföljningsrapport näringsliv/,
  ],
  ['nesting 800 levels deep', () => buildDocx(deepXml), /nästlat djupare än 256 nivåer/],
  // 60 MB of empty paragraphs in about 60 kB: under the unpacked limit, over the paragraph limit.
  ['a paragraph bomb (ten million empty paragraphs)', () => paragraphBomb(), /har fler än 100\s000 stycken, mycket fler än en rapport har/],
  [
    'a zip without a Word document in it',
    async () => {
      const zip = new JSZip();
      zip.file('hej.txt', 'hej');
      return zip.generateAsync({ type: 'nodebuffer' });
    },
    /word\/document.xml saknas/,
  ],
];
