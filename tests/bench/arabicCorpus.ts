/**
 * A deterministic generator of Arabic news articles for the archive benchmark: the same seed gives the same
 * archive on every machine. Text is built from a vocabulary of news words (some written with harakat, some
 * with the ة/ه, ى/ي and hamza spellings that search must fold), Latin names, and numbers in both ASCII and
 * Arabic-Indic digits, in several paragraphs per article.
 */
import type { ArticleFields } from '../../core/article/schema';
import { STATUSES } from '../../core/article/status';
import { AGENCY_CODES } from '../../core/article/agencies';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';

/** mulberry32: tiny, fast and good enough to pick words; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = `الحكومة الوزير الرئيس البرلمان الانتخابات الاقتصاد الوقود النفط الأسعار المدينة العاصمة القوات الجيش
  الشرطة المحكمة القضاء الشركة المصرف البنك المركزي التضخم الموازنة الضرائب الاستثمار المشروع الطاقة الكهرباء المياه
  الزراعة الصحة المستشفى الأطباء المرضى التعليم المدرسة الجامعة الطلاب المعلمين الصحفيين الإعلام المؤتمر القمة
  المفاوضات الاتفاق الهدنة السلام الحرب اللاجئين المساعدات الأمم المتحدة المنظمة الدولية المجلس الأمن الحدود
  المعبر الميناء المطار الطائرة الرحلات السياحة الفنادق الملعب المنتخب البطولة الدوري المباراة اللاعبين المدرب
  الجمهور الثقافة المهرجان الكتاب المعرض الفيلم المسرح الموسيقى التراث الآثار المتحف البيئة المناخ الأمطار الفيضانات
  الجفاف الزلزال الحرائق السكان المواطنين العمال النقابة الإضراب الاحتجاجات المظاهرات المعارضة الأحزاب الدستور
  القانون التشريع الاستفتاء الحملة المرشحين الأصوات النتائج اللجنة التقرير الدراسة البيانات الإحصاءات النمو البطالة
  الصادرات الواردات التجارة الأسواق البورصة الأسهم العملة الدولار الدينار الجنيه الريال الديون القروض صندوق النقد
  الشركات التكنولوجيا الإنترنت الهواتف الذكاء الاصطناعي الفضاء القمر الصناعي الشبكة الأمن السيبراني الهجوم الانفجار
  الضحايا المصابين الإسعاف الدفاع المدني التحقيق المتهمين السجن الإفراج العفو الحدود السفارة السفير الخارجية الداخلية
  مستشفى مدرسة جامعة شركة مدينة قرية منطقة محافظة ولاية دولة وزارة هيئة مؤسسة جمعية مبادرة خطة برنامج مشروع قرار
  بيان تصريح مصدر مسؤول متحدث خبير محلل مراقب شاهد رئاسة حكومة وقود نفط غاز كهرباء مياه`;

const VERBS = `قال أعلن أكد أوضح أشار كشف نفى حذر دعا طالب قرر وافق رفض بحث ناقش استقبل التقى زار وصل غادر افتتح أطلق
  وقع ارتفع انخفض تراجع سجل بلغ تجاوز حقق خسر فاز تعادل أصيب قتل اعتقل أفرج نقل تسلم سلم أقر صادق`;

const LINKS = `في من إلى على عن مع بعد قبل خلال بين حول ضد نحو منذ لدى عند و ثم أو أن إن لكن كما حيث الذي التي الذين
  هذا هذه ذلك تلك كل بعض جميع أكثر أقل أيضا فقط حتى لم لن قد سوف`;

const ADJECTIVES = `الجديد الجديدة الكبير الكبيرة الأول الأولى الثاني الثانية الأخير الأخيرة الرسمي الرسمية المحلي المحلية
  الدولي الدولية العربي العربية الأمريكي الأمريكية الأوروبي الأوروبية العراقي العراقية المصري المصرية السعودي السعودية
  السعوديه اللبناني اللبنانية السوري السورية الأردني الأردنية المغربي المغربية التونسي التونسية الجزائري الجزائرية
  الاقتصادي الاقتصادية السياسي السياسية العسكري العسكرية الإنساني الإنسانية الوطني الوطنية الشعبي الشعبية`;

/** Words as a vowelled text writes them, so harakat reach the index and the highlighter. */
const VOWELLED = [
  'الحُكُومَة',
  'الوَزِيرُ',
  'الرَّئِيسُ',
  'الاقْتِصَادُ',
  'الوَقُود',
  'مُسْتَشْفَى',
  'الانْتِخَابَاتُ',
  'كَتَبَ',
  'الأُمَمُ',
  'السَّلَامُ',
];

const CITIES =
  `بغداد القاهرة الرياض بيروت دمشق عمان الرباط تونس الجزائر الخرطوم الدوحة أبوظبي دبي الكويت مسقط المنامة صنعاء
  طرابلس القدس غزة نواكشوط واشنطن باريس لندن موسكو بكين برلين جنيف نيويورك`.split(/\s+/);

const LATIN = [
  'Biden',
  'Macron',
  'OPEC',
  'NATO',
  'Reuters',
  'Google',
  'Apple',
  'Tesla',
  'COVID-19',
  'FIFA',
  'UNICEF',
  'IMF',
  'Airbus',
  'Samsung',
];

const SECTIONS = ['سياسة', 'اقتصاد', 'العرب والعالم', 'رياضة', 'ثقافة', 'علوم وتكنولوجيا', 'صحة', 'محليات'];
const AUTHORS = [
  'محمد علي',
  'فاطمة الزهراء',
  'أحمد حسن',
  'ليلى مراد',
  'يوسف إبراهيم',
  'مريم خالد',
  'عمر فاروق',
  'سارة منصور',
  'خالد عبد الله',
  'نور الهدى',
];

/** Set phrases a desk searches for in quotes. */
const PHRASES = [
  'الأمم المتحدة',
  'صندوق النقد الدولي',
  'الذكاء الاصطناعي',
  'الدفاع المدني',
  'أعلن الوزير',
  'البنك المركزي',
  'مجلس الأمن',
];

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const LINK_WORDS = words(LINKS);
const NEWS_WORDS = [...words(NOUNS), ...words(VERBS), ...words(ADJECTIVES), ...VOWELLED, ...CITIES, ...LATIN];

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإى';
/** Beyond the news words, a long tail of rarer words, so word frequencies fall off as in real text. */
const TAIL_WORDS = 20_000;

export class ArticleGenerator {
  private readonly random: () => number;
  /** Content words in frequency rank order, with the cumulative Zipf weights (s = 1) to draw them by. */
  private readonly vocabulary: string[];
  private readonly cumulative: Float64Array;

  constructor(seed = 20_240_726) {
    this.random = seededRandom(seed);
    const news = [...NEWS_WORDS];
    for (let i = news.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.random() * (i + 1));
      [news[i], news[j]] = [news[j] as string, news[i] as string];
    }
    const tail = Array.from({ length: TAIL_WORDS }, () => {
      const letters = Array.from({ length: this.int(3, 6) }, () => LETTERS[Math.floor(this.random() * LETTERS.length)]);
      return (this.random() < 0.5 ? 'ال' : '') + letters.join('');
    });
    this.vocabulary = [...news, ...tail];
    this.cumulative = new Float64Array(this.vocabulary.length);
    let total = 0;
    this.vocabulary.forEach((_, rank) => {
      total += 1 / (rank + 1);
      this.cumulative[rank] = total;
    });
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  /** A number, in ASCII digits or (one time in three) Arabic-Indic ones. */
  private number(): string {
    const n = String(this.int(2, 2025));
    return this.random() < 1 / 3 ? [...n].map((d) => ARABIC_INDIC[Number(d)]).join('') : n;
  }

  private contentWord(): string {
    const target = this.random() * (this.cumulative.at(-1) as number);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return this.vocabulary[lo] as string;
  }

  private word(): string {
    const r = this.random();
    if (r < 0.35) return this.pick(LINK_WORDS);
    if (r < 0.96) return this.contentWord();
    if (r < 0.97) return this.pick(PHRASES);
    return this.number();
  }

  private sentence(min: number, max: number): string {
    const n = this.int(min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i += 1) parts.push(this.word());
    return parts.join(' ');
  }

  private paragraph(): string {
    const sentences: string[] = [];
    const n = this.int(2, 4);
    for (let i = 0; i < n; i += 1) sentences.push(this.sentence(8, 18));
    return `${sentences.join('، ')}.`;
  }

  /** One article's fields and, one time in three, a picture caption with its credit. */
  next(): { fields: ArticleFields; caption: { caption: string; credit: string } | null } {
    const paragraphs: string[] = [];
    const n = this.int(3, 8);
    for (let i = 0; i < n; i += 1) paragraphs.push(this.paragraph());
    const fields: ArticleFields = {
      slug: '',
      headline: this.sentence(5, 10),
      standfirst: `${this.sentence(14, 24)}.`,
      section: this.pick(SECTIONS),
      tags: [this.contentWord(), this.pick(CITIES), this.pick(LATIN)],
      byline: this.pick(AUTHORS),
      dateline: { city: this.pick(CITIES), agency: this.pick(AGENCY_CODES) },
      language: 'ar',
      status: this.pick(STATUSES),
      urgency: this.int(1, 9),
      embargoUntil: null,
      edNote: '',
      body: stateFromParagraphs(paragraphs),
    };
    const caption =
      this.random() < 1 / 3
        ? { caption: this.sentence(6, 12), credit: this.pick(['أ ف ب', 'رويترز', 'د ب أ', 'أ ب']) }
        : null;
    return { fields, caption };
  }
}
