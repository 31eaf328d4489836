// The receiver at the deadline: 45 committees sending the 100-question report at the same
// moment, over loopback, with sender keys, each answered once the version is durable. Its
// peers: the least a durable receiver can do, a bare node:http handler that reads the same
// multipart body, writes the same two parts (write, fsync each file, fsync the folder) and
// answers 201; and the same bare handler running the same checks of both parts (the report
// against the schema, the document as the import reads it) in the same worker pool before it
// answers. Against the first the ratio says what everything the receiver does
// costs; against the second, what the framework and the receiver's own bookkeeping cost.
import { randomBytes } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../../src-main/docx/write-docx.ts';
import { createPartChecks, type PartChecks } from '../../src-main/receiver/part-checks.ts';
import { addSender } from '../../src-main/receiver/senders.ts';
import { newIdempotencyKey, RECEIVER_DOCUMENT_WORKER, send, startTestReceiver, type Payload } from '../support/receiver-client.ts';
import { largeReport } from '../support/reports.ts';
import { makeTempFolder } from '../support/temp-folder.ts';
import { median, ms, percentile, type BenchRow } from './measure.ts';

const SENDERS = 45;
const RUNS = 7;

interface Sender {
  key: string;
  payload: Payload;
}

/** One round: every sender at once; the latency of each, in milliseconds. */
async function round(url: string, senders: Sender[]): Promise<number[]> {
  return Promise.all(
    senders.map(async (sender) => {
      const start = performance.now();
      const answer = await send(url, sender.payload, { key: sender.key, idempotencyKey: newIdempotencyKey() });
      if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status}: ${JSON.stringify(answer.body)}`);
      return performance.now() - start;
    }),
  );
}

async function writeAndFlush(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The parts of a multipart/form-data body, by name: just enough for the bench's own requests. */
function multipartParts(body: Buffer, contentType: string): Map<string, Buffer> {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const dashBoundary = Buffer.from(`--${match?.[1] ?? match?.[2] ?? ''}`);
  const parts = new Map<string, Buffer>();
  let at = body.indexOf(dashBoundary);
  // Each part: the boundary, CRLF, its headers, an empty line, its bytes, CRLF and the next boundary.
  while (at !== -1 && body.subarray(at + dashBoundary.length, at + dashBoundary.length + 2).toString() === '\r\n') {
    const headersStart = at + dashBoundary.length + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), dashBoundary]), headersEnd);
    if (headersEnd === -1 || next === -1) break;
    const name = /name="([^"]*)"/.exec(body.subarray(headersStart, headersEnd).toString('latin1'))?.[1];
    if (name !== undefined) parts.set(name, body.subarray(headersEnd + 4, next));
    at = next + 2;
  }
  return parts;
}

async function startBareReceiver(folder: string, checks?: PartChecks): Promise<{ url: string; close(): Promise<void> }> {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const parts = multipartParts(Buffer.concat(chunks), request.headers['content-type'] ?? '');
    const report = parts.get('report');
    const document = parts.get('document');
    if (report === undefined || document === undefined) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'parts missing' }));
      return;
    }
    const name = randomBytes(8).toString('hex');
    const reportPath = join(folder, `${name}.report.json`);
    const documentPath = join(folder, `${name}.document.docx`);
    await Promise.all([writeAndFlush(reportPath, report), writeAndFlush(documentPath, document)]);
    // The receiver's checks of both parts, in the same order: the report against the schema, then the document.
    if (checks !== undefined) {
      await checks.readReport(reportPath);
      await checks.checkDocument(documentPath);
    }
    const folderHandle = await open(folder, 'r');
    await folderHandle.sync();
    await folderHandle.close();
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ receipt: name, receivedAt: new Date().toISOString() }));
  }
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/inlamning`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The part of the receiver's time no receiver can skip: reading every .docx as the import does,
 * all at once through the same pool of workers (the last one's wait, median over the runs).
 */
async function documentCheckMakespan(document: Uint8Array, folder: string): Promise<number> {
  const path = join(folder, 'document.docx');
  await writeFile(path, document);
  const checks = createPartChecks(RECEIVER_DOCUMENT_WORKER);
  await Promise.all(Array.from({ length: SENDERS }, () => checks.checkDocument(path)));
  const tails: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const times = await Promise.all(Array.from({ length: SENDERS }, () => checks.checkDocument(path).then(() => performance.now() - start)));
    tails.push(percentile(times, 0.99));
  }
  await checks.close();
  return median(tails);
}

export async function benchReceiver(): Promise<BenchRow[]> {
  const folder = await makeTempFolder('rapport-bench-receiver-');
  const dataFolder = join(folder.path, 'mottagare');
  const bareFolder = join(folder.path, 'bar');
  const checkedFolder = join(folder.path, 'bar-med-kontroll');
  await mkdir(bareFolder);
  await mkdir(checkedFolder);
  const report = largeReport();
  const document = await renderDocx(report);
  const senders: Sender[] = [];
  for (let index = 1; index <= SENDERS; index += 1) {
    const organisation = `Testnämnd ${index}`;
    const { key } = await addSender(dataFolder, organisation, new Date());
    const ownReport = { ...report, header: { ...report.header, committee: `${organisation}: testförvaltningen` } };
    senders.push({ key, payload: { report: Buffer.from(JSON.stringify(ownReport, null, 2)), document } });
  }
  const receiver = await startTestReceiver({ dataFolder });
  const bare = await startBareReceiver(bareFolder);
  const bareChecks = createPartChecks(RECEIVER_DOCUMENT_WORKER);
  const checked = await startBareReceiver(checkedFolder, bareChecks);

  // A first round of each warms the workers, the connection pools and the compiled code.
  await round(receiver.url, senders);
  await round(bare.url, senders);
  await round(checked.url, senders);
  const receiverRuns: number[][] = [];
  const bareRuns: number[][] = [];
  const checkedRuns: number[][] = [];
  for (let run = 0; run < RUNS; run += 1) {
    receiverRuns.push(await round(receiver.url, senders));
    bareRuns.push(await round(bare.url, senders));
    checkedRuns.push(await round(checked.url, senders));
  }
  await receiver.close();
  await bare.close();
  await checked.close();
  await bareChecks.close();
  const checkP99 = await documentCheckMakespan(document, folder.path);
  await folder.remove();

  const receiverP99 = median(receiverRuns.map((samples) => percentile(samples, 0.99)));
  const bareP99 = median(bareRuns.map((samples) => percentile(samples, 0.99)));
  const ratio = receiverP99 / bareP99;
  const checkedP99 = median(checkedRuns.map((samples) => percentile(samples, 0.99)));
  const frameworkRatio = receiverP99 / checkedP99;
  return [
    {
      measure: `receiver: ${SENDERS} submissions at once (100-question report)`,
      median: ms(median(receiverRuns.map((samples) => median(samples)))),
      tail: `p99 ${ms(receiverP99)}`,
      target: `receiver/bare p99 ≤ 2× (${ratio.toFixed(2)}×)`,
      ok: ratio <= 2,
    },
    {
      measure: '  peer: bare node:http, same body, durable write',
      median: ms(median(bareRuns.map((samples) => median(samples)))),
      tail: `p99 ${ms(bareP99)}`,
      target: '-',
      ok: true,
    },
    {
      measure: '  peer: the same bare handler with the same checks of both parts',
      median: ms(median(checkedRuns.map((samples) => median(samples)))),
      tail: `p99 ${ms(checkedP99)}`,
      target: `receiver/peer p99 ≤ 1.3× (${frameworkRatio.toFixed(2)}×)`,
      ok: frameworkRatio <= 1.3,
    },
    {
      measure: `  of which: ${SENDERS} .docx checks at once, workers alone`,
      median: '-',
      tail: `p99 ${ms(checkP99)}`,
      target: `${availableParallelism()} CPUs here`,
      ok: true,
    },
  ];
}
