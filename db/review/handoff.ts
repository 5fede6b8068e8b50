/**
 * Offline hand-off: writing an article's review package, and merging one in. Each part is a module of its
 * own: the shared version (handoffBase.ts), the export (handoffExport.ts), reading and checking a package
 * (handoffFile.ts) and the merge (handoffImport.ts). Callers import from here.
 */
export { contentOf } from './handoffBase';
export { exportReviewPackage } from './handoffExport';
export { parseReviewPackage, readReviewPackageFile, reviewPackageRefusal } from './handoffFile';
export { importReviewPackage, type ImportResult } from './handoffImport';
