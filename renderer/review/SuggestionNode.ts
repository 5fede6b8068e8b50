/**
 * A pending suggestion in the body: an inline element around the suggested insertion (shown as <ins>) or
 * deletion (<del>), carrying its id, author and time in the JSON exactly as core/review/suggestions reads
 * it. Suggesting mode (SuggestingModePlugin) creates and grows them; accepting or rejecting happens in the
 * archive (suggestions.decide), never by editing these nodes.
 */
import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { SUGGESTION_NODE_TYPE, type SuggestionMark } from '../../core/review/suggestions';

export type SerializedSuggestionNode = Spread<SuggestionMark, SerializedElementNode>;

export class SuggestionNode extends ElementNode {
  __suggestion: SuggestionMark;

  static override getType(): string {
    return SUGGESTION_NODE_TYPE;
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__suggestion, node.__key);
  }

  static override importJSON(json: SerializedSuggestionNode): SuggestionNode {
    const { suggestionId, kind, author, createdAt } = json;
    return new SuggestionNode({ suggestionId, kind, author, createdAt }).updateFromJSON(
      json as LexicalUpdateJSON<SerializedSuggestionNode>,
    );
  }

  constructor(suggestion: SuggestionMark, key?: NodeKey) {
    super(key);
    this.__suggestion = suggestion;
  }

  /** Who suggested what, and when. */
  getMark(): SuggestionMark {
    return this.getLatest().__suggestion;
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.__suggestion };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const { kind, suggestionId, author } = this.__suggestion;
    const element = document.createElement(kind === 'insert' ? 'ins' : 'del');
    element.className = `suggestion suggestion--${kind}`;
    element.dataset.suggestion = suggestionId;
    // The author's own name, not interface text: who suggested it shows on hover.
    element.title = author.name;
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createSuggestionNode(mark: SuggestionMark): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode(mark));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}
