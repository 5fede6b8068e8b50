/** Small builders for review tests: people, times, bodies with marks and suggestions. */
import type { Profile } from '../../../core/settings/schema';
import { paragraphNode } from '../../../core/richtext/lexicalState';
import type { LexicalState } from '../../../core/article/schema';
import type { JsonNode } from '../../../core/review/lexicalWalk';

export const JOURNALIST: Profile = { name: 'ليلى', role: 'journalist' };
export const EDITOR: Profile = { name: 'سلمى', role: 'editor' };

/** A UUID that reads as its number, for stable ids in expectations. */
export function uid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** An ISO time `minutes` after a fixed start. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2026, 10, 29, 8, minutes)).toISOString();
}

export function text(value: string): JsonNode {
  return { type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 };
}

export function mark(ids: string[], value: string): JsonNode {
  return { type: 'mark', version: 1, ids, direction: null, format: '', indent: 0, children: [text(value)] };
}

export function paragraph(...children: JsonNode[]): JsonNode {
  return { ...paragraphNode(''), children };
}

export function body(...paragraphs: JsonNode[]): LexicalState {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } };
}
