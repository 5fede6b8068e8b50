/**
 * The archive: every article, newest first, in a windowed list (only the rows in view exist in the page,
 * fetched a page at a time), with filters, duplicate, move to trash, and the trash itself, which is
 * emptied only after a confirmation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../core/article/schema';
import type { ListFilter } from '../../core/article/listFilter';
import type { MidadApi } from '../../core/api/contract';
// newsroom sync
import { SyncIndicator } from '../sync/SyncIndicator';
import { ConflictBadge } from '../sync/ConflictBadge';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { textDir } from '../i18n/textDir';
import { ScreenHeader } from '../ui/ScreenHeader';
import { useDates } from '../i18n/useDates';
import { Modal } from '../ui/Modal';
import { ArchiveFilters } from './ArchiveFilters';
import { RecoveryOffers } from './RecoveryOffers';
import { FileDrop } from '../exchange/FileDrop';
import { HtmlPreviewButton } from '../exchange/HtmlPreview';
import { SearchResults } from './SearchResults';
import { PAGE_SIZE, useArticlePages } from './useArticlePages';
import { pagesFor, rowWindow } from './window';
import { openInNewWindow } from './openInNewWindow';

interface Props {
  api: MidadApi;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
}

const ROW_HEIGHT = 64;

export function ArchiveScreen({ api, onOpen, onError }: Props) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const [trash, setTrash] = useState(false);
  const [filter, setFilter] = useState<ListFilter>({});
  const [query, setQuery] = useState('');
  const searching = !trash && query.trim() !== '';
  const [creating, setCreating] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const list = useArticlePages(api, trash, filter, onError);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [list.total]);

  const total = list.total ?? 0;
  const { first, end } = rowWindow(view.top, view.height, ROW_HEIGHT, total);
  const { need } = list;
  useEffect(() => need(pagesFor({ first, end }, PAGE_SIZE)), [need, first, end]);

  const act = (action: () => Promise<unknown>) => () => void action().then(list.refresh, onError);

  const create = async () => {
    setCreating(true);
    try {
      onOpen((await api['articles.create']({ language: settings.articleLanguage })).id);
    } catch (error) {
      onError(error);
      setCreating(false);
    }
  };

  const onFilter = useCallback(
    (f: ListFilter) => setFilter((prev) => (JSON.stringify(prev) === JSON.stringify(f) ? prev : f)),
    [],
  );
  const filtered = Object.keys(filter).length > 0;

  return (
    <FileDrop className="archive-screen" api={api} onImported={list.refresh}>
      <ScreenHeader
        title={t('archive.title')}
        end={
          <>
            <SyncIndicator />
            {trash ? (
              <button
                type="button"
                className="button button--danger"
                // Just after switching to the trash the count is still the archive's: asking to empty "5,101
                // articles" from a trash of one would be untrue, so the button waits for the trash's own count.
                disabled={total === 0 || !list.current}
                onClick={() => setConfirmEmpty(true)}
              >
                {t('archive.emptyTrash')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void create()}
                disabled={creating}
              >
                {t('archive.new')}
              </button>
            )}
          </>
        }
      >
        <span className="toolbar__meta" data-testid="archive-count">
          {t('archive.count', { count: total })}
        </span>
        <div className="segmented" role="group" aria-label={t('archive.view')}>
          <button type="button" className="segmented__item" aria-pressed={!trash} onClick={() => setTrash(false)}>
            {t('archive.view.archive')}
          </button>
          <button
            type="button"
            className="segmented__item"
            aria-pressed={trash}
            onClick={() => setTrash(true)}
            data-testid="view-trash"
          >
            {t('archive.view.trash')}
          </button>
        </div>
      </ScreenHeader>
      <RecoveryOffers onOpen={onOpen} />
      <div className="search-box" role="search">
        <label htmlFor="archive-search" className="form-field__label">
          {t('archive.search')}
        </label>
        <input
          id="archive-search"
          className="input"
          type="search"
          dir="auto"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <ArchiveFilters onChange={onFilter} />
      <main className="archive-list" aria-label={t('archive.list')}>
        {searching ? (
          <SearchResults api={api} query={query.trim()} filter={filter} onOpen={onOpen} onError={onError} />
        ) : list.total === null ? (
          <p className="archive-list__note">{t('archive.loading')}</p>
        ) : total === 0 ? (
          <p className="archive-list__note">
            {t(filtered ? 'archive.noMatch' : trash ? 'archive.trashEmpty' : 'archive.empty')}
          </p>
        ) : (
          <div className="archive-table" role="table" aria-label={t('archive.list')} aria-rowcount={total + 1}>
            <div className="archive-row archive-row--head" role="row" aria-rowindex={1}>
              <span role="columnheader">{t('archive.column.headline')}</span>
              <span role="columnheader">{t('archive.column.section')}</span>
              <span role="columnheader">{t('archive.column.status')}</span>
              <span role="columnheader">{t('archive.column.byline')}</span>
              <span role="columnheader">{t('archive.column.updated')}</span>
              <span role="columnheader">{t('archive.column.actions')}</span>
            </div>
            <div
              className="archive-scroller"
              ref={scroller}
              data-testid="archive-scroller"
              onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
            >
              <div role="rowgroup" style={{ height: total * ROW_HEIGHT, position: 'relative' }}>
                {Array.from({ length: end - first }, (_, i) => first + i).map((index) => (
                  <Row
                    key={index}
                    index={index}
                    item={list.row(index)}
                    trash={trash}
                    onOpen={onOpen}
                    onOpenNew={openInNewWindow}
                    onDuplicate={(id) => act(() => api['articles.duplicate']({ id }))()}
                    onTrash={(id) => act(() => api['articles.trash']({ id }))()}
                    onRestore={(id) => act(() => api['articles.restore']({ id }))()}
                  />
                ))}
              </div>
            </div>
          </div>
        )}
      </main>
      {confirmEmpty && (
        <Modal title={t('archive.emptyTrash.title')} onClose={() => setConfirmEmpty(false)} testId="empty-trash-dialog">
          <p className="modal__body">{t('archive.emptyTrash.body', { count: total })}</p>
          <div className="modal__actions">
            <button type="button" className="button" onClick={() => setConfirmEmpty(false)} autoFocus>
              {t('dialog.cancel')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setConfirmEmpty(false);
                act(() => api['articles.emptyTrash']({}))();
              }}
            >
              {t('archive.emptyTrash.confirm')}
            </button>
          </div>
        </Modal>
      )}
    </FileDrop>
  );
}

interface RowProps {
  index: number;
  item: ArticleSummary | undefined;
  trash: boolean;
  onOpen: (id: string) => void;
  onOpenNew: (id: string) => void;
  onDuplicate: (id: string) => void;
  onTrash: (id: string) => void;
  onRestore: (id: string) => void;
}

function Row({ index, item, trash, onOpen, onOpenNew, onDuplicate, onTrash, onRestore }: RowProps) {
  const { t } = useI18n();
  const dates = useDates();
  const position = { top: index * ROW_HEIGHT, height: ROW_HEIGHT };
  if (!item)
    return <div className="archive-row archive-row--loading" role="row" aria-rowindex={index + 2} style={position} />;
  const headline = item.headline || t('archive.untitled');
  return (
    <div className="archive-row" role="row" aria-rowindex={index + 2} style={position}>
      {/* The cell, not the button, takes the headline's direction, and the cell's direction decides which end a
          long headline is cut at (its end, not its start): that of most of its letters, so «CNN نقلت…» is cut at
          its Arabic end. */}
      <span role="cell" dir={textDir(headline)} className="archive-row__headline">
        {trash ? (
          <span title={headline}>{headline}</span>
        ) : (
          <button
            type="button"
            className="archive-table__open"
            title={headline}
            onClick={() => onOpen(item.id)}
            data-testid="archive-row"
          >
            {headline}
          </button>
        )}
      </span>
      <span role="cell" dir="auto" className="archive-row__soft">
        {item.section}
      </span>
      <span role="cell">
        <span className={`status status--${item.status}`}>{t(`status.${item.status}`)}</span>
        {item.conflicted && <ConflictBadge />}
      </span>
      <span role="cell" dir="auto" className="archive-row__soft">
        {item.byline}
      </span>
      <span role="cell" className="archive-table__date">
        {dates.dateTime(item.updatedAt)}
      </span>
      <span role="cell" className="archive-row__actions">
        {trash ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('archive.restore.label', { headline })}
            onClick={() => onRestore(item.id)}
          >
            {t('archive.restore')}
          </button>
        ) : (
          <>
            <HtmlPreviewButton articleId={item.id} label={t('preview.open.label', { headline })} small />
            <button
              type="button"
              className="button button--small button--icon"
              aria-label={t('archive.newWindow.label', { headline })}
              title={t('archive.newWindow')}
              onClick={() => onOpenNew(item.id)}
            >
              <span className="tool__flip" aria-hidden="true">
                {'↗'}
              </span>
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('archive.duplicate.label', { headline })}
              onClick={() => onDuplicate(item.id)}
            >
              {t('archive.duplicate')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-label={t('archive.toTrash.label', { headline })}
              onClick={() => onTrash(item.id)}
            >
              {t('archive.toTrash')}
            </button>
          </>
        )}
      </span>
    </div>
  );
}
