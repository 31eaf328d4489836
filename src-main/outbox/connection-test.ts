// "Testa anslutningen": one request to the receiver, the same way a submission goes (the same
// connection, proxy and certificates), with the sender key, answering which organisation the
// key belongs to, or what is wrong, in Swedish. Nothing is sent and nothing is stored.
import { jsonOf } from '../network/answer-body.ts';
import { describeFetchFailure } from '../network/fetch-failure.ts';
import type { HttpResponse, ReceiverConnection } from '../network/receiver-connection.ts';
import { bearerHeader, HEADERS, refusalAnswerSchema, senderAnswerSchema, senderCheckUrl } from '../protocol/submission-protocol.ts';
import { receiverUrlProblem } from '../report/settings-rules.ts';

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
}

const TEST_TIMEOUT_MS = 15_000;

export async function testConnection(
  receiverUrl: string | undefined,
  senderKey: string | undefined,
  connection: ReceiverConnection,
  timeoutMs = TEST_TIMEOUT_MS,
): Promise<ConnectionTestResult> {
  if (receiverUrl === undefined || receiverUrl.trim() === '') return { ok: false, message: 'Ange mottagningsadressen först.' };
  const problem = receiverUrlProblem(receiverUrl);
  if (problem !== undefined) return { ok: false, message: `Mottagningsadress: ${problem}` };
  const url = senderCheckUrl(receiverUrl.trim());
  const { host } = new URL(url);
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = senderKey?.trim();
  if (key) headers[HEADERS.authorization] = bearerHeader(key);

  let response: HttpResponse;
  try {
    response = await connection.fetch(url, { method: 'GET', headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const failure = describeFetchFailure(error, { url, proxy: connection.proxyFor(url), timeoutMs, online: connection.online() });
    return { ok: false, message: failure.problem };
  }
  const answer = await jsonOf(response);
  const sender = senderAnswerSchema.safeParse(answer);
  if (response.ok && sender.success) {
    if (!sender.data.keysRequired) return { ok: true, message: `Anslutningen fungerar: mottagaren på ${host} svarade. Den kräver ingen avsändarnyckel.` };
    return { ok: true, message: `Anslutningen fungerar: mottagaren på ${host} svarade, och avsändarnyckeln hör till ${sender.data.organisation}.` };
  }
  const refusal = refusalAnswerSchema.safeParse(answer);
  const said = refusal.success ? ` Mottagaren: "${refusal.data.error}"` : '';
  if (response.status === 401) {
    return { ok: false, message: `Mottagaren på ${host} svarade, men godtog inte avsändarnyckeln.${said} Kontrollera nyckeln.` };
  }
  if (!refusal.success && !sender.success) {
    return {
      ok: false,
      message: `Adressen ${host} svarade (${response.status}), men inte som stadens mottagare. Kontrollera mottagningsadressen; en proxy kan också ha svarat i dess ställe.`,
    };
  }
  return { ok: false, message: `Mottagaren på ${host} svarade ${response.status}.${said}` };
}
