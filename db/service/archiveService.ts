/**
 * The service behind the API contract, on plain Node: the Electron main process, the loopback bridge and
 * the command line all call this one implementation, so none of them knows how the others reach it.
 */
import type { MidadService } from '../../core/api/contract';
import type { Archive } from '../connection';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../articles';
import { exportOne } from '../exchange/exportOne';
import { importText } from '../exchange/importFiles';

export function createArchiveService(archive: Archive): MidadService {
  return {
    'articles.list': ({ limit, offset }) => listArticles(archive, limit, offset),
    'articles.get': ({ id }) => getArticle(archive, id),
    'articles.create': ({ language }) =>
      createArticle(archive, { ...NEW_ARTICLE_FIELDS, language: language ?? NEW_ARTICLE_FIELDS.language }),
    'articles.save': ({ id, baseVersion, fields }) => saveArticle(archive, id, baseVersion, fields),
    // exchange (export and import)
    'exchange.export': ({ id, format, bodyOnly }) => exportOne(archive, id, format, { bodyOnly }),
    'exchange.import': ({ fileName, content, format }) => ({ articles: importText(archive, fileName, content, format) }),
  };
}
