/**
 * A small HTTP front on 127.0.0.1 before a real newsroom server, as a reverse proxy would stand: it passes
 * every request on and hands the real answer back, unless the test gives it a rule for the next requests.
 * A rule sees the request and may answer in the server's place (a proxy's HTML error page, a 503 with
 * Retry-After), or take the server's real answer and spoil it (invalid JSON, a change without its document),
 * or cut the connection after part of the body (a server restarting mid-answer). Nothing of the client's
 * code is replaced: the server is real, the front only does what a network or a proxy can do.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FrontRequest {
  method: string;
  /** The path and query, e.g. `/newsroom/_changes?since=0&…`. */
  path: string;
  body: Buffer;
}

export interface FrontAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Send the headers (with the full length) and only this many bytes of the body, then cut the connection. */
  cutAfter?: number;
}

/** The server's real answer to this request (the request is sent when called, once). */
export type Forward = () => Promise<FrontAnswer>;

/** Null: pass this request on untouched; `reset`: drop the connection without an answer (nothing forwarded). */
export type FrontRule = (
  request: FrontRequest,
  forward: Forward,
) => Promise<FrontAnswer | 'reset' | null> | FrontAnswer | 'reset' | null;

export interface HttpFront {
  /** http://127.0.0.1:PORT: the server's address through the front. */
  url: string;
  /** The rule for the requests from now on; null for an honest front. */
  use(rule: FrontRule | null): void;
  /** Every request seen, with when it came (ms since the epoch). */
  seen: Array<{ method: string; path: string; at: number }>;
  close(): Promise<void>;
}

const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startHttpFront(target: string): Promise<HttpFront> {
  let rule: FrontRule | null = null;
  const seen: HttpFront['seen'] = [];

  async function forward(incoming: IncomingMessage, body: Buffer): Promise<FrontAnswer> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === 'string' && name !== 'host' && !HOP_HEADERS.has(name)) headers[name] = value;
    const method = incoming.method ?? 'GET';
    const response = await fetch(`${target}${incoming.url ?? '/'}`, {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body) }),
    });
    const answerHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) answerHeaders[name] = value;
    });
    return { status: response.status, headers: answerHeaders, body: Buffer.from(await response.arrayBuffer()) };
  }

  function send(out: ServerResponse, answer: FrontAnswer): void {
    out.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
    if (answer.cutAfter === undefined) {
      out.end(answer.body);
      return;
    }
    out.write(answer.body.subarray(0, answer.cutAfter), () => out.socket?.destroy());
  }

  const server = createServer((incoming, out) => {
    void (async () => {
      const body = await readAll(incoming);
      const request: FrontRequest = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', body };
      seen.push({ method: request.method, path: request.path, at: Date.now() });
      let forwarded: Promise<FrontAnswer> | null = null;
      const once: Forward = () => (forwarded ??= forward(incoming, body));
      const answer = (rule && (await rule(request, once))) ?? (await once());
      if (answer === 'reset') out.socket?.destroy();
      else send(out, answer);
    })().catch(() => out.socket?.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    use: (next) => (rule = next),
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers with a body of text, as a proxy or a broken server would. */
export function textAnswer(status: number, contentType: string, text: string, headers: Record<string, string> = {}) {
  return { status, headers: { 'content-type': contentType, ...headers }, body: Buffer.from(text) };
}
