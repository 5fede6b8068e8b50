/** The review area's part of the archive service (spread into db/service/archiveService.ts). */
import type { MidadService } from '../../core/api/contract';
import type { Archive } from '../archive';
import { transitionArticle, workflowState } from './statusChanges';
import { createThread, listThreads, replyToThread, setThreadResolved } from './comments';
import { decideArticleSuggestions, listSuggestions } from './suggestions';
import { exportReviewPackage, importReviewPackage, parseReviewPackage } from './handoff';

type ReviewMethods =
  | 'review.workflow'
  | 'review.transition'
  | 'comments.list'
  | 'comments.create'
  | 'comments.reply'
  | 'comments.resolve'
  | 'comments.reopen'
  | 'suggestions.list'
  | 'suggestions.decide'
  | 'review.exportPackage'
  | 'review.importPackage';

export function createReviewService(archive: Archive): Pick<MidadService, ReviewMethods> {
  return {
    'review.workflow': ({ id }) => workflowState(archive, id),
    'review.transition': (request) => transitionArticle(archive, request),
    'comments.list': ({ articleId }) => ({ items: listThreads(archive, articleId) }),
    'comments.create': (request) => createThread(archive, request),
    'comments.reply': ({ threadId, text }) => replyToThread(archive, threadId, text),
    'comments.resolve': ({ threadId }) => setThreadResolved(archive, threadId, true),
    'comments.reopen': ({ threadId }) => setThreadResolved(archive, threadId, false),
    'suggestions.list': ({ articleId }) => ({ items: listSuggestions(archive, articleId) }),
    'suggestions.decide': (request) => decideArticleSuggestions(archive, request),
    'review.exportPackage': ({ id }) => exportReviewPackage(archive, id),
    'review.importPackage': (request) =>
      importReviewPackage(archive, parseReviewPackage(request.package, request.fileName)),
  };
}
