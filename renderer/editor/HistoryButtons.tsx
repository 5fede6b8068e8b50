/**
 * Undo and redo for the whole article, in the screen's header: they step through every field's edits
 * (history/articleHistory.ts), so they sit with the article's other commands, not in the body's toolbar,
 * as a word processor keeps them apart from its formatting tools. The arrows follow the reading direction.
 */
import { useI18n } from '../i18n/I18nProvider';
import { useArticleUndo, useUndoState } from './history/ArticleHistoryContext';

export function HistoryButtons() {
  const { t } = useI18n();
  const { history } = useArticleUndo();
  const { canUndo, canRedo } = useUndoState();
  return (
    <div className="history-buttons" role="group" aria-label={t('toolbar.history')}>
      <button
        type="button"
        className="tool"
        aria-label={t('toolbar.undo')}
        title={t('toolbar.undo')}
        disabled={!canUndo}
        onClick={() => history.undo()}
      >
        <span className="tool__flip">{'↶'}</span>
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('toolbar.redo')}
        title={t('toolbar.redo')}
        disabled={!canRedo}
        onClick={() => history.redo()}
      >
        <span className="tool__flip">{'↷'}</span>
      </button>
    </div>
  );
}
