/**
 * Month names the readers recognise — English (full and abbreviated), Rumi (Ottoman fiscal) and
 * Hijri (Ottoman Turkish and Arabic transliterations) — as regular-expression sources and as
 * lookups from a matched word to a month number. Kept apart so that the date reader compiles
 * them once into its patterns.
 */

/** English month names, longest alternatives first so that "Sept" is not read as "Sep" + "t". */
export const ENGLISH_MONTH_SOURCE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![\\p{L}])';

/** Rumi month names (the Ottoman fiscal year begins in Mart), with and without Turkish letters. */
export const RUMI_MONTH_SOURCE =
  "(?:mart|nisan|may[ıi]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|te[sş]rin[-ıi' ]{0,3}(?:evvel|s[aâ]n[iî])|" +
  "k[aâ]nun[-ıiu' ]{0,3}(?:evvel|s[aâ]n[iî])|[sş]ubat)(?![\\p{L}])";

/** Hijri month names in Ottoman Turkish and common Arabic transliterations. */
export const HIJRI_MONTH_SOURCE =
  "(?:muharre?m|muharram|safer|safar|reb[iî]y?[uü]l[-ıi' ]{0,3}(?:evvel|[aâ]h[iî]r)|" +
  "rab[iī]['’ʿ]?[- ]?(?:al|ul|el|us)?[- ]?(?:awwal|thani|th[aā]n[iī]|[aā]khir)|rab[iī]['’]?\\s(?:ii|i|1|2)(?![\\p{L}\\d])|" +
  "cem[aâ]ziy?e?l[-ıi' ]{0,3}(?:evvel|[aâ]h[iî]r)|jum[aā]d[aā][- ]?(?:al|ul|el)?[- ]?(?:awwal|[uū]l[aā]|th[aā]n[iī]|[aā]khir(?:ah)?)|" +
  "jum[aā]d[aā]\\s(?:ii|i|1|2)(?![\\p{L}\\d])|rece[pb]|rajab|[sş]a['’]?ban|sha['’]?b[aā]n|ramazan|rama[dḍ][aā]n|[sş]evval|shaww?[aā]l|" +
  "zilkaa?de|dh[uū][-' ]?(?:a?l[-' ]?)?q[aiī]['’]?dah?|zilhicce|dh[uū][-' ]?(?:a?l[-' ]?)?[hḥ]ijjah?)(?![\\p{L}])";

/** Lower-cases and strips diacritics and punctuation: "Kânun-ı Sani" → "kanunisani". */
export function monthKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]/g, '');
}

const ENGLISH_BY_PREFIX: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The month number (1–12) of an English month word matched by {@link ENGLISH_MONTH_SOURCE}. */
export function englishMonth(word: string): number {
  return ENGLISH_BY_PREFIX[monthKey(word).slice(0, 3)] ?? 0;
}

/**
 * The Gregorian/Julian month number (1–12) of a Rumi month word: Mart is 3, Şubat is 2. The
 * Rumi year begins on 1 Mart, so Kânunusani and Şubat fall in the next Julian year.
 */
export function rumiMonth(word: string): number {
  const k = monthKey(word);
  if (k === 'mart') return 3;
  if (k === 'nisan') return 4;
  if (k.startsWith('may')) return 5;
  if (k === 'haziran') return 6;
  if (k === 'temmuz') return 7;
  if (k === 'agustos') return 8;
  if (k === 'eylul') return 9;
  if (k.startsWith('tesrin')) return k.endsWith('evvel') ? 10 : 11;
  if (k.startsWith('kanun')) return k.endsWith('evvel') ? 12 : 1;
  if (k === 'subat') return 2;
  return 0;
}

/** The Hijri month number (1 = Muharram … 12 = Dhu al-Hijjah) of a Hijri month word. */
export function hijriMonth(word: string): number {
  const k = monthKey(word);
  const second = /(ahir|akhir|akhirah|thani|ii|2)$/.test(k);
  if (k.startsWith('muharr')) return 1;
  if (k.startsWith('saf')) return 2;
  if (k.startsWith('reb') || k.startsWith('rab')) return second ? 4 : 3;
  if (k.startsWith('cem') || k.startsWith('jum')) return second ? 6 : 5;
  if (k.startsWith('rece') || k === 'rajab') return 7;
  if (k.endsWith('aban')) return 8;
  if (k.startsWith('rama')) return 9;
  if (k.startsWith('sevval') || k.startsWith('shaw')) return 10;
  if (k.startsWith('zilk') || (k.startsWith('dh') && k.includes('q'))) return 11;
  if (k.startsWith('zilh') || (k.startsWith('dh') && k.includes('hij'))) return 12;
  return 0;
}
