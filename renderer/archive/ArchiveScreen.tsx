/** The archive: every article, newest first, and the way to start a new one. */
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../core/article/schema';
import type { MidadApi } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/formatDate';

interface Props {
  api: MidadApi;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
}

export function ArchiveScreen({ api, onOpen, onError }: Props) {
  const { t, locale } = useI18n();
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    api['articles.list']({ limit: 200 }).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setTotal(page.total);
      },
      onError,
    );
    return () => {
      live = false;
    };
  }, [api, onError]);

  const create = async () => {
    setCreating(true);
    try {
      const article = await api['articles.create']({ language: 'ar' });
      onOpen(article.id);
    } catch (error) {
      onError(error);
      setCreating(false);
    }
  };

  return (
    <div className="archive-screen">
      <header className="toolbar">
        <h1 className="toolbar__title">{t('archive.title')}</h1>
        <span className="toolbar__meta">{t('archive.count', { count: total })}</span>
        <div className="toolbar__spacer" />
        <button type="button" className="button button--primary" onClick={() => void create()} disabled={creating}>
          {t('archive.new')}
        </button>
      </header>
      <main className="archive-list" aria-label={t('archive.title')}>
        {items === null ? (
          <p className="archive-list__note">{t('archive.loading')}</p>
        ) : items.length === 0 ? (
          <p className="archive-list__note">{t('archive.empty')}</p>
        ) : (
          <table className="archive-table">
            <thead>
              <tr>
                <th scope="col">{t('archive.column.headline')}</th>
                <th scope="col">{t('archive.column.section')}</th>
                <th scope="col">{t('archive.column.status')}</th>
                <th scope="col">{t('archive.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <button
                      type="button"
                      className="archive-table__open"
                      dir="auto"
                      onClick={() => onOpen(item.id)}
                      data-testid="archive-row"
                    >
                      {item.headline || t('archive.untitled')}
                    </button>
                  </td>
                  <td dir="auto">{item.section}</td>
                  <td>
                    <span className={`status status--${item.status}`}>{t(`status.${item.status}`)}</span>
                  </td>
                  <td className="archive-table__date">{formatDateTime(item.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
