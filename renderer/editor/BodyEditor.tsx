/**
 * The article body: Lexical rich text in the article's direction. Its root carries that direction, so a
 * paragraph without one of its own takes the article's (a paragraph of an Arabic article starting «CNN نقلت…»
 * stays right-to-left); `auto` and the fixed directions are each paragraph's choice (body/blockFormat.ts).
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { ORDERED_LIST, QUOTE, UNORDERED_LIST, type Transformer } from '@lexical/markdown';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';
import { SuggestionNode } from '../review/SuggestionNode';
import { useState, type ReactNode } from 'react';
import type { LexicalState } from '../../core/article/schema';
import { editorTheme } from './theme';
import { useI18n, useUiDir } from '../i18n/I18nProvider';
import { validLinkUrl } from '../../core/richtext/linkUrl';
import { BodyToolbar } from './body/BodyToolbar';
import { BodyEventsPlugin, type BodyEvents } from './body/BodyEventsPlugin';
import { PastePlugin } from './body/PastePlugin';
import { AutoDirectionPlugin } from './body/AutoDirectionPlugin';
import { FindReplacePlugin, type FindRequest } from './find/FindReplacePlugin';
import { ShellCommandsPlugin } from './ShellCommandsPlugin';
import { FigureNode } from './figures/FigureNode';
import { FiguresPlugin } from './figures/FiguresPlugin';
import { BodyHistoryPlugin } from './history/BodyHistoryPlugin';

interface Props extends BodyEvents {
  initialState: LexicalState;
  /** The article's direction, from its language. */
  dir: 'rtl' | 'ltr';
  /** Open the find (or find and replace) bar: Ctrl+F or Ctrl+H anywhere on the screen. */
  findRequest: FindRequest | null;
  /** Screen actions at the end of the body's toolbar, before the help (print, focus mode). */
  toolbarEnd?: ReactNode;
  label: string;
  placeholder: string;
  onHelp: () => void;
  /** More plugins inside the editor (the review area's comment marks). */
  children?: ReactNode;
}

export const BODY_NODES = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  FigureNode,
  MarkNode,
  SuggestionNode,
];

/**
 * Module-level, so LinkPlugin sees the same function on every render. A new one re-registers the plugin, and
 * registering its node transform marks every link dirty in a body update that puts Lexical's selection back
 * in the DOM: the body took the focus from the headline (or tags, note, caption) at the first keystroke.
 */
const validateUrl = (url: string) => validLinkUrl(url) !== null;

/** «- » or «* » starts a list, «1. » a numbered one, «> » a quote (shortcuts.ts lists them for the help). */
const TYPED_BLOCKS: Transformer[] = [UNORDERED_LIST, ORDERED_LIST, QUOTE];

export function BodyEditor({
  initialState,
  dir,
  findRequest,
  toolbarEnd,
  label,
  placeholder,
  onHelp,
  onShortcut,
  children,
  ...events
}: Props) {
  const [linkRequest, setLinkRequest] = useState(0);
  const { locale } = useI18n();
  const uiDir = useUiDir();
  const config = {
    namespace: 'midad-body',
    theme: editorTheme,
    nodes: BODY_NODES,
    editorState: JSON.stringify({ ...initialState, root: { ...initialState.root, direction: dir } }),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <BodyToolbar onHelp={onHelp} linkRequest={linkRequest} end={toolbarEnd} />
      <FindReplacePlugin request={findRequest} />
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-editor__content"
              aria-label={label}
              aria-placeholder={placeholder}
              placeholder={
                // Where the article's first line starts, in the interface's language and direction: in an
                // Arabic story the English «Start writing…» read «…Start writing».
                <div className="body-editor__placeholder">
                  <span dir={uiDir} lang={locale}>
                    {placeholder}
                  </span>
                </div>
              }
              data-testid="body-editor"
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <BodyHistoryPlugin />
        <ShellCommandsPlugin />
        <ListPlugin />
        <MarkdownShortcutPlugin transformers={TYPED_BLOCKS} />
        <LinkPlugin validateUrl={validateUrl} />
        <PastePlugin />
        <AutoDirectionPlugin />
        <FiguresPlugin />
        <BodyEventsPlugin
          {...events}
          onShortcut={(action) => (action === 'link' ? setLinkRequest((n) => n + 1) : onShortcut(action))}
        />
        {children}
      </div>
    </LexicalComposer>
  );
}
