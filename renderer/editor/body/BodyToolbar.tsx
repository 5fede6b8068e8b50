/**
 * The body's formatting toolbar: paragraph style, bold/italic/underline, lists, link, paragraph direction,
 * figures and the shortcut help, on one line. A toolbar in the ARIA sense: one tab stop, arrow keys move
 * inside it. Undo and redo are the whole article's, in the screen's header (HistoryButtons).
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type TextFormatType } from 'lexical';
import { useI18n, useUiDir } from '../../i18n/I18nProvider';
import {
  $currentBlock,
  $setBlockType,
  $setDirection,
  DIRECTIONS,
  type BLOCK_TYPES,
  type BlockType,
  type Direction,
} from './blockFormat';
import { LinkForm } from './LinkForm';
import { InsertFigureMenu } from './InsertFigureMenu';

interface State {
  block: BlockType;
  direction: Direction;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

const INITIAL: State = {
  block: 'paragraph',
  direction: 'article',
  bold: false,
  italic: false,
  underline: false,
  link: false,
};

export function BodyToolbar({ onHelp, linkRequest }: { onHelp: () => void; linkRequest: number }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [state, setState] = useState<State>(INITIAL);
  const [linkOpen, setLinkOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);

  // Each new link request (Ctrl+K in the body) opens the link form, adjusted while rendering.
  const [seenLinkRequest, setSeenLinkRequest] = useState(0);
  if (linkRequest !== seenLinkRequest) {
    setSeenLinkRequest(linkRequest);
    if (linkRequest > 0) setLinkOpen(true);
  }

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const block = $currentBlock();
          const node = selection.anchor.getNode();
          const next: State = {
            block: block?.type ?? 'paragraph',
            direction: block?.direction ?? 'article',
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            underline: selection.hasFormat('underline'),
            link: $isLinkNode(node.getParent()) || $isLinkNode(node),
          };
          // Most keystrokes change none of this: keep the same object so React skips the render.
          setState((prev) => ((Object.keys(next) as (keyof State)[]).every((k) => prev[k] === next[k]) ? prev : next));
        });
      }),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlock = (value: string) => {
    if (value === 'ol') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else if (value === 'ul') editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else {
      if (state.block === 'ol' || state.block === 'ul') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      editor.update(() => $setBlockType(value as (typeof BLOCK_TYPES)[number]));
    }
    editor.focus();
  };

  // One tab stop for the whole toolbar (the control last used), so Tab from the standfirst reaches the body in
  // two presses: the others are taken out of the tab order, and arrow keys move between them.
  const current = useRef(0);
  const items = () => [...(bar.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]:not(:disabled)') ?? [])];
  useLayoutEffect(() => {
    const all = items();
    all.forEach((el, i) => (el.tabIndex = i === Math.min(current.current, all.length - 1) ? 0 : -1));
  });
  const onFocus = (e: ReactFocusEvent) => {
    const all = items();
    const i = all.indexOf(e.target as HTMLElement);
    if (i === -1) return;
    current.current = i;
    all.forEach((el, j) => (el.tabIndex = j === i ? 0 : -1));
  };

  // Roving focus: arrow keys move between the toolbar's controls (mirrored in right-to-left).
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const target = e.target as HTMLElement;
    if (target.tagName === 'SELECT' || target.tagName === 'INPUT' || target.closest('[role="menu"]')) return;
    const all = items();
    const i = all.indexOf(target);
    const rtl = getComputedStyle(bar.current!).direction === 'rtl';
    const step = (e.key === 'ArrowRight') !== rtl ? 1 : -1;
    all[(i + step + all.length) % all.length]?.focus();
    e.preventDefault();
  };

  const toggle = (key: 'bold' | 'italic' | 'underline', glyph: string, label: string) => (
    <button
      type="button"
      data-toolbar-item
      className={`tool tool--${key}`}
      aria-pressed={state[key]}
      aria-label={label}
      title={label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => format(key)}
    >
      {glyph}
    </button>
  );

  return (
    <div
      className="body-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      ref={bar}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      dir={useUiDir()}
    >
      {/* Two groups: where one line is too narrow for both, the figures and the help go to a second line of their own. */}
      <div className="body-toolbar__group">
        <select
          data-toolbar-item
          className="tool-select"
          aria-label={t('toolbar.block')}
          value={state.block}
          onChange={(e) => setBlock(e.target.value)}
        >
          <option value="paragraph">{t('toolbar.paragraph')}</option>
          <option value="h2">{t('toolbar.h2')}</option>
          <option value="h3">{t('toolbar.h3')}</option>
          <option value="quote">{t('toolbar.quote')}</option>
          <option value="ul">{t('toolbar.ul')}</option>
          <option value="ol">{t('toolbar.ol')}</option>
        </select>
        <span className="body-toolbar__sep" aria-hidden="true" />
        {toggle('bold', t('toolbar.bold.glyph'), t('toolbar.bold'))}
        {toggle('italic', t('toolbar.italic.glyph'), t('toolbar.italic'))}
        {toggle('underline', t('toolbar.underline.glyph'), t('toolbar.underline'))}
        <button
          type="button"
          data-toolbar-item
          className="tool tool--text"
          aria-pressed={state.link}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => (state.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : setLinkOpen(true))}
        >
          {t('toolbar.link')}
        </button>
        <span className="body-toolbar__sep" aria-hidden="true" />
        <select
          data-toolbar-item
          className="tool-select"
          aria-label={t('toolbar.direction')}
          data-testid="direction-select"
          value={state.direction}
          onChange={(e) => {
            editor.update(() => $setDirection(e.target.value as Direction));
            editor.focus();
          }}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`toolbar.dir.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="body-toolbar__group body-toolbar__group--insert">
        <InsertFigureMenu />
        <div className="toolbar__spacer" />
        <button
          type="button"
          data-toolbar-item
          className="tool tool--text"
          aria-label={t('toolbar.help')}
          title={t('toolbar.help')}
          onClick={onHelp}
        >
          {t('toolbar.help.glyph')}
        </button>
      </div>
      {linkOpen && (
        <LinkForm
          onApply={(url) => {
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
            setLinkOpen(false);
            editor.focus();
          }}
          onCancel={() => {
            setLinkOpen(false);
            editor.focus();
          }}
        />
      )}
    </div>
  );
}
