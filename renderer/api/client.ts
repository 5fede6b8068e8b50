/**
 * The typed API the screens use. In the desktop app the preload provides `window.midad` (one function per
 * method returning an envelope); in a plain browser the same functions are built over the loopback bridge,
 * whose token the bridge writes into the page.
 */
import { METHOD_NAMES, type MethodName, type MidadApi } from '../../core/api/contract';
import { unwrap } from '../../core/api/envelope';
import { MidadError } from '../../core/api/errors';

type RawApi = Record<MethodName, (request: unknown) => Promise<unknown>>;

declare global {
  interface Window {
    midad?: RawApi;
  }
}

const TOKEN_META = 'midad-bridge-token';

function bridgeApi(token: string): RawApi {
  const call = (method: MethodName) => async (request: unknown) => {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-midad-token': token },
      body: JSON.stringify(request ?? {}),
      // A save fired as the page is closing must still reach the archive.
      keepalive: true,
    });
    if (!response.ok) throw new MidadError('internal', `Bridge answered ${response.status}`);
    return (await response.json()) as unknown;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, call(m)])) as RawApi;
}

function rawApi(): RawApi {
  if (window.midad) return window.midad;
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (!token)
    throw new MidadError(
      'internal',
      'No connection to the archive: open Midad from the desktop app or the address `npm run web` printed.',
    );
  return bridgeApi(token);
}

export function createApi(raw: RawApi = rawApi()): MidadApi {
  return Object.fromEntries(
    METHOD_NAMES.map((method) => [method, async (request: unknown) => unwrap(method, await raw[method](request))]),
  ) as unknown as MidadApi;
}
