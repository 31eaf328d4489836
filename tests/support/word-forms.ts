// Filled-in Word forms built by the tests, in the shapes found in circulation: the city's
// template with content controls, the form typed as plain paragraphs, and hostile files.
import JSZip from 'jszip';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A paragraph; `bold` makes every run bold, `style` sets the paragraph style id. */
export function paragraph(text: string, options: { bold?: boolean; style?: string } = {}): string {
  const properties = options.style ? `<w:pPr><w:pStyle w:val="${options.style}"/></w:pPr>` : '';
  const runProperties = options.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${properties}<w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A paragraph whose text is a content control; an empty text shows the template's placeholder. */
export function controlParagraph(text: string): string {
  const placeholder = text === '';
  const shown = placeholder ? 'Klicka här för att ange text.' : text;
  return `<w:p><w:sdt><w:sdtPr>${placeholder ? '<w:showingPlcHdr/>' : ''}<w:id w:val="1"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">${escapeXml(shown)}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
}

/** A block-level content control holding several paragraphs (Word does this for multi-paragraph answers). */
export function controlBlock(paragraphs: string[]): string {
  return `<w:sdt><w:sdtPr><w:id w:val="2"/></w:sdtPr><w:sdtContent>${paragraphs.map((text) => paragraph(text)).join('')}</w:sdtContent></w:sdt>`;
}

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export async function buildDocx(document: string, extra: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/document.xml', document);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const INTRODUCTION_2022 =
  'För att nå resultat och sammanhållet kunna kommunicera hur arbetet med att stötta näringslivet fortskrider kommer stadsledningskontoret samlat följa arbetet. I samband med stadens tertialrapporter och verksamhetsberättelse ska en särskild näringslivsrapport tas fram som beskriver rådande läge i stadens näringslivsarbete med näringslivspolicyns fyra fokusområden som grund. Underlaget för den uppföljningen utgör ett komplement till ordinarie rapportering i ILS och omfattar uppdrag, direktiv och aktiviteter i budget 2022 som bedöms vara av vikt för att samlat ge en bild av pågående näringslivsarbete.';

export interface RawZipEntry {
  name: string;
  /** The bytes as stored (deflated for method 8). */
  data: Buffer;
  method: 0 | 8;
  declaredSize: number;
  /** The CRC-32 written in the directory; 0 unless given. */
  crc?: number;
  /** General purpose flags (bit 0: encrypted). */
  flags?: number;
}

/**
 * A zip written byte by byte, so a test can make its declared sizes, CRCs and flags lie, or
 * write it the zip64 way (sizes and offsets in zip64 records) as some tools do.
 */
export function rawZip(entries: RawZipEntry[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 ?? false;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc ?? 0, 16);
    central.writeUInt16LE(name.length, 28);
    let extra = Buffer.alloc(0);
    if (zip64) {
      central.writeUInt32LE(0xffffffff, 20);
      central.writeUInt32LE(0xffffffff, 24);
      central.writeUInt32LE(0xffffffff, 42);
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(entry.declaredSize), 4);
      extra.writeBigUInt64LE(BigInt(entry.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt16LE(extra.length, 30);
    } else {
      central.writeUInt32LE(entry.data.length, 20);
      central.writeUInt32LE(entry.declaredSize, 24);
      central.writeUInt32LE(offset, 42);
    }
    locals.push(local, name, entry.data);
    centrals.push(central, name, extra);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  if (!zip64) {
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}
