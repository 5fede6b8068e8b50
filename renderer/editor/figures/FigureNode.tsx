/**
 * A figure in the body: a block that references a media item of the article by id. The picture, caption,
 * credit and alt text live with the media in the archive; the body stores only where the figure stands.
 */
import type { JSX } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { FigureBlock } from './FigureBlock';

export type SerializedFigureNode = Spread<{ mediaId: string }, SerializedLexicalNode>;

export class FigureNode extends DecoratorNode<JSX.Element> {
  __mediaId: string;

  static override getType(): string {
    return 'midad-figure';
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__mediaId, node.__key);
  }

  static override importJSON(json: SerializedFigureNode): FigureNode {
    return $createFigureNode(json.mediaId);
  }

  constructor(mediaId: string, key?: NodeKey) {
    super(key);
    this.__mediaId = mediaId;
  }

  override exportJSON(): SerializedFigureNode {
    return { ...super.exportJSON(), type: 'midad-figure', version: 1, mediaId: this.__mediaId };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'ed-figure';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <FigureBlock mediaId={this.__mediaId} nodeKey={this.getKey()} />;
  }
}

export function $createFigureNode(mediaId: string): FigureNode {
  return $applyNodeReplacement(new FigureNode(mediaId));
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
