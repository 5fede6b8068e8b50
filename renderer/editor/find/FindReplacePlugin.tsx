/**
 * Find and replace in the body (Ctrl+F, Ctrl+H): harakat-insensitive by default, as search is
 * (core/arabic/findMatches.ts). Every match is highlighted with the CSS Custom Highlight API, which leaves
 * the caret and the focus in the find box; the current one is selected in the body when the box closes.
 * "Replace all" is one editor update, so one undo step of the article's history.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { useI18n, useUiDir } from '../../i18n/I18nProvider';
import { $bodyMatches, $textBlocksOf, type BodyMatch, type Point } from './bodyMatches';

export interface FindRequest {
  mode: 'find' | 'replace';
  /** Grows with each request, so the same mode asked again takes the focus again. */
  n: number;
}

const ALL = 'midad-find';
const CURRENT = 'midad-find-current';

function domRange(editor: LexicalEditor, start: Point, end: Point): Range | null {
  const a = editor.getElementByKey(start.node.getKey())?.firstChild;
  const b = editor.getElementByKey(end.node.getKey())?.firstChild;
  if (!(a instanceof Text) || !(b instanceof Text)) return null;
  const range = document.createRange();
  range.setStart(a, Math.min(start.offset, a.length));
  range.setEnd(b, Math.min(end.offset, b.length));
  return range;
}

function highlight(editor: LexicalEditor, matches: BodyMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = matches.map((m) => domRange(editor, m.start, m.end));
  CSS.highlights.set(ALL, new Highlight(...ranges.filter((r): r is Range => r !== null)));
  const here = ranges[current];
  if (here) {
    CSS.highlights.set(CURRENT, new Highlight(here));
    here.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  } else CSS.highlights.delete(CURRENT);
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

function $rangeOf(match: BodyMatch) {
  const selection = $createRangeSelection();
  selection.anchor.set(match.start.node.getKey(), match.start.offset, 'text');
  selection.focus.set(match.end.node.getKey(), match.end.offset, 'text');
  return selection;
}

function $select(match: BodyMatch): void {
  $setSelection($rangeOf(match));
}

function $replace(match: BodyMatch, text: string): void {
  const selection = $rangeOf(match);
  $setSelection(selection);
  selection.insertText(text);
}

export function FindReplacePlugin({ request }: { request: FindRequest | null }) {
  const [editor] = useLexicalComposerContext();
  const { t, locale } = useI18n();
  const uiDir = useUiDir();
  const [open, setOpen] = useState<FindRequest | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [exact, setExact] = useState(false);
  const [current, setCurrent] = useState(0);
  const findBox = useRef<HTMLInputElement>(null);
  const replaceBox = useRef<HTMLInputElement>(null);

  const [lastRequest, setLastRequest] = useState(request);
  if (request !== lastRequest) {
    setLastRequest(request);
    if (request) setOpen(request);
  }

  useEffect(() => {
    if (!open) return;
    // Only when a request opens the bar: typing in it must not move the focus.
    (open.mode === 'replace' && findBox.current?.value ? replaceBox : findBox).current?.focus();
    findBox.current?.select();
  }, [open]);

  // Matches follow the text as the person edits it, and the query as they type it.
  const [version, setVersion] = useState(0);
  useEffect(() => (open ? editor.registerUpdateListener(() => setVersion((v) => v + 1)) : undefined), [editor, open]);
  const found = useMemo(
    () => (open && version >= 0 ? editor.getEditorState().read(() => $bodyMatches(query, exact)) : []),
    [editor, open, query, exact, version],
  );
  const count = found.length;
  const here = count ? Math.min(current, count - 1) : 0;
  useEffect(() => {
    if (!open) return;
    highlight(editor, found, here);
    return clearHighlights;
  }, [editor, open, found, here]);

  if (!open) return null;

  const move = (step: number) => setCurrent(count === 0 ? 0 : (here + step + count) % count);
  const close = () => {
    const match = found[here];
    setOpen(null);
    if (match) editor.update(() => $select(match));
    editor.focus();
  };
  const replaceOne = () => {
    const match = found[here];
    if (!match) return;
    editor.update(() => $replace(match, replacement), { tag: SKIP_DOM_SELECTION_TAG });
  };
  const replaceAll = () => {
    editor.update(
      () => {
        // Block by block, last match first, so the offsets of the earlier ones still hold.
        for (const block of $textBlocksOf()) {
          for (const found of $bodyMatches(query, exact, block).reverse()) {
            $replace(found, replacement);
          }
        }
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    );
    // The button goes disabled with nothing left to replace: the focus stays in the bar, in the find box.
    findBox.current?.focus();
  };

  return (
    // The bar is the interface's, though it sits in the article's page: in the article's direction an
    // English bar over an Arabic story read «of 0 0» and put Next before Previous.
    <div
      className="find-bar"
      dir={uiDir}
      lang={locale}
      role="search"
      aria-label={t('find.label')}
      data-testid="find-bar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <input
        ref={findBox}
        className="input"
        dir="auto"
        aria-label={t('find.query')}
        placeholder={t('find.query')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setCurrent(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            move(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="find-bar__count" data-testid="find-count" aria-live="polite">
        {query ? t('find.count', { current: count ? here + 1 : 0, count }) : ''}
      </span>
      <button type="button" className="button button--small" onClick={() => move(-1)} disabled={!count}>
        {t('find.previous')}
      </button>
      <button type="button" className="button button--small" onClick={() => move(1)} disabled={!count}>
        {t('find.next')}
      </button>
      <label className="find-bar__exact">
        <input type="checkbox" checked={exact} onChange={(e) => setExact(e.target.checked)} />
        {t('find.exact')}
      </label>
      {open.mode === 'replace' && (
        <>
          <input
            ref={replaceBox}
            className="input"
            dir="auto"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                replaceOne();
              }
            }}
          />
          <button type="button" className="button button--small" onClick={replaceOne} disabled={!count}>
            {t('find.replace')}
          </button>
          <button type="button" className="button button--small" onClick={replaceAll} disabled={!count}>
            {t('find.replaceAll')}
          </button>
        </>
      )}
      <button type="button" className="button button--quiet button--small" onClick={close}>
        {t('find.close')}
      </button>
    </div>
  );
}
