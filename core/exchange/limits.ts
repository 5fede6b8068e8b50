/** Bounds on what an import reads, so one hostile or mistaken file cannot exhaust memory or the stack. */
export const IMPORT_LIMITS = {
  /** Characters in one file (pictures travel base64-encoded inside JSON, hence the room). */
  fileChars: 64 * 1024 * 1024,
  /** Nesting of JSON objects and arrays: a Lexical body needs at most 64, plus the envelope around it. */
  jsonDepth: 100,
  /** Nesting of HTML elements that the importer walks. */
  htmlDepth: 256,
  /** Articles in one file. */
  articles: 10_000,
} as const;
