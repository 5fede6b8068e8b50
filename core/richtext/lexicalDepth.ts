/** Deepest nesting of a JSON value, stopping early past `cap` so a hostile value cannot exhaust the stack. */
export function lexicalDepth(value: unknown, cap = 1000, depth = 0): number {
  if (depth > cap) return depth;
  let deepest = depth;
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) {
      deepest = Math.max(deepest, lexicalDepth(child, cap, depth + 1));
      if (deepest > cap) break;
    }
  }
  return deepest;
}
