/**
 * Held-out findings (the SCORE files, tests/eval/aghlat.ts) on tokens Aghlat's editors left alone, judged by
 * hand one by one as a senior copy editor would for news copy under standard modern orthography (the standard
 * corpusLeft.ts uses on TUNE: إسبانيا، الإنترنت، إنجاز are slips; names and loanwords whose spelling varies are
 * the rule's fault; a double space, a missing space around a bracket, a Latin comma in Arabic prose are slips
 * Aghlat never corrects since it aligns on whitespace). When in doubt: false.
 *
 * Measurement only: rule writers never read this file (tuning uses TUNE files alone). Keyed by position, so a
 * word judged a slip in one place says nothing of the same word elsewhere. One judgement a line:
 *
 *   file | line (1-based, in misspelled/FILE) | offset (string units in that line) | rule | found (spaces as _) | slip or false | why
 *
 * Judged 2026-12-06 on main at b415129: all 202 findings that touched no corrected token then; in session 9 the
 * lead judged the one finding new rules added (the last line), by the same standard.
 */
export const JUDGED_TEXT = `
Collection-www.al-jazirah.com.sa.list.txt | 10 | 869 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 10 | 926 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 43 | 92 | HAMZA_INITIAL | الانجازات | slip | standard الإنجازات (إنجاز takes hamza under the alef)
Collection-www.al-jazirah.com.sa.list.txt | 69 | 19 | HAMZA_INITIAL | الالكتروني | slip | standard الإلكتروني
Collection-www.al-jazirah.com.sa.list.txt | 109 | 31 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 112 | 27 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 116 | 42 | HAMZA_INITIAL | اواز | false | a jewellery brand name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 118 | 10 | HAMZA_INITIAL | اكسنت | false | Hyundai Accent: a car model name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 119 | 24 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 120 | 10 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 122 | 29 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 137 | 34 | TAA_FOR_HAA | المياة | slip | المياه (water) ends in haa; المياة is not a word
Collection-www.al-jazirah.com.sa.list.txt | 141 | 12 | ALEF_MAQSURA | البرى | slip | nisba adjective البري written with dotless final yaa
Collection-www.al-jazirah.com.sa.list.txt | 158 | 869 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 158 | 926 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 191 | 92 | HAMZA_INITIAL | الانجازات | slip | standard الإنجازات (إنجاز takes hamza under the alef)
Collection-www.al-jazirah.com.sa.list.txt | 217 | 19 | HAMZA_INITIAL | الالكتروني | slip | standard الإلكتروني
Collection-www.al-jazirah.com.sa.list.txt | 257 | 31 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 260 | 27 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 264 | 42 | HAMZA_INITIAL | اواز | false | a jewellery brand name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 266 | 10 | HAMZA_INITIAL | اكسنت | false | Hyundai Accent: a car model name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 267 | 24 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 268 | 10 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 270 | 29 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 280 | 28 | HAMZA_INITIAL | والانابيب | slip | standard والأنابيب
Collection-www.al-jazirah.com.sa.list.txt | 285 | 34 | TAA_FOR_HAA | المياة | slip | المياه (water) ends in haa; المياة is not a word
Collection-www.al-jazirah.com.sa.list.txt | 289 | 12 | ALEF_MAQSURA | البرى | slip | nisba adjective البري written with dotless final yaa
Collection-www.al-jazirah.com.sa.list.txt | 306 | 869 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 306 | 926 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 339 | 92 | HAMZA_INITIAL | الانجازات | slip | standard الإنجازات (إنجاز takes hamza under the alef)
Collection-www.al-jazirah.com.sa.list.txt | 365 | 19 | HAMZA_INITIAL | الالكتروني | slip | standard الإلكتروني
Collection-www.al-jazirah.com.sa.list.txt | 405 | 31 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 408 | 27 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 412 | 42 | HAMZA_INITIAL | اواز | false | a jewellery brand name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 414 | 10 | HAMZA_INITIAL | اكسنت | false | Hyundai Accent: a car model name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 415 | 24 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 416 | 10 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 418 | 29 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 428 | 28 | HAMZA_INITIAL | والانابيب | slip | standard والأنابيب
Collection-www.al-jazirah.com.sa.list.txt | 433 | 34 | TAA_FOR_HAA | المياة | slip | المياه (water) ends in haa; المياة is not a word
Collection-www.al-jazirah.com.sa.list.txt | 437 | 12 | ALEF_MAQSURA | البرى | slip | nisba adjective البري written with dotless final yaa
Collection-www.al-jazirah.com.sa.list.txt | 454 | 869 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 454 | 926 | SPELLING | جارالله | false | a Saudi family name written joined as its bearers write it; splitting covers عبد compounds only
Collection-www.al-jazirah.com.sa.list.txt | 487 | 92 | HAMZA_INITIAL | الانجازات | slip | standard الإنجازات (إنجاز takes hamza under the alef)
Collection-www.al-jazirah.com.sa.list.txt | 513 | 19 | HAMZA_INITIAL | الالكتروني | slip | standard الإلكتروني
Collection-www.al-jazirah.com.sa.list.txt | 553 | 31 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 556 | 27 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 560 | 42 | HAMZA_INITIAL | اواز | false | a jewellery brand name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 562 | 10 | HAMZA_INITIAL | اكسنت | false | Hyundai Accent: a car model name, transliterated
Collection-www.al-jazirah.com.sa.list.txt | 563 | 24 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 564 | 10 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 566 | 29 | HAMZA_MEDIAL | لاند | false | English "land" in a resort name (الفانتزي لاند), not لأند
Collection-www.al-jazirah.com.sa.list.txt | 576 | 28 | HAMZA_INITIAL | والانابيب | slip | standard والأنابيب
Collection-www.al-jazirah.com.sa.list.txt | 581 | 34 | TAA_FOR_HAA | المياة | slip | المياه (water) ends in haa; المياة is not a word
Collection-www.al-jazirah.com.sa.list.txt | 585 | 12 | ALEF_MAQSURA | البرى | slip | nisba adjective البري written with dotless final yaa
Collection-www.al-jazirah.com.sa.list.txt | 588 | 24 | HAMZA_INITIAL | والالبان | slip | standard والألبان
Collection-www.thisissyria.net.list.txt | 74 | 50 | HAMZA_INITIAL | الامبريالية | slip | standard spelling الإمبريالية, as الإلكتروني and الإنترنت
Collection-www.thisissyria.net.list.txt | 121 | 50 | HAMZA_INITIAL | الامبريالية | slip | standard spelling الإمبريالية, as الإلكتروني and الإنترنت
Collection-www.thisissyria.net.list.txt | 464 | 35 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 677 | 3 | DECADES | السبعينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 832 | 7 | DECADES | السبعينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 832 | 24 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 1197 | 8 | SPELLING | يبدأون | false | يبدأون is an accepted spelling beside يبدؤون (Cairo Academy); not a slip
Collection-www.thisissyria.net.list.txt | 1259 | 20 | SPELLING | يبدأون | false | يبدأون is an accepted spelling beside يبدؤون (Cairo Academy); not a slip
Collection-www.thisissyria.net.list.txt | 1513 | 29 | HAMZAT_WASL | إميل | false | Émile Lahoud: the name is conventionally written إميل
Collection-www.thisissyria.net.list.txt | 1577 | 29 | HAMZAT_WASL | إميل | false | Émile Lahoud: the name is conventionally written إميل
Collection-www.thisissyria.net.list.txt | 1963 | 47 | HAMZA_INITIAL | الاسكندرون | slip | لواء الإسكندرون: standard spelling has hamza, as الإسكندرية
Collection-www.thisissyria.net.list.txt | 2377 | 27 | HAMZAT_WASL | إميل | false | Émile Lahoud: the name is conventionally written إميل
Collection-www.thisissyria.net.list.txt | 2450 | 44 | HAMZAT_WASL | أنطون | false | Antoun Saadeh: the name is conventionally written أنطون
Collection-www.thisissyria.net.list.txt | 2590 | 44 | HAMZAT_WASL | أنطون | false | Antoun Saadeh: the name is conventionally written أنطون
Collection-www.thisissyria.net.list.txt | 3254 | 44 | DECADES | السبعينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 3259 | 41 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 3305 | 44 | DECADES | السبعينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 3310 | 41 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 3664 | 46 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 3797 | 46 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 8170 | 6 | HAMZA_INITIAL | باتن | false | Chris Patten: a foreign name, not بأتن
Collection-www.thisissyria.net.list.txt | 8362 | 6 | HAMZA_INITIAL | باتن | false | Chris Patten: a foreign name, not بأتن
Collection-www.thisissyria.net.list.txt | 8723 | 29 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 8771 | 29 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 8903 | 29 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 8951 | 29 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 9622 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 9667 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 9829 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 9874 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 9936 | 27 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 10021 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 10111 | 27 | DECADES | الثمانينات | false | الثمانينات/السبعينات are accepted in news copy; the -يات form is a purist preference, not a slip
Collection-www.thisissyria.net.list.txt | 10196 | 57 | WASL_NOUNS | إطلاع | false | إطلاع الجمهور = informing the public (masdar of أطلع): correct here
Collection-www.thisissyria.net.list.txt | 10295 | 6 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 10423 | 6 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 10478 | 6 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 10539 | 6 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 10963 | 26 | HAMZAT_WASL | إنديانا | false | Indiana: the name is conventionally written إنديانا
Collection-www.thisissyria.net.list.txt | 11127 | 26 | HAMZAT_WASL | إنديانا | false | Indiana: the name is conventionally written إنديانا
Collection-www.thisissyria.net.list.txt | 12005 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12005 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12047 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12047 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12164 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12164 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12206 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12206 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12323 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12323 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12365 | 18 | ALEF_MAQSURA | الرشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 12365 | 46 | ALEF_MAQSURA | يتواني | slip | لا يتوانى: the verb ends in alef maqsura; يتواني is a slip
Collection-www.thisissyria.net.list.txt | 12715 | 19 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 12864 | 19 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 12896 | 19 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13045 | 19 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13560 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13634 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 13680 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 13706 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13731 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13805 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 13851 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 13877 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13902 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 13976 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 14022 | 8 | HAMZA_INITIAL | الانترنت | slip | standard الإنترنت (the word is a slip even though the suggested أ is not the fix)
Collection-www.thisissyria.net.list.txt | 14048 | 42 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
Collection-www.thisissyria.net.list.txt | 15195 | 28 | SPELLING | خطرالانزلاق | slip | two words run together: خطر الانزلاق
Collection-www.thisissyria.net.list.txt | 15350 | 28 | SPELLING | خطرالانزلاق | slip | two words run together: خطر الانزلاق
Collection-www.thisissyria.net.list.txt | 15679 | 41 | DAD_ZA | ضعون | false | a family name; nothing shows it should be ظعون
Collection-www.thisissyria.net.list.txt | 17789 | 55 | ALEF_MAQSURA | رشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 17835 | 55 | ALEF_MAQSURA | رشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 18710 | 24 | HAMZA_INITIAL | ابو | slip | سجن أبو غريب: standard أبو
Collection-www.thisissyria.net.list.txt | 18745 | 1 | ALEF_MAQSURA | يوسي | false | Yossi Beilin: يوسي is the right spelling of the name
Collection-www.thisissyria.net.list.txt | 18856 | 24 | HAMZA_INITIAL | ابو | slip | سجن أبو غريب: standard أبو
Collection-www.thisissyria.net.list.txt | 18891 | 1 | ALEF_MAQSURA | يوسي | false | Yossi Beilin: يوسي is the right spelling of the name
Collection-www.thisissyria.net.list.txt | 19002 | 24 | HAMZA_INITIAL | ابو | slip | سجن أبو غريب: standard أبو
Collection-www.thisissyria.net.list.txt | 19037 | 1 | ALEF_MAQSURA | يوسي | false | Yossi Beilin: يوسي is the right spelling of the name
Collection-www.thisissyria.net.list.txt | 19276 | 27 | ALEF_MAQSURA | مقدسى | slip | nisba name مقدسي written with dotless final yaa
Collection-www.thisissyria.net.list.txt | 19288 | 1 | HAMZA_INITIAL | ابو | slip | أبو مازن: standard أبو
Collection-www.thisissyria.net.list.txt | 19333 | 24 | HAMZA_INITIAL | ابو | slip | سجن أبو غريب: standard أبو
Collection-www.thisissyria.net.list.txt | 19368 | 1 | ALEF_MAQSURA | يوسي | false | Yossi Beilin: يوسي is the right spelling of the name
Collection-www.thisissyria.net.list.txt | 19391 | 28 | ALEF_MAQSURA | رشاوى | false | رشاوى (plural of رشوة) is correctly written with alef maqsura
Collection-www.thisissyria.net.list.txt | 19631 | 6 | HAMZA_INITIAL | باول | false | Colin Powell: a foreign name, not بأول
sukut.txt | 9 | 73 | HAMZA_INITIAL | الاسد | slip | بشار الأسد: standard الأسد
sukut.txt | 9 | 252 | HAMZA_INITIAL | ايان | false | Ian Wells: a transliterated foreign name, spellings vary
sukut.txt | 9 | 324 | HAMZA_INITIAL | الاسد | slip | بشار الأسد: standard الأسد
sukut.txt | 14 | 41 | HAMZA_INITIAL | انطوني | false | Anthony Shadid: a transliterated foreign name, spellings vary
sukut.txt | 14 | 116 | HAMZA_INITIAL | اني | slip | يشكون أني: أنّ with hamza after a verb of thinking
sukut.txt | 16 | 206 | AN_ANNA_IN | ان | false | part of سي.ان.ان (CNN), not the particle أن
sukut.txt | 16 | 209 | AN_ANNA_IN | ان | false | part of سي.ان.ان (CNN), not the particle أن
sukut.txt | 22 | 13 | HAMZA_INITIAL | اسرائيل | slip | the name إسرائيل has one standard spelling, with hamza
arkhmids.txt | 7 | 43 | TAA_MARBUTA | صقليه | slip | Sicily is صقلية, with taa marbuta
arkhmids.txt | 9 | 42 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
arkhmids.txt | 10 | 105 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
arkhmids.txt | 10 | 154 | AR_LATIN_SEMICOLON | ; | slip | Latin semicolon in Arabic prose: the Arabic semicolon is standard
arkhmids.txt | 11 | 45 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
arkhmids.txt | 11 | 70 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
arkhmids.txt | 11 | 139 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
arkhmids.txt | 11 | 205 | AR_LATIN_SEMICOLON | ; | slip | Latin semicolon in Arabic prose: the Arabic semicolon is standard
arkhmids.txt | 17 | 102 | HAMZA_MEDIAL | يتاثر | slip | standard يتأثر
arkhmids.txt | 17 | 167 | AR_LATIN_SEMICOLON | ; | slip | Latin semicolon in Arabic prose: the Arabic semicolon is standard
rhlatSa3ada.txt | 13 | 48 | HAMZA_INITIAL | احاولت | slip | إذا حاولت mis-split as اذ احاولت: احاولت is not a word
rhlatSa3ada.txt | 14 | 27 | HAMZA_FREQUENT | اربع | slip | أربعة أجزاء: اربع lacks its hamza (and agreement)
rhlatSa3ada.txt | 16 | 211 | AN_ANNA_IN | انها | slip | السر ... أنها: أنّ with hamza here
rhlatSa3ada.txt | 16 | 351 | AN_ANNA_IN | انك | slip | السر هو أنك: أنّ with hamza here
rhlatSa3ada.txt | 21 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 22 | 16 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 23 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 23 | 11 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 26 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 26 | 12 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 26 | 89 | ALEF_MAQSURA | ازاى | false | Egyptian colloquial ازاي: no standard spelling to hold it to
rhlatSa3ada.txt | 28 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 28 | 12 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 31 | 26 | BRACKET_OUTER_SPACE | ) | slip | no space after a closing bracket before the next word
rhlatSa3ada.txt | 32 | 65 | ALEF_MAQSURA | جماعى | slip | nisba adjective جماعي written with dotless final yaa
rhlatSa3ada.txt | 32 | 78 | AR_LATIN_COMMA | , | slip | Latin comma in Arabic prose: the Arabic comma is standard
rhlatSa3ada.txt | 33 | 27 | DOUBLE_SPACE | ____ | false | spaces before a wiki link's markup: collapsed once rendered, not clearly copy (strict)
rhlatSa3ada.txt | 37 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 37 | 8 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 38 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 43 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 44 | 7 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 44 | 22 | DOUBLE_SPACE | __ | slip | two spaces typed after a colon in running text
rhlatSa3ada.txt | 45 | 17 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 45 | 53 | TAA_FOR_HAA | هذة | slip | هذه is written with haa; هذة is not a word
rhlatSa3ada.txt | 49 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 50 | 1 | DOUBLE_SPACE | __ | false | spaces after the wiki list mark #: markup, invisible once rendered
rhlatSa3ada.txt | 50 | 17 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 50 | 153 | ALEF_MAQSURA | اجتماعى | slip | nisba adjective اجتماعي written with dotless final yaa
rhlatSa3ada.txt | 50 | 238 | ALEF_MAQSURA | وبالتالى | slip | وبالتالي written with dotless final yaa
rhlatSa3ada.txt | 51 | 19 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 55 | 8 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 56 | 8 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 57 | 20 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 58 | 10 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
rhlatSa3ada.txt | 59 | 15 | BRACKET_OUTER_SPACE | ( | slip | no space before an opening bracket after a word
art01.txt | 31 | 511 | DOUBLE_SPACE | __ | slip | two spaces typed between words in running prose
art01.txt | 37 | 396 | DOUBLE_SPACE | __ | slip | two spaces typed between words in running prose
art01.txt | 37 | 579 | DOUBLE_SPACE | __ | slip | two spaces typed between words in running prose
art01.txt | 85 | 0 | REPEATED_PUNCT | ?? | false | a line of ?? alone: lost characters (corpus noise), not punctuation in copy
art01.txt | 87 | 0 | REPEATED_PUNCT | ?? | false | a line of ?? alone: lost characters (corpus noise), not punctuation in copy
art01.txt | 89 | 0 | REPEATED_PUNCT | ?? | false | a line of ?? alone: lost characters (corpus noise), not punctuation in copy
art01.txt | 91 | 0 | REPEATED_PUNCT | ?? | false | a line of ?? alone: lost characters (corpus noise), not punctuation in copy
rhlatSa3ada.txt | 47 | 19 | NO_SPACE_AFTER_PUNCT | : | slip | judged by the lead in session 9 (the one finding new rules made unjudged): the heading's own words, السادسة:علاقات, want a space after the colon as prose does; the == marks around them do not change that
`;
