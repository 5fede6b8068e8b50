/**
 * The service behind the API contract, on plain Node: the Electron main process, the loopback bridge and
 * the command line all call this one implementation, so none of them knows how the others reach it.
 */
import type { MidadService } from '../../core/api/contract';
import type { Archive } from '../archive';
import { readSettings, updateSettings } from '../settings';
import { createReviewService } from '../review/service';
// proofing (issue 18)
import { createProofingService } from '../proofing/service';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../articles';
import { emptyTrash, restoreFromTrash, trashArticle } from '../trash';
import { duplicateArticle } from '../duplicate';
import { addMedia, attachPicture, pictureBytes, removeMedia, updateMedia } from '../media';
import { getRevision, listRevisions } from '../revisionStore';
import { keepCopy, restoreRevision } from '../revisionActions';
import { backupKeep, createBackupInBackground, setBackupKeep } from '../backup';
import { listBackups } from '../backupFiles';
import { restoreIntoOpenArchive } from '../restore';
import { searchArticles } from '../search/search';
import { exportOne } from '../exchange/exportOne';
import { importBytes, importText } from '../exchange/importFiles';
// newsroom sync (issue 15)
import { createNewsroomService, memoryVault, type NewsroomMethods } from '../sync/newsroomService';
import { guardRoleWhileSignedIn } from '../sync/roleGuard';

export interface ServiceOptions {
  /** Newsroom sync (issue 15): the transport's own (its session vault, its engine); else memory only, no engine. */
  newsroom?: NewsroomMethods;
}

/** Only the API methods, not the service's own handles (ready, close). */
function newsroomMethods(n: NewsroomMethods): NewsroomMethods {
  return {
    'newsroom.status': n['newsroom.status'],
    'newsroom.signIn': n['newsroom.signIn'],
    'newsroom.signOut': n['newsroom.signOut'],
    'newsroom.syncNow': n['newsroom.syncNow'],
    'newsroom.conflict': n['newsroom.conflict'],
    'newsroom.resolve': n['newsroom.resolve'],
  };
}

export function createArchiveService(archive: Archive, options: ServiceOptions = {}): MidadService {
  // newsroom sync (issue 15)
  const newsroom = options.newsroom ?? createNewsroomService(archive, { vault: memoryVault(), engine: null });
  return {
    'articles.list': ({ limit, offset, trash, filter }) => listArticles(archive, limit, offset, trash, filter),
    'articles.get': ({ id }) => getArticle(archive, id),
    // editor (issue 12): a new article's byline is the profile's name, which the person may change.
    'articles.create': ({ language }) =>
      createArticle(archive, {
        ...NEW_ARTICLE_FIELDS,
        language: language ?? NEW_ARTICLE_FIELDS.language,
        byline: readSettings(archive).profile?.name ?? '',
      }),
    'settings.get': () => readSettings(archive),
    // newsroom sync (issue 15): while signed in the role is the server's, refused here whoever asks
    'settings.update': async (patch) => {
      await guardRoleWhileSignedIn(archive, newsroom, patch);
      return updateSettings(archive, patch);
    },
    'articles.save': ({ id, baseVersion, fields, kind, label, author }) =>
      saveArticle(archive, id, baseVersion, fields, new Date(), { kind, label, author }),
    // --- archive area (issue 3): trash, duplicate, media, revisions, backups ---
    'articles.trash': ({ id }) => trashArticle(archive, id),
    'articles.restore': ({ id }) => restoreFromTrash(archive, id),
    'articles.emptyTrash': () => ({ deleted: emptyTrash(archive) }),
    'articles.duplicate': ({ id }) => duplicateArticle(archive, id),
    'media.add': (request) => addMedia(archive, request),
    'media.attach': ({ id, data }) => attachPicture(archive, id, data),
    'media.update': ({ id, ...text }) => updateMedia(archive, id, text),
    'media.remove': ({ id }) => removeMedia(archive, id),
    'media.bytes': ({ id }) => pictureBytes(archive, id),
    'revisions.list': ({ articleId, limit, offset }) => listRevisions(archive, articleId, limit, offset),
    'revisions.get': ({ id }) => getRevision(archive, id),
    'revisions.restore': ({ id, baseVersion, author }) => restoreRevision(archive, id, baseVersion, author),
    'revisions.create': ({ articleId, baseVersion, fields, label, author }) =>
      keepCopy(archive, articleId, baseVersion, fields, { label, author }),
    'backups.list': () => ({ keep: backupKeep(archive), items: listBackups(archive.name) }),
    'backups.create': () => createBackupInBackground(archive, 'manual'),
    'backups.restore': ({ name }) => restoreIntoOpenArchive(archive, name),
    'backups.configure': ({ keep }) => ({ keep: setBackupKeep(archive, keep) }),
    // search (issue 3)
    'search.query': (request) => searchArticles(archive, request),
    // exchange (export and import)
    'exchange.export': ({ id, format, bodyOnly, withComments, withHistory }) =>
      exportOne(archive, id, format, { bodyOnly, comments: withComments, history: withHistory }),
    'exchange.import': ({ fileName, content, format }) => ({
      articles: importText(archive, fileName, content, format),
    }),
    // review (issue 6): workflow, comments, suggestions, review packages
    ...createReviewService(archive),
    // exchange (issue 5): files dropped on the archive
    'exchange.importBytes': ({ fileName, data }) => ({ articles: importBytes(archive, fileName, data) }),
    // newsroom sync (issue 15): sign-in, sync state, conflicts
    ...newsroomMethods(newsroom),
    // proofing (issue 18): the archive's words for spelling
    ...createProofingService(archive),
  };
}
