import { text } from './strings.ts';

/** A chosen file's bytes as base64, the form in which they travel to the main process. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(text.fileUnreadable));
    reader.readAsDataURL(file);
  });
}
