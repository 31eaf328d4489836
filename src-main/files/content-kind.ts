// What a file is, told by its first bytes, never by its name: a report file (JSON), a zip
// archive (a .docx), or an OLE compound file (an old .doc, or a password-protected .docx).

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WHITE_SPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
const ZIP_SIGNATURE = [0x50, 0x4b];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** A report file starts with "{", after white space or a byte-order mark. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (offset < bytes.length && WHITE_SPACE.has(bytes[offset] ?? 0)) offset += 1;
  return bytes[offset] === 0x7b;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}
