/**
 * The archive list fetched a page at a time, as rows scroll into view: 100,000 articles never cross the
 * bridge at once. A new query (filters, trash, a change) starts a fresh cache.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../core/article/schema';
import type { ListFilter } from '../../core/article/listFilter';
import type { MidadApi } from '../../core/api/contract';

export const PAGE_SIZE = 200;

export function useArticlePages(api: MidadApi, trash: boolean, filter: ListFilter, onError: (e: unknown) => void) {
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, ArticleSummary[]>>(new Map());
  const [generation, setGeneration] = useState(0);
  const requested = useRef(new Set<number>());
  const key = JSON.stringify({ trash, filter, generation });

  const fetchPage = useCallback(
    (page: number, forKey: string) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      api['articles.list']({ limit: PAGE_SIZE, offset: page * PAGE_SIZE, trash, filter }).then((result) => {
        if (forKey !== currentKey.current) return;
        setTotal(result.total);
        setPages((prev) => new Map(prev).set(page, result.items));
      }, onError);
    },
    [api, trash, filter, onError],
  );

  const currentKey = useRef(key);
  useEffect(() => {
    currentKey.current = key;
    requested.current = new Set();
    setPages(new Map());
    fetchPage(0, key);
  }, [key, fetchPage]);

  return {
    total,
    row: (index: number): ArticleSummary | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    need: (pageNumbers: number[]) => pageNumbers.forEach((p) => fetchPage(p, currentKey.current)),
    refresh: () => setGeneration((g) => g + 1),
  };
}
