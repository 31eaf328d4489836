// What a valid setting is: the receiving address and e-mail addresses, checked the same way
// in the settings screen (beside the field) and in the main process. Pure.

// Something before "@", a domain with a dot in it, no spaces: enough to catch "moa@" or a
// name typed in the wrong field, without refusing an address a mail server would take.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function isEmailAddress(text: string): boolean {
  return EMAIL_ADDRESS.test(text.trim());
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why an address cannot be the receiver's, in Swedish; undefined when it can. */
export function receiverUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Ange en hel adress, t.ex. https://rapporter.stockholm.se/inlamning.';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol === 'http:') return 'Adressen måste börja med https://, så att rapporten inte kan läsas på vägen (http:// går bara till den egna datorn).';
  return 'Adressen måste börja med https://.';
}

/** A key as the receiver makes them: printable ASCII without spaces. */
function isKeyShaped(text: string): boolean {
  return /^[\x21-\x7e]{8,500}$/.test(text.trim());
}

/** Why a sender key cannot be one, in Swedish; undefined when it can (or is empty: none). */
export function senderKeyProblem(text: string): string | undefined {
  if (text.trim() === '' || isKeyShaped(text)) return undefined;
  return 'Avsändarnyckeln ska vara den nyckel du fått av stadsledningskontoret, utan mellanslag.';
}

/** Why a coordinator key cannot be one, in Swedish; undefined when it can (or is empty: none). */
export function coordinatorKeyProblem(text: string): string | undefined {
  if (text.trim() === '' || isKeyShaped(text)) return undefined;
  return 'Samordnarnyckeln ska vara den nyckel du fått för mottagaren, utan mellanslag.';
}
