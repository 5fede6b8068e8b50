/**
 * One article open for writing: headline, standfirst and body on the page, the news fields and counts
 * beside it, everything saved as the person types.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Article, ArticleFields } from '../../core/article/schema';
import { renderDateline } from '../../core/article/dateline';
import { countText } from '../../core/arabic/count';
import { encodeLabel } from '../../core/review/revisionLabel';
import { useI18n, useUiDir } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { BodyEditor } from './BodyEditor';
import { ConflictDialog } from './ConflictDialog';
import { CountsPanel } from './CountsPanel';
import { useSettledValue } from './useSettledValue';
import { HeadlineCounts } from './HeadlineCounts';
import { HelpDialog } from './HelpDialog';
import { HistoryButtons } from './HistoryButtons';
import { MetadataPanel } from './MetadataPanel';
// import: rights, subjects and the source's record
import { SourcePanel } from './SourcePanel';
import { PlainField } from './PlainField';
import { ProofingPlugin } from '../proofing/ProofingPlugin';
import { RecoveryNotice } from './RecoveryNotice';
import { SyncIndicator } from '../sync/SyncIndicator';
import { ConflictNotice } from '../sync/ConflictNotice';
import { RefusalNotice } from '../sync/RefusalNotice';
import { SaveIndicator } from './SaveIndicator';
import { shortcutFor } from './shortcuts';
import { useArticleSaving } from './useArticleSaving';
import { useFocusMode } from './useFocusMode';
import type { FindRequest } from './find/FindReplacePlugin';
import { FiguresContext } from './figures/FiguresContext';
import { ArticleHistoryContext, createArticleUndo } from './history/ArticleHistoryContext';
import { useArticleUndoKeys } from './history/useArticleUndoKeys';
import { CommentMarksPlugin, type CommentMarksHandle } from '../review/CommentMarksPlugin';
import { CommentsPanel } from '../review/CommentsPanel';
import { HistoryPanel } from '../review/HistoryPanel';
import { StatusControl } from '../review/StatusControl';
import { HtmlPreviewButton } from '../exchange/HtmlPreview';
import { SuggestionsPanel } from '../review/SuggestionsPanel';
import { SuggestingModePlugin } from '../review/SuggestingModePlugin';
import { SuggestingToggle } from '../review/SuggestingToggle';
import { HeaderEnd } from '../shell/PersonMenu';
import { ReturnedNotice } from '../review/ReturnedNotice';
import { CommentAtSelection, openCommentBox } from '../review/CommentAtSelection';
// editor: suggesting mode in the headline and standfirst
import { FieldSuggestionMarks, useSuggestedField } from '../review/FieldSuggestions';
import { keysOf, openViewMenu, useStoredToggle, ViewMenu } from './ViewMenu';
import { PictureTray } from './figures/PictureTray';
import { useApi } from '../ui/ApiContext';

/** Stored as a code, put into words when the history shows it (core/review/revisionLabel). */
const CONFLICT_LABEL = encodeLabel({ code: 'conflict' });

/** How long typing must pause before the body is counted again. */
const COUNT_DELAY_MS = 300;

interface Props {
  article: Article;
  onBack: () => void;
  /** Read the article from the archive again and start a fresh editor on it. */
  onReload: () => void;
  onError: (error: unknown) => void;
}

export function EditorScreen({ article, onBack, onReload, onError }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { settings } = useSettings();
  const [fields, setFields] = useState<ArticleFields>(article);
  const [bodyText, setBodyText] = useState(article.bodyText);
  const settledText = useSettledValue(bodyText, COUNT_DELAY_MS);
  const bodyCounts = useMemo(() => countText(settledText), [settledText]);
  const [selection, setSelection] = useState('');
  const [help, setHelp] = useState(false);
  const [media, setMedia] = useState(article.media);
  const figures = useMemo(
    () => ({ articleId: article.id, media, api, onMedia: setMedia, onError }),
    [article.id, media, api, onError],
  );
  const saving = useArticleSaving(api, article, settings.autosaveDelayMs, CONFLICT_LABEL, onReload);
  const { autosave, change } = saving;
  const dir = article.language.startsWith('ar') ? 'rtl' : 'ltr';
  const uiDir = useUiDir();
  const marks = useRef<CommentMarksHandle | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  // One history for the article's fields, new with each screen: an article just opened, or read again after
  // a conflict or a change elsewhere, has nothing to undo.
  const [undo] = useState(createArticleUndo);
  const screen = useRef<HTMLDivElement>(null);
  useArticleUndoKeys(screen, undo.history);
  /** Saves what is typed; the review panels act on the version the archive then holds. */
  const flushVersion = useCallback(async () => {
    await autosave.flush();
    return autosave.version;
  }, [autosave]);

  const edit = useCallback(
    (patch: Partial<ArticleFields>) => {
      setFields((f) => ({ ...f, ...patch }));
      change(patch);
    },
    [change],
  );

  const suggester = suggesting ? settings.profile : null;
  const headline = useSuggestedField('headline', fields, suggester, edit);
  const standfirst = useSuggestedField('standfirst', fields, suggester, edit);
  const fieldMarks = { fields, dir, articleId: article.id, flush: flushVersion, onDecided: onReload } as const;

  const focus = useFocusMode();
  const [proofingMarks, toggleProofingMarks] = useStoredToggle('midad.view.proofingMarks', true);
  const viewToggles = [
    { key: 'focus', label: t('editor.focus'), on: focus.on, toggle: focus.toggle, keys: keysOf('focus') },
    { key: 'proofing', label: t('view.proofingMarks'), on: proofingMarks, toggle: toggleProofingMarks },
    { key: 'print', label: t('editor.print'), toggle: () => print(), keys: keysOf('print') },
  ];
  const [findRequest, setFindRequest] = useState<FindRequest | null>(null);
  const find = (mode: FindRequest['mode']) => setFindRequest((r) => ({ mode, n: (r?.n ?? 0) + 1 }));
  const print = () => void autosave.flush().then(() => window.print());
  /** The screen's shortcuts, from keys anywhere on it or from the body's own handler; false for any other. */
  const runShortcut = (action: ReturnType<typeof shortcutFor>): boolean => {
    if (action === 'save') void autosave.flush();
    else if (action === 'comment') openCommentBox();
    else if (action === 'focus') focus.toggle();
    else if (action === 'print') print();
    else if (action === 'find' || action === 'replace') find(action);
    else if (action === 'view') openViewMenu();
    else return false;
    return true;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.defaultPrevented && runShortcut(shortcutFor(e.nativeEvent))) e.preventDefault();
  };

  return (
    <ArticleHistoryContext.Provider value={undo}>
      <div
        className={`editor-screen${focus.on ? ' editor-screen--focus' : ''}${focus.revealed ? ' editor-screen--revealed' : ''}${proofingMarks ? '' : ' editor-screen--no-proofing-marks'}`}
        onKeyDown={onKeyDown}
        ref={screen}
      >
        <header className="toolbar toolbar--editor">
          <button type="button" className="button button--quiet" onClick={() => void autosave.flush().then(onBack)}>
            {t('editor.back')}
          </button>
          <HistoryButtons />
          <h1 className="visually-hidden">{fields.headline || t('archive.untitled')}</h1>
          <div className="toolbar__spacer" />
          <SuggestingToggle on={suggesting} onChange={setSuggesting} />
          <StatusControl articleId={article.id} flush={flushVersion} onMoved={onReload} />
          <HtmlPreviewButton articleId={article.id} flush={flushVersion} />
          <span className="toolbar__meta" data-testid="word-count">
            {t('editor.count.words', { count: bodyCounts.words })}
          </span>
          <SaveIndicator state={saving.saveState} savedAt={saving.savedAt} onRetry={() => void autosave.flush()} />
          <SyncIndicator />
          <HeaderEnd />
        </header>
        {focus.on && (
          <button type="button" className="button focus-exit" onClick={focus.toggle} data-testid="focus-exit">
            {t('editor.focus.leave')}
          </button>
        )}
        <ReturnedNotice articleId={article.id} status={fields.status} savedVersion={autosave.version} />
        {article.conflicted && <ConflictNotice articleId={article.id} flush={flushVersion} onResolved={onReload} />}
        <RefusalNotice articleId={article.id} savedVersion={autosave.version} flush={flushVersion} onTaken={onReload} />
        {saving.localFull && (
          <div className="banner banner--error" role="alert">
            {t('recovery.localFull')}
          </div>
        )}
        <RecoveryNotice
          store={saving.store}
          article={article}
          onRestore={(entry) => {
            change(entry.fields);
            void autosave.flush().then(onReload);
          }}
        />
        <div className="editor-layout">
          <main className="page" aria-label={t('editor.body')} dir={dir} lang={article.language}>
            {fields.section && <p className="page__section">{fields.section}</p>}
            <PlainField
              id="headline"
              label={t('editor.headline')}
              placeholder={t('editor.headline.placeholder')}
              className="page__headline"
              value={headline.value}
              focusOnOpen={!article.headline && !article.bodyText}
              singleLine
              dir={dir}
              onChange={headline.onChange}
            />
            <FieldSuggestionMarks field="headline" {...fieldMarks} />
            <HeadlineCounts headline={fields.headline} />
            <PlainField
              id="standfirst"
              label={t('editor.standfirst')}
              placeholder={t('editor.standfirst.placeholder')}
              className="page__standfirst"
              value={standfirst.value}
              singleLine={false}
              dir={dir}
              onChange={standfirst.onChange}
            />
            <FieldSuggestionMarks field="standfirst" {...fieldMarks} />
            <p className="field__counts">
              <span className="field__count" data-testid="standfirst-count" dir={uiDir}>
                {t('editor.count.plain', { count: countText(fields.standfirst).characters })}
              </span>
              <span className="field__count" dir={uiDir}>
                {t('editor.count.words', { count: countText(fields.standfirst).words })}
              </span>
            </p>
            {renderDateline(fields.dateline) && <p className="page__dateline">{renderDateline(fields.dateline)}</p>}
            <FiguresContext.Provider value={figures}>
              <BodyEditor
                initialState={article.body}
                dir={dir}
                findRequest={findRequest}
                toolbarEnd={
                  // In the body's toolbar, beside the help: the header must stay one row at 1024 px (review-ux). Focus
                  // mode, the proofing underlines and print are in the View menu, in the print button's old place.
                  <ViewMenu toggles={viewToggles} />
                }
                label={t('editor.body')}
                placeholder={t('editor.body.placeholder')}
                onHelp={() => setHelp(true)}
                onChange={(editor) =>
                  autosave.changeLater(
                    'body',
                    () => editor.getEditorState().toJSON() as unknown as ArticleFields['body'],
                  )
                }
                onText={setBodyText}
                onSelectionText={setSelection}
                onShortcut={(action) => void runShortcut(action)}
              >
                <CommentMarksPlugin handle={marks} />
                {/* editor: pictures the body does not place, with a way to place them */}
                <PictureTray />
                <SuggestingModePlugin author={suggesting ? settings.profile : null} />
                <ProofingPlugin api={api} settings={settings} />
              </BodyEditor>
            </FiguresContext.Provider>
          </main>
          <aside className="side" aria-label={t('editor.details')}>
            <CountsPanel counts={bodyCounts} selection={selection} />
            <MetadataPanel value={fields} onChange={edit} />
            <SourcePanel value={fields} media={media} onChange={edit} />
            <SuggestionsPanel
              articleId={article.id}
              savedVersion={autosave.version}
              flush={flushVersion}
              onDecided={onReload}
            />
            <CommentsPanel
              articleId={article.id}
              marks={marks}
              savedVersion={autosave.version}
              media={media}
              flush={flushVersion}
            />
            <HistoryPanel
              articleId={article.id}
              savedVersion={autosave.version}
              flush={flushVersion}
              onRestored={onReload}
            />
          </aside>
        </div>
        <CommentAtSelection />
        {help && <HelpDialog onClose={() => setHelp(false)} />}
        {saving.saveState.kind === 'conflict' && (
          <ConflictDialog onKeepMine={() => void saving.keepMine()} onTakeTheirs={() => void saving.takeTheirs()} />
        )}
      </div>
    </ArticleHistoryContext.Provider>
  );
}
