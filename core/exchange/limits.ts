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
  /** Comment threads, and earlier versions, of one article in a Midad JSON file. */
  threads: 10_000,
  revisions: 10_000,
  /** A file's bytes when they travel inside a request (a file dropped on the archive), base64-encoded. */
  fileBytes: 24 * 1024 * 1024,
  /** Pictures in one article (hostile inputs): a gallery has hundreds; more is refused, not stalled on. */
  picturesPerArticle: 10_000,
} as const;
