/**
 * JSON objects whose keys are data (ninjs `associations`, named by their senders): read into a Map, so a key
 * called `__proto__` is a picture like any other rather than a prototype silently set, and `constructor` or
 * `toString` are names rather than something every object already has. For the importers' schemas.
 */
import { z } from 'zod';

const isPlainJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object's own keys and values, in the file's order (JSON.parse makes `__proto__` an own key too). */
export function keyedEntries(value: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(value));
}

/** A JSON object of named values as a Map of validated values; anything else is left for the schema to refuse. */
export function keyedMap<T extends z.ZodType>(item: T) {
  return z.preprocess((raw) => (isPlainJsonObject(raw) ? keyedEntries(raw) : raw), z.map(z.string(), item));
}
