/**
 * How a result crosses a process boundary: a value or a typed error, never a thrown exception (Electron
 * flattens errors thrown from ipcMain.handle into an unreadable string).
 */
import { storageError } from './storageError';
import { z } from 'zod';
import { ApiErrorSchema, MidadError, type ApiError } from './errors';
import { invalidRequest } from './requestError';
import { contract, isMethodName, type MethodName, type MidadService } from './contract';

export type Envelope = { ok: true; value: unknown } | { ok: false; error: ApiError };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorSchema }),
]);

/**
 * Validates the method name and payload, calls the service, and wraps whatever happens. `onInternal` sees
 * errors that are not ours (bugs), so the transport can log them; the caller gets a generic message.
 */
export async function dispatch(
  service: MidadService,
  method: string,
  payload: unknown,
  onInternal: (error: unknown) => void = () => {},
): Promise<Envelope> {
  if (!isMethodName(method)) {
    return { ok: false, error: new MidadError('unknown_method', `Unknown method: ${method}`, { method }).toJSON() };
  }
  // The input goes into the issues so a wrong type can say what it found.
  const parsed = contract[method].request.safeParse(payload ?? {}, { reportInput: true });
  if (!parsed.success) return { ok: false, error: invalidRequest(`request to ${method}`, parsed.error).toJSON() };
  try {
    const call = service[method] as (request: unknown) => unknown;
    return { ok: true, value: await call(parsed.data) };
  } catch (error) {
    if (error instanceof MidadError) return { ok: false, error: error.toJSON() };
    const storage = storageError(error);
    if (storage) return { ok: false, error: storage.toJSON() };
    onInternal(error);
    return {
      ok: false,
      error: new MidadError(
        'internal',
        'Something went wrong inside Midad; your text is kept. Details are in the log.',
      ).toJSON(),
    };
  }
}

/** The receiving side: a value, or the typed error thrown again. */
export function unwrap<M extends MethodName>(method: M, raw: unknown): z.output<(typeof contract)[M]['response']> {
  const envelope = EnvelopeSchema.parse(raw);
  if (!envelope.ok) throw MidadError.from(envelope.error);
  return envelope.value as z.output<(typeof contract)[M]['response']>;
}
