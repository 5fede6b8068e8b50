/**
 * Reading a review package: from a file on disk or a value handed to the API, refused in the words of an
 * import refusal when it is not one.
 */
import { basename } from 'node:path';
import { fileRefusal, type Refuse } from '../../core/exchange/importError';
import { parseJsonText, validate } from '../../core/exchange/jsonText';
import { REVIEW_PACKAGE_FORMAT, ReviewPackageSchema, type ReviewPackage } from '../../core/review/package';
import { readBoundedFile } from '../exchange/boundedFile';
import { decodeText } from '../exchange/decodeText';

/** Refusals of a review package file, named when its name is known (the API may be handed the value alone). */
export function reviewPackageRefusal(fileName?: string): Refuse {
  return (place, problem, technical) => fileRefusal('review_package_invalid', fileName, place, problem, technical);
}

/**
 * Checks a package read from a file. A refusal names the file, where in it and what was wrong, in the words
 * of an import refusal; JSON of another kind (an article export, another program's file) is told so.
 */
export function parseReviewPackage(value: unknown, fileName?: string): ReviewPackage {
  const refuse = reviewPackageRefusal(fileName);
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== REVIEW_PACKAGE_FORMAT) throw refuse({ at: 'file' }, { problem: 'not_review_package' });
  return validate(ReviewPackageSchema, value, refuse);
}

/** A review package file from disk (the `midad review-import` command), refused as any file to import is. */
export function readReviewPackageFile(path: string): ReviewPackage {
  const name = basename(path);
  const refuse = reviewPackageRefusal(name);
  // Read as every file to import is: bounded before reading, UTF-16 and Windows-1256 recognised.
  const text = decodeText(readBoundedFile(path, refuse));
  return parseReviewPackage(parseJsonText(text, refuse), name);
}
