/**
 * Import and export behind the desktop dialogs, over the exchange API methods (validated by the contract
 * exactly as a call from the page would be). Files are read and written here, in the main process; the
 * page never sees a path.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MidadService } from '../core/api/contract';
import { dispatch, unwrap } from '../core/api/envelope';
import type { DesktopOperations } from './dialogs';
import { decodeText } from '../db/exchange/decodeText';
import { readBoundedFileAsync } from '../db/exchange/boundedFile';
import { importRefusal } from '../core/exchange/importError';

export function exchangeOperations(
  service: MidadService,
  log: (error: unknown) => void = () => {},
): Required<Pick<DesktopOperations, 'importFiles' | 'exportArticle'>> {
  return {
    async importFiles(paths) {
      let count = 0;
      // One file after another: each is its own import, so a bad file does not undo the good ones before it.
      for (const path of paths) {
        // Read as `midad import` and a dropped file are: size first (a 600 MB file is refused, not read), then
        // the text, which often arrives in Windows-1256 or UTF-16.
        const content = decodeText(await readBoundedFileAsync(path, importRefusal(basename(path))));
        const result = unwrap(
          'exchange.import',
          await dispatch(service, 'exchange.import', { fileName: basename(path), content }, log),
        );
        count += result.articles.length;
      }
      return { count };
    },
    // Midad JSON from the app is the whole article, for another Midad: its comments and history go with it.
    async exportArticle(id, path, format) {
      const request = { id, format, withComments: format === 'json', withHistory: format === 'json' };
      const file = unwrap('exchange.export', await dispatch(service, 'exchange.export', request, log));
      await writeFile(path, file.content, 'utf8');
      return file.warnings;
    },
  };
}
