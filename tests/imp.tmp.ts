import { readFile } from 'node:fs/promises';
import { readDocxForm } from '../src-main/import/read-docx.ts';
console.log(JSON.stringify(readDocxForm(await readFile('/work/shared/form/exempel-idrottsnamnden-2022.docx')), null, 1));
console.log(JSON.stringify(readDocxForm(await readFile('/tmp/ex1.docx')), null, 1));
