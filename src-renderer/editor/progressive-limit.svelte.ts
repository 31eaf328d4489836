// A long report is put on screen in steps: the first questions at once, so the form can be
// used immediately, then the rest a chunk per task, so typing never waits for all of it.
const FIRST_CHUNK = 4;
const NEXT_CHUNK = 16;

export class ProgressiveLimit {
  limit = $state(FIRST_CHUNK);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Starts growing after the first paint, until `total()` items are shown. */
  start(total: () => number): void {
    const grow = (): void => {
      if (this.limit >= total()) {
        this.limit = Number.POSITIVE_INFINITY;
        return;
      }
      this.limit += NEXT_CHUNK;
      this.#timer = setTimeout(grow);
    };
    requestAnimationFrame(() => {
      this.#timer = setTimeout(grow);
    });
  }

  /** Everything at once: before the focus moves to a question further down. */
  showAll(): void {
    clearTimeout(this.#timer);
    this.limit = Number.POSITIVE_INFINITY;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
