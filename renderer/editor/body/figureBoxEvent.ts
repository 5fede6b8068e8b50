/**
 * Whether an event comes from a box inside a figure (caption, credit, alt text): those are the figure's own
 * inputs inside the body editor, and a body plugin must leave their typing, pasting and cutting to them.
 */
import { $isSelectionCapturedInDecoratorInput, isDOMNode } from 'lexical';

export function fromFigureBox(event: Event): boolean {
  return isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target);
}
