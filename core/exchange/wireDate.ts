/**
 * Dates as wire copy writes them: `26 يوليو 2021`, `الاثنين 26 تموز/يوليو 2021`, `٢٦ يوليو ٢٠٢١`,
 * `26 July 2021`, `July 26, 2021`, `2021-07-26`, `26/07/2021`. Returns the day as an ISO date (UTC midnight).
 */
const MONTHS: Array<[number, string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'اذار', 'march', 'mar']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل', 'april', 'apr']],
  [5, ['مايو', 'أيار', 'ايار', 'ماي', 'may']],
  [6, ['يونيو', 'يونيه', 'حزيران', 'جوان', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'تموز', 'جويلية', 'july', 'jul']],
  [8, ['أغسطس', 'اغسطس', 'آب', 'اب', 'أوت', 'اوت', 'august', 'aug']],
  [9, ['سبتمبر', 'أيلول', 'ايلول', 'september', 'sep', 'sept']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون الاول', 'december', 'dec']],
];

const MONTH_OF = new Map<string, number>();
for (const [n, names] of MONTHS) for (const name of names) MONTH_OF.set(name, n);
const MONTH_NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

const WEEKDAYS =
  'الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday';

/** Arabic-Indic and Eastern digits to ASCII, so every form reads the same. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const MONTH = `((?:${MONTH_NAMES})(?:\\s*/\\s*(?:${MONTH_NAMES}))?)`;
const PREFIX = `^(?:(?:${WEEKDAYS})\\s*[,،]?\\s*)?`;
const DAY_MONTH_YEAR = new RegExp(`${PREFIX}(\\d{1,2})\\s+${MONTH}\\s*[,،]?\\s+(\\d{4})\\s*$`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`${PREFIX}${MONTH}\\s+(\\d{1,2})\\s*,?\\s+(\\d{4})\\s*$`, 'iu');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

function monthOf(text: string): number | undefined {
  return MONTH_OF.get(text.split('/')[0]?.trim().toLowerCase() ?? '');
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (!month) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

export function parseWireDate(line: string): string | null {
  const text = asciiDigits(line).replace(/\s+/g, ' ').trim();
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthOf(m[2] as string), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthOf(m[1] as string), Number(m[2]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
