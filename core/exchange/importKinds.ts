/**
 * What an import refusal says, as codes: where in the file it went wrong and what was wrong there, each kind
 * with the numbers or the path its sentence names. Defined once; the errors carry these codes as flat
 * parameters (core/api/errors.ts) and core/i18n/errorText.ts renders them in the interface language. A
 * review package is a file a person imports too, and a request's fields are values a schema refuses: their
 * refusals name the same problems.
 */

/** The parameters the kinds below may name: counts and limits are numbers, paths and JSON values strings. */
interface ImportParamTypes {
  /** 1-based line and column of a character in the file. */
  line: number;
  column: number;
  /** A JSON path as a person would look it up in the file (`articles[0].media[1].caption`); code, shown as written. */
  path: string;
  /** 1-based position of a picture in its article. */
  picture: number;
  /** A count, a depth or a number bound. */
  limit: number;
  /** A size bound in megabytes. */
  limitMb: number;
  /** The value types that would have done, VALUE_TYPES joined by `|`. */
  expected: string;
  /** The value type found instead. */
  received: ValueType;
  /** One JSON value, or several (`"draft", "published"`), or key names, as JSON writes them; code, shown as written. */
  value: string;
  values: string;
  keys: string;
}
export type ImportParam = keyof ImportParamTypes;

/** JSON's kinds of value, as the sentences name them (`integer` for a number that must be whole). */
export const VALUE_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'value'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** Where in the file. */
export const IMPORT_PLACES = {
  /** The file as a whole (its size, its bytes, its format). */
  file: [],
  line: ['line'],
  line_column: ['line', 'column'],
  /** A value inside a JSON file. */
  path: ['path'],
  /** The top level of a JSON file: the object or array the file is. */
  top: [],
  /** A picture of the article, counted from one. */
  picture: ['picture'],
  /** How deeply an HTML file's elements nest. */
  nesting: [],
  /** A field of the article as the importer read it from HTML, wire copy or ninjs (`headline`, `dateline.city`). */
  field: ['path'],
} as const satisfies Record<string, readonly ImportParam[]>;

/** What was expected there, or what was wrong. */
export const IMPORT_PROBLEMS = {
  file_unreadable: [],
  file_too_large: ['limitMb'],
  /** A dropped file's bytes arrived as something other than base64. */
  file_bytes_invalid: [],
  format_unknown: [],
  json_malformed: [],
  /** The JSON stops before it is complete: a file cut short in copying. */
  json_truncated: [],
  json_too_deep: ['limit'],
  html_too_deep: ['limit'],
  wire_empty: [],
  /** JSON that is neither a Midad export nor a ninjs object. */
  not_article: [],
  /** A file given as a review package that is not one (an article export, another program's JSON). */
  not_review_package: [],
  too_many_articles: ['limit'],
  picture_not_base64: [],
  picture_too_large: ['limitMb'],
  thread_id_taken: [],
  body_too_deep: ['limit'],
  body_too_large: ['limitMb'],
  // What the schema refused (zod's issues, mapped in zodProblem.ts).
  missing: ['expected'],
  wrong_type: ['expected', 'received'],
  text_too_long: ['limit'],
  text_too_short: ['limit'],
  text_empty: [],
  list_too_long: ['limit'],
  list_too_short: ['limit'],
  number_at_most: ['limit'],
  number_below: ['limit'],
  number_at_least: ['limit'],
  number_above: ['limit'],
  number_not_multiple: ['limit'],
  not_value: ['value'],
  not_one_of: ['values'],
  unknown_keys: ['keys'],
  not_date_time: [],
  not_uuid: [],
  not_language_tag: [],
  not_url: [],
  not_email: [],
  bad_format: [],
  bad_key: [],
  /** Anything else: a value Midad cannot read. */
  invalid: [],
  // Hostile and broken files.
  /** Bytes said to be a picture whose header is no JPEG, PNG, WebP or GIF (an HTML page named .png…). */
  picture_not_image: [],
  /** More pictures in one article than the archive takes. */
  too_many_pictures: ['limit'],
  // Imports off the main thread: a file whose reading ran past the worker thread's bounds.
  /** Reading the file took longer than the limit, in seconds: the thread reading it was stopped. */
  took_too_long: ['limit'],
  /** Reading the file needed more memory than the thread may have, in megabytes. */
  too_complex: ['limitMb'],
} as const satisfies Record<string, readonly ImportParam[]>;

export type ImportPlaceKind = keyof typeof IMPORT_PLACES;
export type ImportProblemKind = keyof typeof IMPORT_PROBLEMS;

/** The parameters a kind names, with their types: `{ limit: number }`. */
export type WithParams<Names extends readonly ImportParam[]> = { [P in Names[number]]: ImportParamTypes[P] };

/** `{ at: 'line_column', line: 3, column: 16 }` */
export type ImportPlace = {
  [K in ImportPlaceKind]: { at: K } & WithParams<(typeof IMPORT_PLACES)[K]>;
}[ImportPlaceKind];
/** `{ problem: 'text_too_long', limit: 500 }` */
export type ImportProblem = {
  [K in ImportProblemKind]: { problem: K } & WithParams<(typeof IMPORT_PROBLEMS)[K]>;
}[ImportProblemKind];

export function isImportPlaceKind(kind: unknown): kind is ImportPlaceKind {
  return typeof kind === 'string' && Object.hasOwn(IMPORT_PLACES, kind);
}

export function isImportProblemKind(kind: unknown): kind is ImportProblemKind {
  return typeof kind === 'string' && Object.hasOwn(IMPORT_PROBLEMS, kind);
}
