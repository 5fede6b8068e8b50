/** One article open for writing: headline, standfirst and body, saved as the person types. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleFields } from '../../core/article/schema';
import type { MidadApi } from '../../core/api/contract';
import { renderDateline } from '../../core/article/dateline';
import { countText } from '../../core/arabic/count';
import { useI18n } from '../i18n/I18nProvider';
import { Autosave, type SaveState } from './autosave';
import { BodyEditor } from './BodyEditor';
import { PlainField } from './PlainField';
import { SaveIndicator } from './SaveIndicator';

export function EditorScreen({ api, article, onBack }: { api: MidadApi; article: Article; onBack: () => void }) {
  const { t } = useI18n();
  const [headline, setHeadline] = useState(article.headline);
  const [standfirst, setStandfirst] = useState(article.standfirst);
  const [words, setWords] = useState(article.counts.words);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const dir = article.language.startsWith('ar') ? 'rtl' : 'ltr';

  const autosave = useMemo(
    () =>
      new Autosave(
        article.id,
        article.version,
        (id, baseVersion, fields) => api['articles.save']({ id, baseVersion, fields }),
        (state, saved) => {
          setSaveState(state);
          if (saved) setWords(saved.counts.words);
        },
      ),
    [api, article.id, article.version],
  );
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;

  // Save at once when the window loses focus, is hidden or is closed.
  useEffect(() => {
    const flush = () => void autosaveRef.current.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      autosave.dispose();
    };
  }, [autosave]);

  const change = (fields: Partial<ArticleFields>) => autosave.change(fields);
  const dateline = renderDateline(article.dateline);
  const headlineCount = countText(headline);

  return (
    <div className="editor-screen" dir={dir} lang={article.language}>
      <header className="toolbar">
        <button type="button" className="button button--quiet" onClick={() => void autosave.flush().then(onBack)}>
          {t('editor.back')}
        </button>
        <div className="toolbar__spacer" />
        <span className="toolbar__meta" data-testid="word-count">{t('editor.words', { count: words })}</span>
        <SaveIndicator state={saveState} onRetry={() => void autosave.flush()} />
      </header>
      <main className="page" aria-label={t('editor.body')}>
        {article.section && <p className="page__section">{article.section}</p>}
        <PlainField
          id="headline"
          label={t('editor.headline')}
          placeholder={t('editor.headline.placeholder')}
          className="page__headline"
          value={headline}
          singleLine
          dir={dir}
          onChange={(value) => {
            setHeadline(value);
            change({ headline: value });
          }}
        />
        <p className="field__count" aria-live="off">
          {t('editor.characters', { count: headlineCount.characters })}
        </p>
        <PlainField
          id="standfirst"
          label={t('editor.standfirst')}
          placeholder={t('editor.standfirst.placeholder')}
          className="page__standfirst"
          value={standfirst}
          singleLine={false}
          dir={dir}
          onChange={(value) => {
            setStandfirst(value);
            change({ standfirst: value });
          }}
        />
        {dateline && <p className="page__dateline">{dateline}</p>}
        <BodyEditor
          initialState={article.body}
          label={t('editor.body')}
          placeholder={t('editor.body.placeholder')}
          onChange={(body) => change({ body })}
        />
      </main>
    </div>
  );
}
