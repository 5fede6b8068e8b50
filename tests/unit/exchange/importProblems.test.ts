/**
 * Import refusals carry codes, and every place that shows one renders it in the interface language: each
 * kind of place and problem reads as Arabic (English words only inside isolates holding the file name, a
 * path or a JSON value), and as English; zod's refusals become our kinds by their issue codes. A review
 * package refused, a request refused, a backups folder that cannot be used and a locked archive read the
 * same way.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES, MidadError } from '../../../core/api/errors';
import { ar } from '../../../core/i18n/ar';
import { importFailed } from '../../../core/exchange/importError';
import {
  IMPORT_PLACES,
  IMPORT_PROBLEMS,
  VALUE_TYPES,
  type ImportParam,
  type ImportPlace,
  type ImportPlaceKind,
  type ImportProblem,
  type ImportProblemKind,
} from '../../../core/exchange/importKinds';
import { issueProblem } from '../../../core/exchange/zodProblem';
import { exportNative } from '../../../core/exchange/nativeExport';
import { parseImport } from '../../../core/exchange/registry';
import { errorText } from '../../../core/i18n/errorText';
import type { Message } from '../../../core/i18n/translate';
import { fileRefusal } from '../../../core/exchange/importError';
import { REQUEST_PROBLEMS, type RequestProblem, type RequestProblemKind } from '../../../core/api/requestKinds';
import { requestRefused } from '../../../core/api/requestError';
import { BACKUP_FOLDER_REASONS } from '../../../core/settings/backupLocation';
import { LOCK_PROGRAMS } from '../../../core/api/lockPrograms';
import { seededRandom } from '../../bench/arabicCorpus';
import { WIRE_STORY, PICTURE_STORY } from './testArticles';
import { parseJson } from '../../helpers/json';

const ISOLATE = /[\u2066\u2067\u2068]([^\u2066-\u2069]*)\u2069/g;
const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0600-\u06ff]/;

/** The technical names the Arabic sentences write as code, in an isolate, because a person types them so. */
const CODE_WORDS = new Set([
  'JSON',
  'HTML',
  'ninjs',
  'base64',
  'UUID',
  'uri',
  'guid',
  'item',
  '"format": "midad"',
  '"format": "midad-review-package"',
  'true',
  'false',
  'null',
  '{…}',
  '[…]',
  'ar',
  'en-GB',
  '2024-05-01T09:30:00+03:00',
]);

const FILE_NAMES = [
  'broken.json',
  'خبر عاجل 2.txt',
  'AFP (final) – 3.html',
  'تقرير_الوكالة.json',
  'wire-afp-biden-kadhimi.txt',
];
const PATHS = [
  'articles[0].headline',
  'format',
  '[3]',
  'articles[12].media[1].caption',
  'associations.featuremedia.renditions.original.href',
  'headline',
  'dateline.city',
];
const WORDS = ['draft', 'published', 'midad', 'AFP', 'extra', 'priority', 'x'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function paramValue(random: () => number, name: ImportParam): string | number {
  switch (name) {
    case 'path':
      return pick(random, PATHS);
    case 'expected':
      return [...new Set([pick(random, VALUE_TYPES), ...(random() < 0.5 ? [pick(random, VALUE_TYPES)] : [])])].join(
        '|',
      );
    case 'received':
      return pick(random, VALUE_TYPES);
    case 'value':
      return random() < 0.8 ? JSON.stringify(pick(random, WORDS)) : String(Math.floor(random() * 10));
    case 'values':
    case 'keys':
      return [pick(random, WORDS), pick(random, WORDS), pick(random, WORDS)].map((w) => JSON.stringify(w)).join(', ');
    default:
      return 1 + Math.floor(random() * 100_000);
  }
}

function paramsOf(random: () => number, names: readonly ImportParam[]): Record<string, string | number> {
  return Object.fromEntries(names.map((name) => [name, paramValue(random, name)]));
}

const PLACE_KINDS = Object.keys(IMPORT_PLACES) as ImportPlaceKind[];
const PROBLEM_KINDS = Object.keys(IMPORT_PROBLEMS) as ImportProblemKind[];

/**
 * Every place with every problem, each with random numbers, paths and values, and a file name of either
 * script: as an import refusal, or as a review package's (its name sometimes unknown).
 */
function* everyRefusal(seed: number, code: 'import_failed' | 'review_package_invalid' = 'import_failed') {
  const random = seededRandom(seed);
  for (const at of PLACE_KINDS) {
    for (const problem of PROBLEM_KINDS) {
      for (let round = 0; round < 8; round++) {
        const place = { at, ...paramsOf(random, IMPORT_PLACES[at]) } as ImportPlace;
        const what = { problem, ...paramsOf(random, IMPORT_PROBLEMS[problem]) } as ImportProblem;
        const file = pick(random, FILE_NAMES);
        if (code === 'import_failed') yield importFailed(file, place, what);
        else yield fileRefusal(code, round % 4 === 3 ? undefined : file, place, what);
      }
    }
  }
}

const REQUEST_KINDS = [...(Object.keys(REQUEST_PROBLEMS) as RequestProblemKind[]), ...PROBLEM_KINDS];

/** Every problem a request can be refused for, at a field of the request (any path) or the request as a whole. */
function* everyRequestRefusal(seed: number) {
  const random = seededRandom(seed);
  for (const problem of REQUEST_KINDS) {
    const names =
      (REQUEST_PROBLEMS as Record<string, readonly ImportParam[]>)[problem] ??
      IMPORT_PROBLEMS[problem as ImportProblemKind];
    for (let round = 0; round < 8; round++) {
      const what = { problem, ...paramsOf(random, names) } as RequestProblem;
      yield requestRefused(
        'refused',
        what,
        round % 3 === 2 ? undefined : pick(random, [...PATHS, 'fields.urgency', 'filters.updatedFrom', 'ids[3]']),
      );
    }
  }
}

const FOLDERS = [
  '/mnt/usb/Midad backups',
  '/home/سلمى/نسخ احتياطية',
  'C:\\Users\\Salma\\Backups',
  '\\\\server\\share\\أرشيف',
  '/Volumes/NO NAME/midad',
];

/** Every reason a backups folder cannot be used, for folders with Latin and Arabic names. */
function* everyFolderRefusal() {
  for (const reason of BACKUP_FOLDER_REASONS) {
    for (const folder of FOLDERS)
      yield new MidadError('backup_folder_unusable', 'x', { field: 'backups.folder', folder, reason });
  }
}

/** The text shown in isolates, and the text with them taken out. */
function split(text: string): { isolated: string[]; outside: string } {
  const isolated = [...text.matchAll(ISOLATE)].map((m) => m[1] as string);
  return { isolated, outside: text.replace(ISOLATE, ' ') };
}

/** What an isolate may hold: the file's name, its path, the JSON values the error names, or a technical name. */
function allowedInIsolates(error: MidadError): Set<string> {
  const { file, path, field, folder, host, value, values, keys } = error.params;
  const program = (Object.values(LOCK_PROGRAMS) as unknown[]).includes(error.params.program)
    ? undefined
    : error.params.program;
  return new Set([
    ...CODE_WORDS,
    'midad',
    ...[file, path, field, folder, host, program, value, values, keys].filter((v) => v !== undefined).map(String),
  ]);
}

/** An Arabic sentence: no Latin letter, template or stray isolate mark outside isolates; isolates hold only what may be there. */
function expectArabicSentence(error: MidadError, text: string): string[] {
  const { isolated, outside } = split(text);
  expect(text, text).not.toMatch(/\{\w+\}/);
  expect(outside, text).toMatch(ARABIC);
  expect(outside, text).not.toMatch(LATIN);
  expect(outside, text).not.toMatch(/[\u2066-\u2069]/);
  const allowed = allowedInIsolates(error);
  for (const code of isolated) expect(allowed.has(code), `«${code}» in ${text}`).toBe(true);
  for (const n of numbersOf(error)) expect(outside, text).toContain(n);
  return isolated;
}

function expectEnglishSentence(error: MidadError, text: string): string[] {
  const { isolated, outside } = split(text);
  expect(text, text).not.toMatch(/\{\w+\}/);
  expect(outside, text).not.toMatch(ARABIC);
  for (const n of numbersOf(error)) expect(text, text).toContain(n);
  return isolated;
}

function numbersOf(error: MidadError): string[] {
  return Object.entries(error.params)
    .filter(([, v]) => typeof v === 'number')
    .map(([, v]) => String(v));
}

describe('an import refusal on screen', () => {
  it('reads as Arabic for every place and problem: Latin letters only in isolates holding the file name, a path or code', () => {
    let checked = 0;
    for (const error of everyRefusal(2026)) {
      const text = errorText('ar', error);
      const { isolated, outside } = split(text);
      expect(text, text).toMatch(/^تعذّر استيراد الملف \u2068/);
      expect(text, text).toMatch(/\. لم يُضَف شيء من هذا الملف\.$/);
      expect(text, text).not.toMatch(/\{\w+\}/);
      expect(outside, text).not.toMatch(LATIN);
      expect(outside, text).not.toMatch(/[\u2066-\u2069]/);
      const allowed = allowedInIsolates(error);
      for (const code of isolated) expect(allowed.has(code), `«${code}» in ${text}`).toBe(true);
      expect(isolated).toContain(String(error.params.file));
      if (error.params.path !== undefined) expect(isolated).toContain(String(error.params.path));
      for (const n of numbersOf(error)) expect(outside, text).toContain(n);
      checked++;
    }
    expect(checked).toBe(PLACE_KINDS.length * PROBLEM_KINDS.length * 8);
  });

  it('reads as English for every place and problem, the file name isolated, Arabic only inside it', () => {
    for (const error of everyRefusal(7)) {
      const text = errorText('en', error);
      const { isolated, outside } = split(text);
      expect(text, text).toMatch(/^Could not import \u2068/);
      expect(text, text).toMatch(/\. Nothing from this file was added\.$/);
      expect(text, text).not.toMatch(/\{\w+\}/);
      expect(outside, text).not.toMatch(ARABIC);
      expect(isolated).toContain(String(error.params.file));
      for (const n of numbersOf(error)) expect(text, text).toContain(n);
    }
  });

  it('keeps an English message for logs and the command line, without isolate marks', () => {
    for (const error of everyRefusal(11)) {
      expect(error.message.startsWith(`${error.params.file}: `), error.message).toBe(true);
      expect(error.message).not.toMatch(/[\u2066-\u2069]/);
      expect(error.message).not.toMatch(/\{\w+\}/);
    }
    const error = importFailed(
      'a.json',
      { at: 'path', path: 'articles[0].urgency' },
      { problem: 'number_at_most', limit: 9 },
    );
    expect(error.message).toBe('a.json: articles[0].urgency: expected a number no greater than 9');
  });

  it('says the same for a refusal that crossed IPC or the bridge as plain JSON', () => {
    const error = importFailed('a.json', { at: 'picture', picture: 2 }, { problem: 'picture_too_large', limitMb: 25 });
    const wire = parseJson(JSON.stringify(error.toJSON()));
    expect(errorText('ar', wire)).toBe(errorText('ar', error));
    expect(errorText('ar', wire)).toBe(
      'تعذّر استيراد الملف \u2068a.json\u2069 (الصورة رقم 2): حجم الصورة يتجاوز الحد المسموح به (25 ميغابايت). لم يُضَف شيء من هذا الملف.',
    );
  });

  it('falls back to a sentence, never a template, for kinds it does not know', () => {
    const odd = new MidadError('import_failed', 'x', { file: 'a.json', at: 'somewhere', problem: 'nonsense' });
    expect(errorText('ar', odd)).toBe(
      'تعذّر استيراد الملف \u2068a.json\u2069 (الملف كله): قيمة لا يستطيع مِداد قراءتها. لم يُضَف شيء من هذا الملف.',
    );
    // A kind with a number missing says the general sentence rather than show "{limit}".
    const short = new MidadError('import_failed', 'x', { file: 'a.json', at: 'line', problem: 'text_too_long' });
    expect(errorText('en', short)).toBe(
      'Could not import \u2068a.json\u2069 (the whole file): expected a value Midad can read. Nothing from this file was added.',
    );
  });

  it('renders every other error by its code, and anything else as the fallback', () => {
    expect(errorText('ar', new MidadError('conflict', 'x', { baseVersion: 2, currentVersion: 3 }))).toBe(
      'عُدّل هذا المقال في مكان آخر: نسختك مبنية على الإصدار 2 والأرشيف يحمل الإصدار 3.',
    );
    expect(errorText('ar', new TypeError('Failed to fetch'))).toBe('تعذّر الوصول إلى الأرشيف.');
    expect(errorText('en', new Error('EIO'), 'error.internal')).toBe(
      'Something went wrong inside Midad; your text is kept in the editor. Details are in the log.',
    );
    expect(errorText('en', { code: 'ENOENT', params: {} }, 'error.internal')).toContain(
      'Something went wrong inside Midad',
    );
  });
});

describe('a review package refused on screen', () => {
  it('reads as Arabic for every place and problem, naming the file when its name is known', () => {
    let checked = 0;
    for (const error of everyRefusal(2027, 'review_package_invalid')) {
      const text = errorText('ar', error);
      const isolated = expectArabicSentence(error, text);
      expect(text, text).toMatch(
        error.params.file === undefined ? /^تعذّر استيراد ملف المراجعة \(/ : /^تعذّر استيراد ملف المراجعة \u2068/,
      );
      expect(text, text).toMatch(/\. لم يتغيّر شيء في الأرشيف\.$/);
      if (error.params.file !== undefined) expect(isolated).toContain(String(error.params.file));
      if (error.params.path !== undefined) expect(isolated).toContain(String(error.params.path));
      checked++;
    }
    expect(checked).toBe(PLACE_KINDS.length * PROBLEM_KINDS.length * 8);
  });

  it('reads as English, and keeps an English message without isolate marks for logs and the command line', () => {
    for (const error of everyRefusal(8, 'review_package_invalid')) {
      const text = errorText('en', error);
      expectEnglishSentence(error, text);
      expect(text, text).toMatch(/^Could not import the review package [\u2068(]/);
      expect(text, text).toMatch(/\. Nothing in the archive was changed\.$/);
      expect(error.message.startsWith(`${error.params.file ?? 'Review package'}: `), error.message).toBe(true);
      expect(error.message).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});

describe('a refused request on screen', () => {
  it('reads as Arabic for every problem, the field’s path in an isolate, and without one for the request as a whole', () => {
    let checked = 0;
    for (const error of everyRequestRefusal(2028)) {
      const text = errorText('ar', error);
      const isolated = expectArabicSentence(error, text);
      if (error.params.field === undefined) expect(text, text).toMatch(/^تعذّر تنفيذ الطلب: .+\.$/);
      else {
        expect(text, text).toMatch(/^تعذّر تنفيذ الطلب \(الحقل \u2066[^\u2069]+\u2069\): .+\.$/);
        expect(isolated).toContain(String(error.params.field));
      }
      checked++;
    }
    expect(checked).toBe(REQUEST_KINDS.length * 8);
  });

  it('reads as English for every problem', () => {
    for (const error of everyRequestRefusal(9)) {
      const text = errorText('en', error);
      expectEnglishSentence(error, text);
      expect(text, text).toMatch(/^Could not carry out the request[ :]/);
    }
  });
});

describe('a backups folder that cannot be used, on screen', () => {
  it('names the folder in an isolate and the reason in Arabic, whatever script the folder’s name is in', () => {
    for (const error of everyFolderRefusal()) {
      const text = errorText('ar', error);
      expect(expectArabicSentence(error, text)).toEqual([error.params.folder]);
      expect(text, text).toMatch(
        /^لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066[^\u2069]+\u2069: [^.]+\. اختر مجلداً يمكنك الكتابة فيه\.$/,
      );
    }
  });

  it('reads as English, and a reason it does not know reads as the general one, never as the system’s code', () => {
    for (const error of everyFolderRefusal()) {
      const text = errorText('en', error);
      expect(expectEnglishSentence(error, text)).toEqual([error.params.folder]);
      expect(text).toMatch(
        /^Backups cannot be written to \u2066[^\u2069]+\u2069: [^.]+\. Choose a folder you can write to\.$/,
      );
    }
    const old = new MidadError('backup_folder_unusable', 'x', {
      field: 'backups.folder',
      folder: '/mnt/usb',
      reason: 'EACCES',
    });
    expect(errorText('ar', old)).toBe(
      'لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066/mnt/usb\u2069: رفض النظام الكتابة فيه. اختر مجلداً يمكنك الكتابة فيه.',
    );
  });
});

describe('a locked archive on screen', () => {
  const SINCE = '2026-01-01T08:00:00.000Z';
  const locks = function* () {
    for (const code of ['archive_locked', 'archive_locked_elsewhere'] as const) {
      for (const program of [...Object.values(LOCK_PROGRAMS), 'the lock test holder', 'midad']) {
        for (const host of ['newsroom-desk-7', 'مكتب-التحرير'])
          yield new MidadError(code, 'x', { program, host, since: SINCE });
      }
    }
  };

  it('names the program holding it in Arabic when it is one of ours, any other by its name in an isolate, and the time in Arabic', () => {
    for (const error of locks()) {
      const text = errorText('ar', error);
      expect(expectArabicSentence(error, text.replace(/[\u200e\u200f\u061c]/g, ''))).toContain(error.params.host);
    }
    // The newsroom's 24-hour clock (core/i18n/dateFormat.ts), not Arabic's default ص/م.
    const when = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
      new Date(SINCE),
    );
    const held = new MidadError('archive_locked', 'x', {
      program: LOCK_PROGRAMS.cli,
      host: 'newsroom-desk-7',
      since: SINCE,
    });
    expect(errorText('ar', held)).toBe(
      `الأرشيف مفتوح الآن في برنامج آخر (أمر \u2066midad\u2069 على الجهاز \u2066newsroom-desk-7\u2069، منذ ${when}). أغلقه ثم أعد المحاولة؛ لم يُمسّ الملف.`,
    );
    const elsewhere = new MidadError('archive_locked_elsewhere', 'x', {
      program: LOCK_PROGRAMS.bridge,
      host: 'newsroom-desk-7',
      since: SINCE,
    });
    expect(errorText('ar', elsewhere)).toMatch(
      /^الأرشيف معلَّم بأنه مفتوح على جهاز آخر \(جسر مِداد للمتصفح على الجهاز \u2066newsroom-desk-7\u2069، منذ /,
    );
  });

  it('reads as English, with the time as a person writes it', () => {
    for (const error of locks()) expectEnglishSentence(error, errorText('en', error));
    const held = new MidadError('archive_locked', 'x', {
      program: LOCK_PROGRAMS.app,
      host: 'newsroom-desk-7',
      since: SINCE,
    });
    expect(errorText('en', held)).toMatch(
      /^The archive is open in another program right now \(Midad on \u2066newsroom-desk-7\u2069, since 1 Jan 2026, \d\d:\d\d\)\./,
    );
  });
});

describe('every other error on screen', () => {
  /** The codes composed from parts, checked above; every other is its template with its parameters. */
  const COMPOSED = new Set([
    'import_failed',
    'review_package_invalid',
    'invalid_request',
    'backup_folder_unusable',
    'archive_locked',
    'archive_locked_elsewhere',
  ]);
  const NUMBERS = /Version$|^limit$|^min$|^found$|^supported$/;
  const NAMES = [
    '/home/salma/Midad/midad.sqlite.damaged-2026-01-01T08-00-00-000Z',
    'midad.2026-01-01T08-00-00-000Z.manual.sqlite',
    'أرشيف التحرير.sqlite',
    'Biden',
  ];

  it('keeps paths, file names and a person’s own words in isolates, so the Arabic has no Latin outside them', () => {
    const random = seededRandom(2029);
    for (const code of ERROR_CODES.filter((c) => !COMPOSED.has(c))) {
      // A message that follows a number has forms; their placeholders together are what it takes.
      const message: Message = ar[`error.${code}`];
      const template = typeof message === 'string' ? message : Object.values(message.plural).join(' ');
      const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))];
      for (let round = 0; round < 4; round++) {
        const params = Object.fromEntries(
          names.map((n) => [n, NUMBERS.test(n) ? 1 + Math.floor(random() * 100) : pick(random, NAMES)]),
        );
        const error = new MidadError(code, 'x', params);
        const text = errorText('ar', error);
        const { isolated, outside } = split(text);
        expect(text, text).not.toMatch(/\{\w+\}/);
        expect(outside, text).not.toMatch(LATIN);
        for (const code of isolated)
          expect(
            [...Object.values(params).map(String), 'JPEG', 'PNG', 'WebP', 'GIF'].some((v) => code.startsWith(v)),
            `«${code}» in ${text}`,
          ).toBe(true);
      }
    }
  });
});

function refusal(fileName: string, value: unknown): MidadError {
  try {
    parseImport(fileName, JSON.stringify(value));
  } catch (error) {
    if (error instanceof MidadError) return error;
    throw error;
  }
  throw new Error('the import was expected to fail');
}

/** A Midad export of the test stories with one value changed (or, for `undefined`, taken out). */
function nativeWith(path: readonly (string | number)[], value: unknown): unknown {
  const doc = parseJson(exportNative([WIRE_STORY, PICTURE_STORY]));
  // Plain JSON: each step on the path is an object or an array, indexed by the key the test names.
  type Node = Record<string | number, unknown>;
  let parent = doc as Node;
  for (const key of path.slice(0, -1)) parent = parent[key] as Node;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return doc;
}

/** Each quote nests two levels (the node, its children): past the body's 64, within the file's 100. */
function nestedBody(depth: number) {
  let node: Record<string, unknown> = { type: 'text', text: 'عمق' };
  for (let i = 0; i < depth; i++) node = { type: 'quote', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

describe('a zod refusal of a real file', () => {
  it('becomes our kinds in a Midad JSON file, at the path where it is in the file', () => {
    const statuses = '"draft", "submitted", "in_review", "approved", "published", "returned", "spiked"';
    const cases: [(string | number)[], unknown, Record<string, string | number>][] = [
      [
        ['articles', 0, 'headline'],
        7,
        { path: 'articles[0].headline', problem: 'wrong_type', expected: 'string', received: 'number' },
      ],
      [['articles', 0, 'slug'], undefined, { path: 'articles[0].slug', problem: 'missing', expected: 'string' }],
      [['articles', 0, 'status'], 'live', { path: 'articles[0].status', problem: 'not_one_of', values: statuses }],
      [['articles', 0, 'urgency'], 12, { path: 'articles[0].urgency', problem: 'number_at_most', limit: 9 }],
      [
        ['articles', 0, 'urgency'],
        2.5,
        { path: 'articles[0].urgency', problem: 'wrong_type', expected: 'integer', received: 'number' },
      ],
      [['articles', 0, 'createdAt'], 'yesterday', { path: 'articles[0].createdAt', problem: 'not_date_time' }],
      [['articles', 1, 'id'], 'abc', { path: 'articles[1].id', problem: 'not_uuid' }],
      [['articles', 0, 'language'], 'Arabic!', { path: 'articles[0].language', problem: 'not_language_tag' }],
      [['articles', 0, 'tags'], [''], { path: 'articles[0].tags[0]', problem: 'text_empty' }],
      [
        ['articles', 0, 'tags'],
        Array(51).fill('وسم'),
        { path: 'articles[0].tags', problem: 'list_too_long', limit: 50 },
      ],
      [
        ['articles', 1, 'media', 0, 'width'],
        0,
        { path: 'articles[1].media[0].width', problem: 'number_above', limit: 0 },
      ],
      [
        ['articles', 0, 'media'],
        {},
        { path: 'articles[0].media', problem: 'wrong_type', expected: 'array', received: 'object' },
      ],
      [['formatVersion'], 2, { path: 'formatVersion', problem: 'not_value', value: '1' }],
      [['articles'], 'none', { path: 'articles', problem: 'wrong_type', expected: 'array', received: 'string' }],
      [['articles', 0, 'body'], nestedBody(32), { path: 'articles[0].body', problem: 'body_too_deep', limit: 64 }],
    ];
    for (const [path, value, expected] of cases) {
      expect(refusal('story.json', nativeWith(path, value)).params, path.join('.')).toEqual({
        file: 'story.json',
        at: 'path',
        ...expected,
      });
    }
  });

  it('becomes our kinds in a ninjs file, and names the article field when the value was read from elsewhere', () => {
    expect(refusal('item.json', { uri: 'urn:x', headline: 5 }).params).toEqual({
      file: 'item.json',
      at: 'path',
      path: 'headline',
      problem: 'wrong_type',
      expected: 'string',
      received: 'number',
    });
    expect(
      refusal('items.json', [
        { uri: 'urn:a', headline: 'أ' },
        { uri: 'urn:b', urgency: 0 },
      ]).params,
    ).toEqual({
      file: 'items.json',
      at: 'path',
      path: '[1].urgency',
      problem: 'number_at_least',
      limit: 1,
    });
    expect(refusal('pic.json', { uri: 'urn:x', headline: 'صورة', associations: 'featuremedia' }).params).toEqual({
      file: 'pic.json',
      at: 'path',
      path: 'associations',
      problem: 'wrong_type',
      expected: 'array|object',
      received: 'string',
    });
    expect(refusal('tags.json', { uri: 'urn:x', headline: 'وسوم', keywords: ['سياسة', 3] }).params).toMatchObject({
      path: 'keywords[1]',
      problem: 'wrong_type',
    });
    // The language is checked on the article the ninjs item became, where the file's words are no longer.
    const language = refusal('lang.json', { uri: 'urn:x', headline: 'خبر', language: 'Arabic' });
    expect(language.params).toEqual({ file: 'lang.json', at: 'field', path: 'language', problem: 'not_language_tag' });
    expect(errorText('ar', language)).toBe(
      'تعذّر استيراد الملف \u2068lang.json\u2069 (حقل المقال \u2066language\u2069): المتوقع رمز لغة مثل \u2066ar\u2069 أو \u2066en-GB\u2069. لم يُضَف شيء من هذا الملف.',
    );
    expect(errorText('en', language)).toBe(
      'Could not import \u2068lang.json\u2069 (the article’s \u2066language\u2069 field): expected a language tag such as ar or en-GB. Nothing from this file was added.',
    );
  });

  it('maps every zod issue code by its code and numbers, not by zod’s English', () => {
    const first = (schema: z.ZodType, value: unknown) => {
      const result = schema.safeParse(value, { reportInput: true });
      if (result.success) throw new Error('expected a refusal');
      return issueProblem(result.error.issues[0]!);
    };
    expect(first(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual({
      path: [],
      problem: { problem: 'unknown_keys', keys: '"b", "c"' },
    });
    expect(first(z.number().multipleOf(5), 12)).toEqual({
      path: [],
      problem: { problem: 'number_not_multiple', limit: 5 },
    });
    expect(first(z.number().lt(10), 10)).toEqual({ path: [], problem: { problem: 'number_below', limit: 10 } });
    expect(first(z.string().min(3), 'ab')).toEqual({ path: [], problem: { problem: 'text_too_short', limit: 3 } });
    expect(first(z.array(z.string()).min(2), ['a'])).toEqual({
      path: [],
      problem: { problem: 'list_too_short', limit: 2 },
    });
    expect(first(z.email(), 'nobody')).toEqual({ path: [], problem: { problem: 'not_email' } });
    expect(first(z.url(), 'nowhere')).toEqual({ path: [], problem: { problem: 'not_url' } });
    expect(first(z.string().regex(/^\d+$/), 'x')).toEqual({ path: [], problem: { problem: 'bad_format' } });
    expect(first(z.record(z.string().min(2), z.string()), { b: 'x' })).toEqual({
      path: ['b'],
      problem: { problem: 'bad_key' },
    });
    expect(
      first(
        z.string().refine(() => false, 'nope'),
        'x',
      ),
    ).toEqual({ path: [], problem: { problem: 'invalid' } });
    // A union: the branch with the right type that failed deeper says what was wrong.
    const union = z.union([z.string(), z.object({ role: z.string(), value: z.string() })]);
    expect(first(union, { role: 'main', value: 3 })).toEqual({
      path: ['value'],
      problem: { problem: 'wrong_type', expected: 'string', received: 'number' },
    });
    expect(first(union, true)).toEqual({
      path: [],
      problem: { problem: 'wrong_type', expected: 'string|object', received: 'boolean' },
    });
  });
});
