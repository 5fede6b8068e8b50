/**
 * Results of the archive's Arabic-aware search (`search.query`): how many match, most relevant or newest
 * first, the headline and a snippet with the matched words marked, a hundred at a time. Segments are
 * rendered as text nodes, never as HTML.
 */
import { useEffect, useRef, useState } from 'react';
import type { ListFilter } from '../../core/article/listFilter';
import type { MidadApi } from '../../core/api/contract';
import { RANK_WINDOW, SEARCH_LIMITS, type SearchRequest, type SearchResult } from '../../core/search/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import { textDir } from '../i18n/textDir';

const TYPING_PAUSE_MS = 250;
const PAGE = SEARCH_LIMITS.pageSize;

type Sort = SearchRequest['sort'];

function Segments({ segments }: { segments: Array<{ text: string; hit: boolean }> }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** The archive's filters in the search request's terms: a day's range covers the whole day. */
function searchFilters(filter: ListFilter) {
  return {
    ...(filter.status ? { status: [filter.status] } : {}),
    ...(filter.section ? { section: filter.section } : {}),
    ...(filter.byline ? { byline: filter.byline } : {}),
    ...(filter.updatedFrom ? { updatedFrom: `${filter.updatedFrom}T00:00:00Z` } : {}),
    ...(filter.updatedTo ? { updatedTo: `${filter.updatedTo}T23:59:59Z` } : {}),
  };
}

interface Props {
  api: MidadApi;
  query: string;
  filter: ListFilter;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
}

export function SearchResults({ api, query, filter, onOpen, onError }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const [sort, setSort] = useState<Sort>('relevance');
  // The shown results remember the search they answer: until the answer to a new search (words, filters,
  // order) arrives they stay on screen but are stale, and "show more" must not extend them in the new order.
  const [shown, setShown] = useState<{ key: string; result: SearchResult } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Each new search is a generation; an answer to an older one is dropped.
  const generation = useRef(0);
  const key = JSON.stringify([query, searchFilters(filter), sort]);

  useEffect(() => {
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      api['search.query']({ query, filters: searchFilters(filter), sort, limit: PAGE }).then(
        (result) => mine === generation.current && setShown({ key, result }),
        onError,
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [api, key, query, filter, sort, onError]);

  const stale = shown !== null && shown.key !== key;
  const showMore = () => {
    if (!shown || stale) return;
    const mine = generation.current;
    setLoadingMore(true);
    api['search.query']({ query, filters: searchFilters(filter), sort, limit: PAGE, offset: shown.result.items.length })
      .then((r) => {
        if (mine === generation.current)
          setShown(
            (prev) => prev && { key: prev.key, result: { items: [...prev.result.items, ...r.items], total: r.total } },
          );
      }, onError)
      .finally(() => setLoadingMore(false));
  };

  if (!shown) return <p className="archive-list__note">{t('archive.loading')}</p>;
  const { result } = shown;
  if (result.items.length === 0) return <p className="archive-list__note">{t('archive.noMatch')}</p>;
  const more = result.items.length < result.total && result.items.length <= SEARCH_LIMITS.offset;
  return (
    <section
      className="search-panel"
      aria-label={t('archive.searchResults', { count: result.total })}
      aria-busy={stale}
      data-stale={stale || undefined}
      data-testid="search-panel"
    >
      <div className="search-bar">
        <span className="search-bar__total" data-testid="search-total">
          {t('archive.searchResults', { count: result.total })}
        </span>
        <div className="segmented" role="group" aria-label={t('search.sort')}>
          {(['relevance', 'date'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="segmented__item"
              aria-pressed={sort === s}
              onClick={() => setSort(s)}
            >
              {t(`search.sort.${s}`)}
            </button>
          ))}
        </div>
      </div>
      {sort === 'relevance' && result.total > RANK_WINDOW && (
        <p className="search-note" data-testid="search-windowed">
          {t('search.windowed', { window: RANK_WINDOW })}
        </p>
      )}
      <div className="search-scroll">
        <ol className="search-results" data-testid="search-results">
          {result.items.map((hit) => (
            <li key={hit.id} className="search-hit">
              <button
                type="button"
                className="archive-table__open"
                dir={textDir(hit.headlineSegments.map((s) => s.text).join(''))}
                onClick={() => onOpen(hit.id)}
                data-testid="search-hit"
              >
                <Segments segments={hit.headlineSegments} />
              </button>
              <p
                className="search-hit__snippet"
                dir={textDir(hit.snippet.segments.map((s) => s.text).join(''))}
                data-testid="search-snippet"
              >
                <Segments segments={hit.snippet.segments} />
              </p>
              <p className="search-hit__meta">
                <bdi dir="auto">{hit.section}</bdi>
                <span className={`status status--${hit.status}`}>{t(`status.${hit.status}`)}</span>
                <span>{dates.dateTime(hit.updatedAt)}</span>
              </p>
            </li>
          ))}
        </ol>
        {more && (
          <button
            type="button"
            className="button search-more"
            onClick={showMore}
            disabled={loadingMore || stale}
            data-testid="search-more"
          >
            {t(loadingMore ? 'archive.loading' : 'search.more')}
          </button>
        )}
      </div>
    </section>
  );
}
