/**
 * The API's method names alone, without their schemas: the preload needs only these, and importing the
 * contract would bundle zod into it. contract.ts is checked against this list in both directions.
 */
export const METHOD_NAMES = [
  'articles.list',
  'articles.get',
  'articles.create',
  'articles.save',
  'settings.get',
  'settings.update',
  // --- archive area: trash, duplicate, media, revisions, backups ---
  'articles.trash',
  'articles.restore',
  'articles.emptyTrash',
  'articles.duplicate',
  'media.add',
  'media.attach',
  'media.update',
  'media.remove',
  'media.bytes',
  'revisions.list',
  'revisions.get',
  'revisions.restore',
  'revisions.create',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.configure',
  // search
  'search.query',
  // exchange (export and import)
  'exchange.export',
  'exchange.import',
  // review: workflow, comments, suggestions, review packages
  'review.workflow',
  'review.transition',
  'comments.list',
  'comments.create',
  'comments.reply',
  'comments.resolve',
  'comments.reopen',
  'suggestions.list',
  'suggestions.decide',
  'review.exportPackage',
  'review.importPackage',
  // exchange: files dropped on the archive
  'exchange.importBytes',
  // newsroom sync: sign-in, sync state, conflicts
  'newsroom.status',
  'newsroom.signIn',
  'newsroom.signOut',
  'newsroom.syncNow',
  'newsroom.conflict',
  'newsroom.resolve',
  // newsroom sync: changes the server refused
  'newsroom.refusal',
  'newsroom.discardRefused',
  'newsroom.retryRefused',
  // proofing: the archive's words for spelling
  'proofing.words',
  'proofing.addWord',
  'proofing.removeWord',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
