/** A chosen file's bytes as base64, the form in which they travel to the main process. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunde inte läsas.'));
    reader.readAsDataURL(file);
  });
}
