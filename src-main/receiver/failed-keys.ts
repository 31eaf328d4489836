// Guessing sender keys is made slow: each client address may present an unknown or missing key
// a few times a minute; past that, every request from it is answered 429 with Retry-After
// until the minute is over. The failures are logged once a minute per address, not once a
// request, so a flood cannot fill the operator's log.
//
// Written here rather than with @fastify/rate-limit: that plugin counts every request, while
// the city's laptops may all reach the receiver from one address (its proxy), so only failed
// keys may count against an address, never the committees' own submissions.

const WINDOW_MS = 60_000;
const ALLOWED_FAILURES = 10;
/** Addresses tracked at once; past this the oldest minute's are forgotten first. */
const MAX_ADDRESSES = 10_000;

interface Window {
  startedAt: number;
  failures: number;
  turnedAway: number;
}

export class FailedKeys {
  readonly #windows = new Map<string, Window>();

  constructor(
    private readonly log: (message: string, fields: { client: string; failures: number; turnedAway: number }) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the address must wait before it may try again (and one more request turned away), or undefined when it may now. */
  turnAway(address: string): number | undefined {
    const seconds = this.secondsLeft(address);
    const window = this.#windows.get(address);
    if (seconds !== undefined && window !== undefined) window.turnedAway += 1;
    return seconds;
  }

  /** Seconds until the address may try again, or undefined when it may now. */
  secondsLeft(address: string): number | undefined {
    const window = this.#current(address);
    if (window === undefined || window.failures < ALLOWED_FAILURES) return undefined;
    return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - this.now()) / 1000));
  }

  /** One more unknown or missing key from the address. */
  failed(address: string): void {
    let window = this.#current(address);
    if (window === undefined) {
      if (this.#windows.size >= MAX_ADDRESSES) this.#forgetOldest();
      window = { startedAt: this.now(), failures: 0, turnedAway: 0 };
      this.#windows.set(address, window);
    }
    window.failures += 1;
  }

  /** Logs and forgets the minutes that are over (every minute, so a flood that stopped is reported too). */
  sweep(): void {
    for (const address of [...this.#windows.keys()]) this.#current(address);
  }

  /** Logs what is left of the current minutes (when the receiver stops). */
  flush(): void {
    for (const [address, window] of this.#windows) this.#report(address, window);
    this.#windows.clear();
  }

  /** The address's window if it is still running; an ended one is logged and forgotten. */
  #current(address: string): Window | undefined {
    const window = this.#windows.get(address);
    if (window === undefined) return undefined;
    if (this.now() - window.startedAt < WINDOW_MS) return window;
    this.#report(address, window);
    this.#windows.delete(address);
    return undefined;
  }

  #forgetOldest(): void {
    const [oldest] = this.#windows;
    if (oldest === undefined) return;
    this.#report(...oldest);
    this.#windows.delete(oldest[0]);
  }

  #report(address: string, window: Window): void {
    const turnedAway = window.turnedAway === 0 ? '' : `; därefter ${window.turnedAway} förfrågningar avvisade med 429`;
    this.log(
      `${address}: ${window.failures} försök med okänd eller saknad avsändarnyckel under en minut från ${new Date(window.startedAt).toISOString()}${turnedAway}.`,
      { client: address, failures: window.failures, turnedAway: window.turnedAway },
    );
  }
}
