// A few at once: the disk, the network and the document worker overlap, and the results keep
// the order of what was given.

export async function mapInFlight<T, R>(values: readonly T[], inFlight: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  async function worker(): Promise<void> {
    for (let index = next++; index < values.length; index = next++) results[index] = await work(values[index] as T);
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, values.length) }, worker));
  return results;
}
