import { describe, expect, it } from 'vitest';
import { dispatch, unwrap } from '../../core/api/envelope';
import { MidadError, notFoundError } from '../../core/api/errors';
import type { MidadService } from '../../core/api/contract';
import { errorText } from '../../core/i18n/errorText';

const ID = '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11';

function service(overrides: Partial<MidadService>): MidadService {
  const unused = () => {
    throw new Error('not called in this test');
  };
  return {
    'articles.list': unused,
    'articles.get': unused,
    'articles.create': unused,
    'articles.save': unused,
    'settings.get': unused,
    'settings.update': unused,
    ...overrides,
  } as MidadService;
}

describe('dispatch', () => {
  it('refuses an unknown method with a typed error', async () => {
    const result = await dispatch(service({}), 'articles.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses a payload that fails the contract, naming the field, before the service runs', async () => {
    let called = false;
    const s = service({ 'articles.get': () => ((called = true), undefined as never) });
    const result = await dispatch(s, 'articles.get', { id: 'not-a-uuid' });
    expect(called).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', params: { field: 'id' } } });
  });

  it('refuses a save whose fields are of the wrong type', async () => {
    const result = await dispatch(service({}), 'articles.save', { id: ID, baseVersion: 1, fields: { urgency: 12 } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', params: { field: 'fields.urgency' } },
    });
  });

  it('says what was wrong with a refused request in the person’s language, by the schema’s issue code, never its English', async () => {
    const refused = async (method: string, payload: unknown) => {
      const result = await dispatch(service({}), method, payload);
      if (result.ok) throw new Error('expected a refusal');
      return result.error;
    };
    const urgency = await refused('articles.save', { id: ID, baseVersion: 1, fields: { urgency: 12 } });
    expect(errorText('ar', urgency)).toBe(
      'تعذّر تنفيذ الطلب (الحقل \u2066fields.urgency\u2069): المتوقع رقم لا يزيد على 9.',
    );
    expect(errorText('en', urgency)).toBe(
      'Could not carry out the request (field \u2066fields.urgency\u2069): expected a number no greater than 9.',
    );
    expect(urgency.message).toBe(
      'Invalid request to articles.save: fields.urgency: expected a number no greater than 9',
    );
    expect(urgency.params).toEqual({ field: 'fields.urgency', problem: 'number_at_most', limit: 9 });

    const whole = await refused('articles.get', 'not an object');
    expect(errorText('ar', whole)).toBe('تعذّر تنفيذ الطلب: المتوقع كائن \u2066{…}\u2069، لكن الموجود نص.');
    expect(whole.params).toEqual({ problem: 'wrong_type', expected: 'object', received: 'string' });

    // A refinement of our own says which problem it is: a search whose date range runs backwards.
    const range = await refused('search.query', {
      query: 'نفط',
      filters: { updatedFrom: '2026-03-02T00:00:00Z', updatedTo: '2026-03-01T00:00:00Z' },
    });
    expect(errorText('ar', range)).toBe(
      'تعذّر تنفيذ الطلب (الحقل \u2066filters.updatedFrom\u2069): تاريخ البداية («من تاريخ») يقع بعد تاريخ النهاية («إلى تاريخ»).',
    );
    expect(range.message).toBe(
      'Invalid request to search.query: filters.updatedFrom: the start of the date range (“From”) is after its end (“To”)',
    );
  });

  it('passes our typed errors through and hides internal ones behind a plain message', async () => {
    const notFound = await dispatch(
      service({
        'articles.get': () => {
          throw notFoundError(ID);
        },
      }),
      'articles.get',
      { id: ID },
    );
    expect(notFound).toMatchObject({ ok: false, error: { code: 'not_found', params: { id: ID } } });

    const seen: unknown[] = [];
    const internal = await dispatch(
      service({
        'articles.get': () => {
          throw new TypeError('boom');
        },
      }),
      'articles.get',
      { id: ID },
      (e) => seen.push(e),
    );
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('boom');
    expect(seen).toHaveLength(1);
  });

  it('applies the contract defaults before calling the service', async () => {
    const result = await dispatch(
      service({ 'articles.list': (req) => ({ items: [], total: req.limit + req.offset }) }),
      'articles.list',
      undefined,
    );
    expect(result).toEqual({ ok: true, value: { items: [], total: 200 } });
  });
});

describe('unwrap', () => {
  it('throws the typed error again on the receiving side', () => {
    const envelope = {
      ok: false,
      error: new MidadError('conflict', 'stale', { baseVersion: 1, currentVersion: 2 }).toJSON(),
    };
    expect(() => unwrap('articles.get', envelope)).toThrowError(MidadError);
    try {
      unwrap('articles.get', envelope);
    } catch (e) {
      expect((e as MidadError).code).toBe('conflict');
      expect((e as MidadError).params).toEqual({ baseVersion: 1, currentVersion: 2 });
    }
  });
});
