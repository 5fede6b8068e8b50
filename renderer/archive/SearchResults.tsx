/**
 * Results of the archive's Arabic-aware search (`search.query`): the headline and a snippet with the
 * matched words marked. Segments are rendered as text nodes, never as HTML.
 */
import { useEffect, useState } from 'react';
import type { ListFilter } from '../../core/article/listFilter';
import type { MidadApi } from '../../core/api/contract';
import type { SearchResult } from '../../core/search/schema';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/formatDate';

const TYPING_PAUSE_MS = 250;

function Segments({ segments }: { segments: Array<{ text: string; hit: boolean }> }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

interface Props {
  api: MidadApi;
  query: string;
  filter: ListFilter;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
}

export function SearchResults({ api, query, filter, onOpen, onError }: Props) {
  const { t, locale } = useI18n();
  const [result, setResult] = useState<SearchResult | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const filters = {
        ...(filter.status ? { status: [filter.status] } : {}),
        ...(filter.section ? { section: filter.section } : {}),
        ...(filter.byline ? { byline: filter.byline } : {}),
        ...(filter.updatedFrom ? { updatedFrom: `${filter.updatedFrom}T00:00:00Z` } : {}),
        ...(filter.updatedTo ? { updatedTo: `${filter.updatedTo}T23:59:59Z` } : {}),
      };
      api['search.query']({ query, filters, limit: 100 }).then((r) => live && setResult(r), onError);
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, filter, onError]);

  if (!result) return <p className="archive-list__note">{t('archive.loading')}</p>;
  if (result.items.length === 0) return <p className="archive-list__note">{t('archive.noMatch')}</p>;
  return (
    <ol className="search-results" aria-label={t('archive.searchResults', { count: result.total })} data-testid="search-results">
      {result.items.map((hit) => (
        <li key={hit.id} className="search-hit">
          <button type="button" className="archive-table__open" dir="auto" onClick={() => onOpen(hit.id)} data-testid="search-hit">
            <Segments segments={hit.headlineSegments} />
          </button>
          <p className="search-hit__snippet" dir="auto">
            <Segments segments={hit.snippet.segments} />
          </p>
          <p className="search-hit__meta">
            <span>{hit.section}</span>
            <span className={`status status--${hit.status}`}>{t(`status.${hit.status}`)}</span>
            <span>{formatDateTime(hit.updatedAt, locale)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
