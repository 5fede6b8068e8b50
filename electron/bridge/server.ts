/**
 * The loopback HTTP bridge: the same archive service as the Electron IPC, reachable from a plain browser
 * for development and end-to-end tests. It binds 127.0.0.1 only, answers API calls only with the per-run
 * token, refuses Host headers other than its own (DNS rebinding), and is never started by the packaged app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../core/api/envelope';
import type { MidadService } from '../../core/api/contract';
import { MidadError } from '../../core/api/errors';
import { requestRefused } from '../../core/api/requestError';
import { LIMITS } from '../../core/article/schema';
import { CONTENT_SECURITY_POLICY } from '../security';
import { readStatic } from '../staticFiles';

export const TOKEN_HEADER = 'x-midad-token';
export const TOKEN_META = 'midad-bridge-token';
/** The largest request: a picture at the media size bound, as base64 (4 bytes per 3), plus room for the rest. */
const MAX_BODY_BYTES = Math.ceil(LIMITS.mediaBytes / 3) * 4 + 1024 * 1024;
/** The bound as a refusal names it, in whole megabytes. */
const MAX_BODY_MB = Math.floor(MAX_BODY_BYTES / 1024 / 1024);

export interface BridgeOptions {
  service: MidadService;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  port?: number;
  token?: string;
  log?: (error: unknown) => void;
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw requestRefused(`Request too large: at most ${MAX_BODY_MB} MB.`, {
        problem: 'request_too_large',
        limitMb: MAX_BODY_MB,
      });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const log = options.log ?? ((error: unknown) => console.error(error));
  let origin = '';

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      log(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (`http://${host}` !== origin && `http://${host.replace(/^localhost:/, '127.0.0.1:')}` !== origin) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    }
    const url = new URL(request.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, token)) {
        return send(response, 403, 'text/plain; charset=utf-8', 'Missing or wrong bridge token');
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        // A malformed escape (`/api/%E0%A4%A`) is the caller's mistake, not the bridge's: no 500, no stack in the log.
        return send(response, 400, 'text/plain; charset=utf-8', 'Malformed method name');
      }
      let payload: unknown;
      try {
        const text = await readBody(request);
        payload = text ? JSON.parse(text) : {};
      } catch (error) {
        const refusal =
          error instanceof MidadError
            ? error
            : requestRefused('The request is not valid JSON.', { problem: 'json_malformed' });
        return send(response, 200, 'application/json', JSON.stringify({ ok: false, error: refusal.toJSON() }));
      }
      const envelope = await dispatch(options.service, method, payload, log);
      return send(response, 200, 'application/json', JSON.stringify(envelope));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'GET only');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameToken(url.searchParams.get('t') ?? undefined, token)) {
        return send(
          response,
          403,
          'text/plain; charset=utf-8',
          'Open the address the bridge printed: it carries the token.',
        );
      }
      const file = await readStatic(options.staticRoot, '/index.html');
      if (!file)
        return send(
          response,
          500,
          'text/plain; charset=utf-8',
          'The renderer is not built: run npm run build:renderer',
        );
      const html = file.body
        .toString('utf8')
        .replace('</head>', `<meta name="${TOKEN_META}" content="${token}"></head>`);
      return send(response, 200, file.type, html);
    }
    const file = await readStatic(options.staticRoot, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(response, 200, file.type, file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?t=${token}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page left open keeps its keep-alive connections busy (autosave, proofing): closing waits for
        // nothing but requests already running, then cuts the rest, so the bridge always stops.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1_000).unref();
      }),
  };
}
