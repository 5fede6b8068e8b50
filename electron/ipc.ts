/**
 * Electron IPC wiring: one `ipcMain.handle` per API method. Each checks that the message comes from the
 * app's own page, validates the payload against the contract, and only then calls the service. Written
 * against the small slice of Electron's API it uses, so tests can drive it with a fake at that edge.
 */
import { dispatch, type Envelope } from '../core/api/envelope';
import { METHOD_NAMES, type MidadService } from '../core/api/contract';
import { requestRefused } from '../core/api/requestError';

export const IPC_PREFIX = 'midad:';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => Promise<Envelope>): void;
}

/** The app's pages are served from app://midad/ only; anything else (a navigation that slipped through, an iframe) is refused. */
export function isTrustedSender(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'midad';
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: IpcMainLike, service: MidadService, log: (error: unknown) => void): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${method}`, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        const refusal = requestRefused('Request refused: it did not come from Midad’s own window.', {
          problem: 'not_own_window',
        });
        return { ok: false, error: refusal.toJSON() };
      }
      return dispatch(service, method, payload, log);
    });
  }
}
