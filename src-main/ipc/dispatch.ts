// The one place a call from the renderer is checked and run, for the Electron IPC and for
// the preview server alike: the name must be in the contract, the input must pass its
// schema, and every failure comes back as a message the user can read.
import { AppError, unexpectedErrorMessage } from '../errors/app-error.ts';
import { describeInputIssue } from '../report/input-problems.ts';
import { contract, isChannel, type Envelope, type Handlers } from './contract.ts';

export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return failure(new AppError('invalid-request', 'Okänd begäran.'));
  }
  const parsed = contract[channel].input.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return failure(new AppError('invalid-request', `Uppgifterna kunde inte tas emot: ${describeInputIssue(parsed.error.issues[0])}.`));
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): Envelope<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { name: error.name, code: error.code, message: error.message } };
  }
  console.error(error);
  return { ok: false, error: { name: 'Error', code: 'unexpected', message: unexpectedErrorMessage(error) } };
}
