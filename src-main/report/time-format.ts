// Every time the app shows, in one place: in Stockholm time, whatever zone the computer's
// clock is set to. The city, its receiver and its deadlines count in Stockholm time, so one
// instant (a receipt, a save) reads the same in every screen, on the command line and in every
// document, on every computer. Pure; the renderer uses it too.

const ZONE = 'Europe/Stockholm';

const PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const LONG_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });

const UNKNOWN = 'okänd tid';

/** The instant, or undefined for what is not one (and for the epoch, which a file gives when it knows no time). */
function instant(iso: string): Date | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) || time === 0 ? undefined : new Date(time);
}

function parts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const found = Object.fromEntries(PARTS.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: found.year ?? '',
    month: found.month ?? '',
    day: found.day ?? '',
    hour: found.hour ?? '',
    minute: found.minute ?? '',
    second: found.second ?? '',
  };
}

/** "2026-09-14 10:02". */
export function formatDateTime(iso: string): string {
  const date = instant(iso);
  if (date === undefined) return UNKNOWN;
  const { year, month, day, hour, minute } = parts(date);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** "2026-09-14". */
export function formatDate(iso: string): string {
  const date = instant(iso);
  if (date === undefined) return UNKNOWN;
  const { year, month, day } = parts(date);
  return `${year}-${month}-${day}`;
}

/** "14:32:05". */
export function formatTimeOfDay(iso: string): string {
  const date = instant(iso);
  if (date === undefined) return UNKNOWN;
  const { hour, minute, second } = parts(date);
  return `${hour}:${minute}:${second}`;
}

/** "27 november 2026 kl. 14:32" ("kl." written here: ICU versions differ on it). */
export function formatLongDateTime(iso: string): string {
  const date = instant(iso);
  if (date === undefined) return UNKNOWN;
  const { hour, minute } = parts(date);
  return `${LONG_DATE.format(date)} kl. ${hour}:${minute}`;
}

/**
 * The time as it reads on a clock in Stockholm, held in a Date's UTC fields: for a format that
 * stores a time with no zone (an Excel cell), where it must read as it does on screen.
 */
export function stockholmWallClock(iso: string): Date | undefined {
  const date = instant(iso);
  if (date === undefined) return undefined;
  const { year, month, day, hour, minute, second } = parts(date);
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
}

/** "27 november 2026". */
export function formatLongDate(iso: string): string {
  const date = instant(iso);
  return date === undefined ? UNKNOWN : LONG_DATE.format(date);
}

/** A calendar day as stored ("2026-09-15"), in words ("15 september 2026"); noon UTC is that day in Stockholm too. */
export function formatDay(day: string): string {
  return formatLongDate(`${day}T12:00:00Z`);
}
