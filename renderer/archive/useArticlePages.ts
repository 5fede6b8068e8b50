/**
 * The archive list fetched a page at a time, as rows scroll into view: 100,000 articles never cross the
 * bridge at once. A new query (filters, trash, a change) starts a fresh cache.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../core/article/schema';
import type { ListFilter } from '../../core/article/listFilter';
import type { MidadApi } from '../../core/api/contract';

export const PAGE_SIZE = 200;

const NO_PAGES: ReadonlyMap<number, ArticleSummary[]> = new Map();

export function useArticlePages(api: MidadApi, trash: boolean, filter: ListFilter, onError: (e: unknown) => void) {
  const [total, setTotal] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify({ trash, filter, generation });
  // The pages fetched for one query; those of an earlier query are never shown.
  const [loaded, setLoaded] = useState({ key, pages: new Map<number, ArticleSummary[]>() });
  const pages = loaded.key === key ? loaded.pages : NO_PAGES;
  const requested = useRef(new Set<number>());
  const currentKey = useRef(key);

  const fetchPage = useCallback(
    (page: number, forKey: string) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      api['articles.list']({ limit: PAGE_SIZE, offset: page * PAGE_SIZE, trash, filter }).then((result) => {
        if (forKey !== currentKey.current) return;
        setTotal(result.total);
        setLoaded((prev) => ({
          key: forKey,
          pages: new Map(prev.key === forKey ? prev.pages : []).set(page, result.items),
        }));
      }, onError);
    },
    [api, trash, filter, onError],
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    fetchPage(0, key);
  }, [key, fetchPage]);

  return {
    total,
    /** Whether `total` answers this query: until the first page of a new one arrives it is the previous one's. */
    current: loaded.key === key,
    row: (index: number): ArticleSummary | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    need: (pageNumbers: number[]) => pageNumbers.forEach((p) => fetchPage(p, currentKey.current)),
    refresh: () => setGeneration((g) => g + 1),
  };
}
