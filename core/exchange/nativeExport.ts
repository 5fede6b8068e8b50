/** Native JSON export: the article as the archive holds it, with picture bytes inline. */
import { encodeBase64 } from './base64';
import { NATIVE_FORMAT, NATIVE_FORMAT_VERSION, NativeDocumentSchema, type NativeArticle } from './nativeFormat';
import type { Exporter, ExportItem } from './types';

export function toNativeArticle({ article, media }: ExportItem): NativeArticle {
  const { version: _version, media: pictures, ...rest } = article;
  return {
    ...rest,
    media: pictures.map((m) => {
      const bytes = media.get(m.id);
      return { ...m, byteLength: bytes?.length ?? 0, data: bytes ? encodeBase64(bytes) : null };
    }),
  };
}

/** The whole document; parsing it through the schema fixes the key order, so equal archives export equal text. */
export function exportNative(items: readonly ExportItem[]): string {
  const doc = NativeDocumentSchema.parse({
    format: NATIVE_FORMAT,
    formatVersion: NATIVE_FORMAT_VERSION,
    articles: items.map(toNativeArticle),
  });
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const nativeExporter: Exporter = {
  format: 'json',
  extension: 'json',
  mime: 'application/json',
  export: (item) => ({ content: exportNative([item]), files: [] }),
};
