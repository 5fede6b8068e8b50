/**
 * The service behind the API contract, on plain Node: the Electron main process, the loopback bridge and
 * the command line all call this one implementation, so none of them knows how the others reach it.
 */
import type { MidadService } from '../../core/api/contract';
import type { Archive } from '../archive';
import { readSettings, updateSettings } from '../settings';
import { createReviewService } from '../review/service';
import { createProofingService } from '../proofing/service';
import { createArticle, getArticle, listArticles, NEW_ARTICLE_FIELDS, saveArticle } from '../articles';
import { emptyTrash, restoreFromTrash, trashArticle } from '../trash';
import { duplicateArticle } from '../duplicate';
import { addMedia, attachPicture, removeMedia, updateMedia } from '../media';
import { getRevision, listRevisions } from '../revisionStore';
import { keepCopy, restoreRevision } from '../revisionActions';
import { backupKeep, createBackupInBackground, setBackupKeep } from '../backup';
import { listBackups } from '../backupFiles';
import { restoreIntoOpenArchive } from '../restore';
import { searchArticles } from '../search/search';
import { importFailed } from '../../core/exchange/importError';
import { decodeBase64 } from '../../core/exchange/base64';
import { importDrafts } from '../exchange/importDrafts';
import { exportOffThread, parseOffThread } from '../exchange/offThreadExchange';
import { sharedOffThread, type OffThread } from '../worker/offThread';
import { createNewsroomService, memoryVault, type NewsroomMethods } from '../sync/newsroomService';
import { guardRoleWhileSignedIn } from '../sync/roleGuard';

export interface ServiceOptions {
  /** Newsroom sync: the transport's own (its session vault, its engine); else memory only, no engine. */
  newsroom?: NewsroomMethods;
  /** Imports and exports off the main thread: the worker thread their heavy step runs on. */
  offThread?: OffThread;
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
    // A picture pulled from the newsroom is fetched when first shown: this replaces the plain read above.
    'media.bytes': n['media.bytes'],
    // changes the server refused
    'newsroom.refusal': n['newsroom.refusal'],
    'newsroom.discardRefused': n['newsroom.discardRefused'],
    'newsroom.retryRefused': n['newsroom.retryRefused'],
  };
}

export function createArchiveService(archive: Archive, options: ServiceOptions = {}): MidadService {
  // newsroom sync
  const newsroom = options.newsroom ?? createNewsroomService(archive, { vault: memoryVault(), engine: null });
  // Started on the first import or export, not before.
  const offThread = options.offThread ?? sharedOffThread();
  return {
    'articles.list': ({ limit, offset, trash, filter }) => listArticles(archive, limit, offset, trash, filter),
    'articles.get': ({ id }) => getArticle(archive, id),
    // editor: a new article's byline is the profile's name, which the person may change.
    'articles.create': ({ language }) =>
      createArticle(archive, {
        ...NEW_ARTICLE_FIELDS,
        language: language ?? NEW_ARTICLE_FIELDS.language,
        byline: readSettings(archive).profile?.name ?? '',
      }),
    'settings.get': () => readSettings(archive),
    // newsroom sync: while signed in the role is the server's, refused here whoever asks
    'settings.update': async (patch) => {
      await guardRoleWhileSignedIn(archive, newsroom, patch);
      return updateSettings(archive, patch);
    },
    'articles.save': ({ id, baseVersion, fields, kind, label, author }) =>
      saveArticle(archive, id, baseVersion, fields, new Date(), { kind, label, author }),
    // --- archive area: trash, duplicate, media, revisions, backups ---
    'articles.trash': ({ id }) => trashArticle(archive, id),
    'articles.restore': ({ id }) => restoreFromTrash(archive, id),
    'articles.emptyTrash': () => ({ deleted: emptyTrash(archive) }),
    'articles.duplicate': ({ id }) => duplicateArticle(archive, id),
    'media.add': (request) => addMedia(archive, request),
    'media.attach': ({ id, data }) => attachPicture(archive, id, data),
    'media.update': ({ id, ...text }) => updateMedia(archive, id, text),
    'media.remove': ({ id }) => removeMedia(archive, id),
    // 'media.bytes' comes with the newsroom methods below: a pulled picture is fetched when first shown.
    'revisions.list': ({ articleId, limit, offset }) => listRevisions(archive, articleId, limit, offset),
    'revisions.get': ({ id }) => getRevision(archive, id),
    'revisions.restore': ({ id, baseVersion, author }) => restoreRevision(archive, id, baseVersion, author),
    'revisions.create': ({ articleId, baseVersion, fields, label, author }) =>
      keepCopy(archive, articleId, baseVersion, fields, { label, author }),
    'backups.list': () => ({ keep: backupKeep(archive), items: listBackups(archive.name) }),
    'backups.create': () => createBackupInBackground(archive, 'manual'),
    'backups.restore': ({ name }) => restoreIntoOpenArchive(archive, name),
    'backups.configure': ({ keep }) => ({ keep: setBackupKeep(archive, keep) }),
    // search
    'search.query': (request) => searchArticles(archive, request),
    // exchange (export and import)
    // The heavy step of each on the worker thread, the archive's reads and writes here.
    'exchange.export': ({ id, format, bodyOnly, withComments, withHistory }) =>
      exportOffThread(offThread, archive, id, format, { bodyOnly, comments: withComments, history: withHistory }),
    'exchange.import': async ({ fileName, content, format }) => ({
      articles: importDrafts(archive, await parseOffThread(offThread, fileName, { text: content }, format), fileName),
    }),
    // review: workflow, comments, suggestions, review packages
    ...createReviewService(archive),
    // exchange: files dropped on the archive
    'exchange.importBytes': async ({ fileName, data }) => {
      const bytes = decodeBase64(data);
      if (!bytes) throw importFailed(fileName, { at: 'file' }, { problem: 'file_bytes_invalid' });
      return { articles: importDrafts(archive, await parseOffThread(offThread, fileName, { bytes }), fileName) };
    },
    // newsroom sync: sign-in, sync state, conflicts
    ...newsroomMethods(newsroom),
    // proofing: the archive's words for spelling
    ...createProofingService(archive),
  };
}
