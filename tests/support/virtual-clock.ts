// Time for the outbox that passes only when a test says so: a wait of a second or of an hour
// is skipped at once, and the test can see how long each wait would have been.
import type { OutboxClock } from '../../src-main/outbox/outbox-clock.ts';

interface Timer {
  at: number;
  order: number;
  callback: () => void;
}

export class VirtualClock implements OutboxClock {
  #time: number;
  #order = 0;
  readonly #timers = new Set<Timer>();

  constructor(start = new Date('2026-09-14T08:00:00Z')) {
    this.#time = start.getTime();
  }

  now = (): Date => new Date(this.#time);

  setTimer = (callback: () => void, delayMs: number): (() => void) => {
    const timer: Timer = { at: this.#time + Math.max(0, delayMs), order: this.#order++, callback };
    this.#timers.add(timer);
    return () => this.#timers.delete(timer);
  };

  /** How many timers wait to run. */
  get pending(): number {
    return this.#timers.size;
  }

  /** The wait until the next timer, in milliseconds, or undefined when none waits. */
  get nextDelay(): number | undefined {
    const next = this.#earliest();
    return next === undefined ? undefined : next.at - this.#time;
  }

  /** Moves time on to the next timer and runs every timer due by then; returns how far it moved. */
  advanceToNext(): number {
    const next = this.#earliest();
    if (next === undefined) throw new Error('No timer is waiting.');
    const moved = next.at - this.#time;
    this.advance(moved);
    return moved;
  }

  /** Moves time on and runs every timer due by then, in order. */
  advance(ms: number): void {
    this.#time += ms;
    for (;;) {
      const due = this.#earliest();
      if (due === undefined || due.at > this.#time) return;
      this.#timers.delete(due);
      due.callback();
    }
  }

  #earliest(): Timer | undefined {
    let earliest: Timer | undefined;
    for (const timer of this.#timers)
      if (earliest === undefined || timer.at < earliest.at || (timer.at === earliest.at && timer.order < earliest.order)) earliest = timer;
    return earliest;
  }
}
