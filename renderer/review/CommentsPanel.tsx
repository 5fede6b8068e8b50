/**
 * The comments side panel: threads in document order (the archive orders them), each with its quote, its
 * comments and replies, resolve / reopen, and detached threads (their text deleted) kept and marked.
 * A new thread anchors to the words selected where the person last was: the body (a mark node) or the
 * headline, standfirst or a caption (plainFieldAnchors). Clicking a thread selects its text in the page.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Media } from '../../core/article/schema';
import type { CommentAnchor, ListedThread } from '../../core/review/comments';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import type { CommentMarksHandle } from './CommentMarksPlugin';
import { useErrorText } from '../ui/useErrorText';
import { usePanelData } from '../ui/usePanelData';
import { fieldLabel } from '../ui/fieldLabel';
import { fieldSelectionAnchor, selectInField, watchCommentTarget, type CommentTarget } from './plainFieldAnchors';
import { textDir } from '../i18n/textDir';
import { FieldCommentMarks } from './FieldCommentMarks';
import { useApi } from '../ui/ApiContext';

/** The new comment's box, which the comment-at-selection action and shortcut bring the person to. */
export const NEW_COMMENT_ID = 'new-comment';

interface Props {
  articleId: string;
  marks: RefObject<CommentMarksHandle | null>;
  /** Changes whenever the archive saved the article, so detached threads show without a reload. */
  savedVersion: number;
  /** The pictures as last saved: a caption is saved on its own, and its threads may come or go with it. */
  media: readonly Media[];
  /** Saves the mark just added to the body before the thread is written. */
  flush: () => Promise<number>;
}

export function CommentsPanel({ articleId, marks, savedVersion, media, flush }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const errorText = useErrorText();
  const load = useCallback(() => api['comments.list']({ articleId }), [api, articleId]);
  // A save, or a caption saved on its own, is what makes the list worth reading again (threads come and go).
  const version = useMemo(() => ({ savedVersion, media }), [savedVersion, media]);
  const { data, error, setError, reload } = usePanelData(load, version);
  const threads = data?.items ?? [];
  const [draft, setDraft] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  const target = useRef<CommentTarget>({ kind: 'body' });
  useEffect(() => watchCommentTarget((next) => (target.current = next)), []);

  const run = async (action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
      return;
    }
    await reload();
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const threadId = crypto.randomUUID();
    const at = target.current;
    const bodyQuote = at.kind === 'body' ? (marks.current?.wrapSelection(threadId) ?? null) : null;
    const anchor: CommentAnchor | null =
      at.kind === 'field'
        ? fieldSelectionAnchor(at.box, threadId)
        : bodyQuote === null
          ? null
          : { field: 'body', markId: threadId, quote: bodyQuote };
    if (anchor === null) {
      setError(t('comments.selectFirst'));
      return;
    }
    void run(async () => {
      await flush();
      await api['comments.create']({ articleId, threadId, anchor, text: draft });
      setDraft('');
    });
  };

  const select = (thread: ListedThread) => {
    if (thread.detached) return;
    if (thread.anchor.field === 'body') marks.current?.selectMark(thread.anchor.markId);
    else selectInField(thread.anchor);
  };

  return (
    <section className="panel comments" aria-labelledby="comments-title" data-testid="comments-panel">
      <h2 className="panel__title" id="comments-title" tabIndex={-1}>
        {t('comments.title')}
      </h2>
      <form className="comments__new" onSubmit={add}>
        <textarea
          id={NEW_COMMENT_ID}
          aria-label={t('comments.new')}
          placeholder={t('comments.new.placeholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          // Keep the body's selection: pressing into this box must not lose what is being commented on.
          onMouseDown={(e) => e.stopPropagation()}
          dir="auto"
          required
        />
        <button type="submit" className="button" onMouseDown={(e) => e.preventDefault()}>
          {t('comments.add')}
        </button>
      </form>
      {error && (
        <p className="comments__error" role="alert">
          {error}
        </p>
      )}
      {threads.length === 0 && <p className="comments__empty">{t('comments.empty')}</p>}
      <FieldCommentMarks threads={threads} />
      <ol className="comments__list">
        {threads.map((thread) => (
          <li
            key={thread.id}
            className={`thread${thread.resolved ? ' thread--resolved' : ''}${thread.detached ? ' thread--detached' : ''}`}
            data-testid="thread"
            data-thread={thread.id}
            data-detached={thread.detached}
          >
            <button type="button" className="thread__anchor" onClick={() => select(thread)}>
              <span className="thread__field">{fieldLabel(thread.anchor.field, t)}</span>
              <q dir={textDir(thread.anchor.quote)} data-testid="thread-quote">
                {thread.anchor.quote}
              </q>
            </button>
            {thread.detached && <p className="thread__detached">{t('comments.detached')}</p>}
            {thread.resolved && <p className="thread__resolved">{t('comments.resolved')}</p>}
            <ul className="thread__comments">
              {thread.comments.map((c) => (
                <li key={c.id} className="thread__comment">
                  <bdi className="thread__author" dir="auto" data-testid="comment-author">
                    {c.author.name}
                  </bdi>{' '}
                  <time dateTime={c.createdAt}>{dates.dateTime(c.createdAt)}</time>
                  <p dir="auto" data-testid="comment-text">
                    {c.text}
                  </p>
                </li>
              ))}
            </ul>
            <form
              className="thread__reply"
              onSubmit={(e) => {
                e.preventDefault();
                const text = replies[thread.id] ?? '';
                void run(async () => {
                  await api['comments.reply']({ threadId: thread.id, text });
                  setReplies((r) => ({ ...r, [thread.id]: '' }));
                });
              }}
            >
              <input
                aria-label={t('comments.reply.placeholder')}
                placeholder={t('comments.reply.placeholder')}
                value={replies[thread.id] ?? ''}
                onChange={(e) => setReplies((r) => ({ ...r, [thread.id]: e.target.value }))}
                dir="auto"
                required
              />
              <button type="submit" className="button button--quiet">
                {t('comments.reply')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  void run(() => api[thread.resolved ? 'comments.reopen' : 'comments.resolve']({ threadId: thread.id }))
                }
              >
                {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
              </button>
            </form>
          </li>
        ))}
      </ol>
    </section>
  );
}
