/** Native JSON import: one article or many, each checked against the format's schema before anything is kept. */
import { decodeBase64 } from './base64';
import { importFailed } from './importError';
import { jsonPlace, parseJsonText, validate } from './jsonText';
import { NATIVE_FORMAT, NativeDocumentSchema } from './nativeFormat';
import { decodePicture } from './mediaFiles';
import type { ArticleDraft, Importer } from './types';

export function isNativeDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === NATIVE_FORMAT;
}

export function parseNativeValue(value: unknown, fileName: string): ArticleDraft[] {
  const doc = validate(NativeDocumentSchema, value, fileName);
  return doc.articles.map((a, i) => {
    const { id, createdAt, updatedAt, media, bodyText: _t, counts: _c, comments, revisions, ...fields } = a;
    return {
      id,
      fields,
      createdAt,
      updatedAt,
      ...(comments ? { comments } : {}),
      ...(revisions ? { revisions } : {}),
      media: media.map((m, j) => {
        const bytes = m.data === null ? null : decodeBase64(m.data);
        const at = jsonPlace(['articles', i, 'media', j, 'data']);
        if (m.data !== null && !bytes) throw importFailed(fileName, at, { problem: 'picture_not_base64' });
        // The declared type is not trusted: the bytes' own header says what they are, or the file is refused.
        const decoded = decodePicture(bytes);
        if (bytes && !decoded) throw importFailed(fileName, at, { problem: 'picture_not_image' });
        return {
          id: m.id,
          mime: decoded?.mime ?? m.mime,
          width: decoded?.width ?? m.width,
          height: decoded?.height ?? m.height,
          caption: m.caption,
          credit: m.credit,
          alt: m.alt,
          isLead: m.isLead,
          bytes,
          ...(m.renditions ? { renditions: m.renditions } : {}),
        };
      }),
    };
  });
}

export const nativeImporter: Importer = {
  format: 'json',
  accepts: (_name, text) => /^\s*\{[\s\S]{0,200}"format"\s*:\s*"midad"/.test(text.slice(0, 400)),
  parse(text, fileName) {
    const value = parseJsonText(text, fileName);
    if (!isNativeDocument(value))
      throw importFailed(fileName, jsonPlace(['format']), {
        problem: 'not_value',
        value: JSON.stringify(NATIVE_FORMAT),
      });
    return parseNativeValue(value, fileName);
  },
};
