// The outbox's time: what time it is, and a timer for the next try. The app runs on the
// system's; tests pass a clock of their own, so a wait of a minute is tested without one.
export interface OutboxClock {
  now(): Date;
  /** Runs `callback` after `delayMs`; the function returned cancels it. */
  setTimer(callback: () => void, delayMs: number): () => void;
}

export const SYSTEM_CLOCK: OutboxClock = {
  now: () => new Date(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    // A waiting entry must not keep a command-line run or a test alive; the app runs anyway.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
