/**
 * The open article's one undo history (articleHistory.ts) for the fields on the page, and each plain box's
 * own TextHistory, kept by the box's id so a figure's boxes find theirs again when a body undo brings the
 * figure back. One per editing screen: a new article, or the same one read again, starts with nothing to undo.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { ArticleHistory, type UndoState } from './articleHistory';
import type { TextHistory } from './textHistory';

export interface ArticleUndo {
  history: ArticleHistory;
  texts: Map<string, TextHistory>;
}

export function createArticleUndo(): ArticleUndo {
  return { history: new ArticleHistory(), texts: new Map() };
}

export const ArticleHistoryContext = createContext<ArticleUndo | null>(null);

export function useArticleUndo(): ArticleUndo {
  const value = useContext(ArticleHistoryContext);
  if (!value) throw new Error('ArticleHistoryContext missing');
  return value;
}

/** Whether the article has a step to undo and one to redo, for the buttons. */
export function useUndoState(): UndoState {
  const { history } = useArticleUndo();
  return useSyncExternalStore(
    (listener) => history.subscribe(listener),
    () => history.undoState,
  );
}
