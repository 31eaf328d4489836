// How the app reaches the city's receiver: one small interface that each door fills in.
// In Electron it is Chromium's network stack (net.fetch: the system's proxy settings and PAC,
// integrated proxy authentication, the operating system's certificate store); the preview and
// the command line use Node with the proxy and certificate settings of their environment
// (node-connection.ts). The outbox and the connection test are the same code for all three.

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  signal: AbortSignal;
}

/** What the app reads of an answer: the fetch Response's own members. */
export interface HttpResponse {
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  /** The body as a stream, to read no more of it than is wanted (answer-body.ts). */
  body: AnswerBody | null;
}

/** What is read of a web ReadableStream of bytes; Node's and Chromium's own types differ in the rest. */
interface AnswerBody {
  getReader(): {
    read(): Promise<{ done: true; value?: Uint8Array | undefined } | { done: false; value: Uint8Array }>;
    cancel(): Promise<void>;
  };
  cancel(): Promise<void>;
}

export interface ReceiverConnection {
  fetch(url: string, request: HttpRequest): Promise<HttpResponse>;
  /** False when the computer has no network at all, so that only then the user reads "ingen förbindelse". */
  online(): boolean;
  /** The proxy a request to this address goes through, where the door knows it, to name it in a message. */
  proxyFor(url: string): string | undefined;
  close(): Promise<void>;
}
