// node:util's parseArgs speaks English; the command lines (the app's and the receiver's) say
// what it found wrong in Swedish, naming the option.
import { errnoCode } from './app-error.ts';

/** The problem in Swedish, or undefined when the error is not parseArgs's. */
export function parseArgsProblem(error: unknown): string | undefined {
  const code = errnoCode(error) ?? '';
  if (!code.startsWith('ERR_PARSE_ARGS') || !(error instanceof Error)) return undefined;
  const option = /'(-[^',\s]+)/.exec(error.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Okänd flagga: ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Flaggan ${option} används fel (den behöver ett värde, eller tar inget).`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'För många argument: kontrollera kommandot.';
  return 'Argumenten kunde inte läsas.';
}
