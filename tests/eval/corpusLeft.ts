/**
 * Findings on the TUNE files (tests/eval/aghlat.ts) on words Aghlat's editors left alone that are real slips
 * all the same, judged by hand one by one (standard orthography: إلكتروني، إسبانيا، إسطنبول، إنجاز; a word
 * run into the next; a space typed twice). Only TUNE findings are judged: held-out precision stays raw.
 * Left out as the rules' own faults: names (باول، إربد، الناضور، إيزارن، اياد، انور، لاسال), loanwords
 * (الراب، باراليل), the corrupted اولم, الوالدية, ليات, لاس, والى, '..' and ابالخصم.
 * Session 9: الخمسينات، السبعينات، والثمانينات (DECADES) are no longer counted: both forms of a decade are
 * house style, not a slip (docs/house-style.md), as the held-out judgement had it; the rule is info unless
 * the house asks for the yaa.
 */
export const CORPUS_LEFT = new Set(
  (
    'HAMZA_INITIAL:الالكتروني HAMZA_INITIAL:ابو HAMZA_INITIAL:اسبانيا HAMZA_INITIAL:الاسبانية ' +
    'HAMZA_INITIAL:الاسباني HAMZA_INITIAL:واسبانيا HAMZA_INITIAL:واديبة HAMZA_INITIAL:اذار ' +
    'HAMZA_INITIAL:افريقيا HAMZA_INITIAL:اسطنبول HAMZA_INITIAL:اوصلت HAMZA_INITIAL:انجاز ' +
    'HAMZA_INITIAL:الاولمبية HAMZA_INITIAL:الانجاز HAMZA_INITIAL:الامل HAMZA_INITIAL:الاحصاء ' +
    'HAMZA_INITIAL:افريقية HAMZA_INITIAL:اعلاميا HAMZA_INITIAL:واي HAMZA_INITIAL:والان HAMZA_INITIAL:والاعلام ' +
    'HAMZA_INITIAL:والاسباني HAMZA_INITIAL:وارساء HAMZA_INITIAL:انهاء HAMZA_INITIAL:اميمة HAMZA_INITIAL:امكانية ' +
    'HAMZA_INITIAL:امريكا HAMZA_INITIAL:اما HAMZA_INITIAL:المحت HAMZA_INITIAL:الف HAMZA_INITIAL:الايام ' +
    'HAMZA_INITIAL:الاولى HAMZA_INITIAL:الاولمبي HAMZA_INITIAL:الانسان HAMZA_INITIAL:الانترنيت ' +
    'HAMZA_INITIAL:الانترنت HAMZA_INITIAL:الامسية HAMZA_INITIAL:الامريكية HAMZA_INITIAL:الافريقية ' +
    'HAMZA_INITIAL:الافريقي HAMZA_INITIAL:الافراج HAMZA_INITIAL:الاف HAMZA_INITIAL:الاسلامي ' +
    'HAMZA_INITIAL:الارهابية HAMZA_INITIAL:الاتيان HAMZA_INITIAL:افشال HAMZA_INITIAL:افراد ' +
    'HAMZA_INITIAL:اشبيلية HAMZA_INITIAL:اسرائيل HAMZA_INITIAL:اسباني HAMZA_INITIAL:ارشيف HAMZA_INITIAL:اذاعة ' +
    'HAMZA_INITIAL:ادريس HAMZA_INITIAL:ادخال HAMZA_INITIAL:ابريل HAMZA_INITIAL:اأكد ' +
    'AN_ANNA_IN:ان AN_ANNA_IN:وانها HAMZA_FREQUENT:اهم HAMZA_FREQUENT:اربع ' +
    'HAMZAT_WASL:إتحاد HAMZAT_WASL:للإتحاد HAMZAT_WASL:إضغط HAMZAT_WASL:إستعرض ' +
    'HAMZA_MEDIAL:ياتي HAMZA_MEDIAL:تاتيان HAMZA_MEDIAL:لاجيء HAMZA_MEDIAL:كماتم TAA_MARBUTA:الفئه ' +
    'SPELLING:يتصدرالمجموعة SPELLING:الشعرالرمضانية SPELLING:وزيرالخارجية SPELLING:واالسنغال ' +
    'SPELLING:قررواالتخلي SPELLING:عجزالميزان SPELLING:الدارالبيضاء SPLIT_ABD:عبدالرحمان ' +
    'SAUFA_LAN:وسوف_لن LIWAHDIHI:لوحده DOUBLE_SPACE:__ ' +
    // session 7: فيحس بانه (بأنه), الجسمية( النمو (a space before the bracket), سواءا (سواءً), words run into a hamza-initial word
    'AN_ANNA_IN:بانه BRACKET_OUTER_SPACE:( TANWEEN_AFTER_HAMZA:سواءا ' +
    'SPELLING:الإطارأفادت SPELLING:فيخبرأتباعه WASL_NOUNS:الإطلاع ' +
    // session 8 (the larger TUNE): اقتراحا اميركيا لاحياء المسار (لإحياء); Latin commas and runs of them in
    // Arabic sentences (المبادئ,,, والأخلاق، كذلك, فأصبح): all 99 findings read, each inside Arabic copy
    // ذهبت الى كليتي، يحتاج الي بعض، فالى القرار; ان يقال انها كانت، فانك من اليسار (فإنك); حتي ياتي، العمل
    // القصوي; وبناءا; tatweel inside words; القرارات الناجحه، هواتفهم الثابته،
    // الشوكولاته، فرنجيه (فرنجية); لاكسدة المواد، في الراس; spaces typed three or four times; (ا ف ب);
    // لموقع(محيط)عن and the like. Left as the rules' faults: الياس، لارسن، لاسال، لاس، والكسندر (names), الراب،
    // استحى، المنشى، والرشاوى (right as written), الاولبانه، نذاك، لحطات، تاني، الغنتباه.
    'HAMZA_ILA:الى HAMZA_ILA:الي HAMZA_ILA:فالى AN_ANNA_IN:انها AN_ANNA_IN:فانك ALEF_MAQSURA_COMMON:حتي ' +
    'ALEF_MAQSURA_COMMON:القصوي ALEF_MAQSURA:القهقري ' +
    'TANWEEN_AFTER_HAMZA:وبناءا TATWEEL:مــاكـــدونــو TATWEEL:اتـــــرك TATWEEL:اســتعدادا TATWEEL:مــــبارك ' +
    'TATWEEL:يؤكــــد TATWEEL:ســــيتم TATWEEL:البابـا TATWEEL:الأساقــــفة TAA_MARBUTA:الناجحه ' +
    'TAA_MARBUTA:الثابته TAA_MARBUTA:الشوكولاته TAA_MARBUTA:فرنجيه HAMZA_MEDIAL:لاكسدة HAMZA_MEDIAL:الراس ' +
    'DOUBLE_SPACE:___ DOUBLE_SPACE:____ AGENCY_CREDIT:(ا_ف_ب) BRACKET_OUTER_SPACE:) ' +
    // session 9, NO_SPACE_AFTER_PUNCT underlined: بها،كذلك، لصغار،ويوجه، الجميع،لا، والسكن.وهذا (all 4 read)
    'NO_SPACE_AFTER_PUNCT:، NO_SPACE_AFTER_PUNCT:. ' +
    // session 8, HAMZA_INITIAL on the larger TUNE (annaharonline's editors left most hamzas off): every unconfirmed
    // finding read; standard spellings of places too (أنقرة، إيطاليا، إدلب). Left as the rule's faults: personal
    // names (باول، اياد، انور، ايلي، اديب، ايزارن), loanwords (الاوكسجين، الاورانيوم، انزيم، استيل), اولم، ابالخصم، الام.
    'HAMZA_INITIAL:امام HAMZA_INITIAL:اذ HAMZA_INITIAL:الكترونية HAMZA_INITIAL:الالكترونية ' +
    'HAMZA_INITIAL:الايطالية HAMZA_INITIAL:امرا HAMZA_INITIAL:انجازا HAMZA_INITIAL:ادلب ' +
    'HAMZA_INITIAL:ايطاليا HAMZA_INITIAL:واوستراليا HAMZA_INITIAL:الكتروني HAMZA_INITIAL:انجازات ' +
    'HAMZA_INITIAL:ايطالية HAMZA_INITIAL:انما HAMZA_INITIAL:والايطالي HAMZA_INITIAL:اياه ' +
    'HAMZA_INITIAL:انجازه HAMZA_INITIAL:الفا HAMZA_INITIAL:الاخوان HAMZA_INITIAL:اودع ' +
    'HAMZA_INITIAL:للانجازات HAMZA_INITIAL:ايطالي HAMZA_INITIAL:الايطالي HAMZA_INITIAL:اجفان ' +
    'HAMZA_INITIAL:اجرها HAMZA_INITIAL:والعاب HAMZA_INITIAL:ايجابي HAMZA_INITIAL:اجاب ' +
    'HAMZA_INITIAL:فاجاب HAMZA_INITIAL:الاسكندرية HAMZA_INITIAL:انهت HAMZA_INITIAL:ايار ' +
    'HAMZA_INITIAL:اسقاط HAMZA_INITIAL:والاحرى HAMZA_INITIAL:ابدى HAMZA_INITIAL:احدا ' +
    'HAMZA_INITIAL:ابواب HAMZA_INITIAL:اوضح HAMZA_INITIAL:ايا HAMZA_INITIAL:والاحداث ' +
    'HAMZA_INITIAL:انقرة HAMZA_INITIAL:اجراها HAMZA_INITIAL:اقطابها HAMZA_INITIAL:اقيم ' +
    'HAMZA_INITIAL:الايقونة HAMZA_INITIAL:الاكبر HAMZA_INITIAL:اوردتها HAMZA_INITIAL:وابعادها ' +
    'HAMZA_INITIAL:اثار HAMZA_INITIAL:اكدت HAMZA_INITIAL:اورد HAMZA_INITIAL:اول HAMZA_INITIAL:اوسطية ' +
    'HAMZA_INITIAL:اكسدة HAMZA_INITIAL:الاسمنتي HAMZA_INITIAL:الانكليزي HAMZA_INITIAL:والايجابيات ' +
    'HAMZA_INITIAL:اميركية HAMZA_INITIAL:الاوليمبية HAMZA_INITIAL:الا HAMZA_INITIAL:اثريان ' +
    'HAMZA_INITIAL:بامي HAMZA_INITIAL:انطاكيا HAMZA_INITIAL:الاخوي HAMZA_INITIAL:ابطال ' +
    // محمود أبوالعيون، هذا الشهرالكريم: two words run together
    'SPELLING:أبوالعيون SPELLING:الشهرالكريم ' +
    'LAM_HAMZA:لاحياء AR_LATIN_COMMA:, AR_LATIN_COMMA:,, AR_LATIN_COMMA:,,, AR_LATIN_COMMA:,,,, ' +
    // session 9 (names, read with tune.ts --cross): بهذا 'اللا إتزان' (اتّزان, form VIII of وزن, takes no hamza).
    // Left as the rules' faults: إللي (dialect), إربد، إليود، الناضور، باراليل (names, places, a foreign title),
    // متغاظين (dialect, right as written).
    'HAMZAT_WASL:إتزان'
  ).split(' '),
);

/** The key a finding is judged by: its rule and what it found (spaces as _). */
export const leftKey = (rule: string, found: string) => `${rule}:${found.replace(/\s/g, '_')}`;
