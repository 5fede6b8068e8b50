/**
 * The service behind the API contract, on plain Node: the Electron main process, the loopback bridge and
 * the command line all call this one implementation, so none of them knows how the others reach it.
 */
import type { MidadService } from '../../core/api/contract';
import type { Archive } from '../connection';
import { readSettings, updateSettings } from '../settings';
import { createReviewService } from '../review/service';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../articles';

export function createArchiveService(archive: Archive): MidadService {
  return {
    'articles.list': ({ limit, offset }) => listArticles(archive, limit, offset),
    'articles.get': ({ id }) => getArticle(archive, id),
    'articles.create': ({ language }) =>
      createArticle(archive, { ...NEW_ARTICLE_FIELDS, language: language ?? NEW_ARTICLE_FIELDS.language }),
    'articles.save': ({ id, baseVersion, fields }) => saveArticle(archive, id, baseVersion, fields),
    'settings.get': () => readSettings(archive),
    'settings.update': (patch) => updateSettings(archive, patch),
    // review (issue 6): workflow, comments, suggestions, review packages
    ...createReviewService(archive),
  };
}
