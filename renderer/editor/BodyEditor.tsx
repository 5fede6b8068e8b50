/** The article body: Lexical rich text, laid out right-to-left for Arabic, each paragraph `dir="auto"`. */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import type { EditorState } from 'lexical';
import type { LexicalState } from '../../core/article/schema';
import { editorTheme } from './theme';
import { ShellCommandsPlugin } from './ShellCommandsPlugin';

interface Props {
  initialState: LexicalState;
  label: string;
  placeholder: string;
  onChange: (state: LexicalState) => void;
}

export function BodyEditor({ initialState, label, placeholder, onChange }: Props) {
  const config = {
    namespace: 'midad-body',
    theme: editorTheme,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    editorState: JSON.stringify(initialState),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-editor__content"
              aria-label={label}
              aria-placeholder={placeholder}
              placeholder={<div className="body-editor__placeholder">{placeholder}</div>}
              data-testid="body-editor"
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ShellCommandsPlugin />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state: EditorState) => onChange(state.toJSON() as unknown as LexicalState)}
        />
      </div>
    </LexicalComposer>
  );
}
