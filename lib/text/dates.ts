/**
 * Dates as the sites of every corpus language write them: "February 7, 2017", "Feb. 7, 2017",
 * "Friday, March 11, 2016, 8:47 a.m.", "08 February 2017", "21 december / 2020",
 * "7 февраля 2017 года", "20. Februar 2023", "12 octobre 2023", "30 de septiembre de 2025",
 * "12 жовтня 2023", "20.08.2026", "2020-07-18", "2023年9月18日", "2024. 12. 19.",
 * "2024년 12월 19일", "22 فبراير عام 2018", "03/12/2023", Japanese era dates ("令和5年1月5日", full-width digits too), the old
 * mid.ru's "2 March 201718:49" (date and time run together), Thailand's Buddhist era ("24 มิ.ย.2565") and Iran's
 * solar calendar ("۱۸ آذر ۱۳۹۲", "۱۴۰۴/۰۹/۰۲").
 */

const HUNGARIAN_MONTHS = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];

/** Month names by language; each list runs January to December. */
const MONTH_NAMES: string[][] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // Polish writes the month in the genitive after a day ("5 października 2023").
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // The Levant's and Iraq's month names.
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  // Italian news sites abbreviate ("09 GEN 2026"); Greek, Czech and Polish write the genitive.
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  ['ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου'],
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  ['јануар', 'фебруар', 'март', 'април', 'мај', 'јун', 'јул', 'август', 'септембар', 'октобар', 'новембар', 'децембар'],
  ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  // Hungarian ("2013. április 7."), Danish and Norwegian, Finnish and Slovak in the genitive, Swahili.
  HUNGARIAN_MONTHS,
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
  ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
  ['januari', 'februari', 'machi', 'aprili', 'mei', 'juni', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba'],
  // Czech and Polish also write the month in the nominative ("24. červen 2009", "13 czerwiec 2007").
  ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'],
  ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  // Azerbaijani, Albanian, Afrikaans, Turkish abbreviated ("10 Nis 2014"), Armenian, Georgian.
  ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  ['januarie', 'februarie', 'maart', 'april', 'mei', 'junie', 'julie', 'augustus', 'september', 'oktober', 'november', 'desember'],
  ['oca', 'şub', 'mar', 'nis', 'may', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara'],
  ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'],
  ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'],
  // Persian writes the Western months too ("23 آگوست 2008", "15 می 2024").
  ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  // Thai, in full and abbreviated ("24 มิ.ย.2565"), with the Buddhist era's years (below).
  ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  ['ม.ค', 'ก.พ', 'มี.ค', 'เม.ย', 'พ.ค', 'มิ.ย', 'ก.ค', 'ส.ค', 'ก.ย', 'ต.ค', 'พ.ย', 'ธ.ค'],
];

/** Other spellings: "Sept.", Austrian "Jänner", Latin American "setiembre", French without accents. */
const MONTH_VARIANTS: Record<string, number> = {
  sept: 9,
  jänner: 1,
  setiembre: 9,
  fevrier: 2,
  aout: 8,
  decembre: 12,
  // Arabic spellings with and without hamza, and Egypt's "يونيه", "يوليه".
  ابريل: 4,
  إبريل: 4,
  اغسطس: 8,
  اكتوبر: 10,
  يونيه: 6,
  يوليه: 7,
  // Hindi's other spellings.
  फरवरी: 2,
  सितम्बर: 9,
  अक्तूबर: 10,
  नवम्बर: 11,
  दिसम्बर: 12,
  // Persian's other spellings.
  می: 5,
  آگوست: 8,
  ژوییه: 7,
  جولای: 7,
};

const MONTHS: Record<string, number> = { ...MONTH_VARIANTS };
for (const names of MONTH_NAMES) names.forEach((name, i) => (MONTHS[name] = i + 1));

/** Longest first, so "september" is tried before "sep". */
export const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace('.', '\\.'))
  .join('|')})\\.?`;

/**
 * MONTH after a day and the optional words between ("7 ottobre", "18. Juni", "30 de septiembre"), behind a
 * lookahead for a letter. Every month's name opens with a letter, so the lookahead changes no match; but V8,
 * compiling an optional group followed by the hundreds of names under "iu", spends ten times as long without it
 * (a page's first extraction compiles each such pattern afresh; docs/PERFORMANCE.md has the figures).
 */
export const MONTH_AFTER_DAY = `(?=\\p{L})${MONTH}`;

/** Between a day and its month: "7 February", "20. Februar", "30 de septiembre", "1er octobre". */
const DAY_MONTH = `(?:st|nd|rd|th|er|\\.)?,?\\s+(?:de\\s+)?`;
/**
 * Between a month and its year: " 2017", ", 2017", " de 2025", " del 2024", " / 2020", Arabic " عام 2018", and the
 * month's other Arabic name after a slash, as Levantine and international sites write both ("12 شباط/فبراير 2020").
 */
const MONTH_YEAR = `(?:\\s?/\\s?\\p{Script=Arabic}{3,8})?(?:\\s?,|\\s+de|\\s+del|\\s+عام|\\s*/)?\\s*`;

/** The solar Hijri months, Farvardin to Esfand, as Iran names them. */
const SOLAR_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
/** The same months as Afghanistan names them, for the zodiac's signs: Hamal to Hut ("6 دلو1392"). */
const AFGHAN_SOLAR_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'];
/** Either name, its yeh and kaf also in their Arabic forms, as many Persian sites type them ("۲۵ تير ۱۴۰۱"). */
const SOLAR_MONTH = `(${[...SOLAR_MONTHS, ...AFGHAN_SOLAR_MONTHS].map((name) => name.replace(/ی/gu, '[یي]').replace(/ک/gu, '[کك]')).join('|')})`;

/** Each form, with the order of its day, month and year groups; `solar` for Iran's calendar. */
const FORMS: Array<{ pattern: RegExp; order: 'mdy' | 'dmy' | 'ymd'; solar?: boolean }> = [
  // "February 7, 2017", "September 27 , 2019", Spanish's "Junio 12 de 2008".
  { pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?,|\\s+de)?\\s+(\\d{4})`, 'iu'), order: 'mdy' },
  { pattern: new RegExp(`(?<![\\d])(\\d{1,2})${DAY_MONTH}${MONTH_AFTER_DAY}${MONTH_YEAR}(\\d{4})`, 'iu'), order: 'dmy' },
  // "2020-07-18", and as Chinese forums write it, "2025-6-5 18:32".
  { pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, order: 'ymd' },
  // "20.08.2026", and spaced as Croatian and Czech write it: "15. 12. 2012.", "19. 1. 2025".
  { pattern: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/, order: 'dmy' },
  // "17-06-2005", "4-12-2024": day first, with dashes; month first where day first is no date ("06-17-2005").
  { pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/, order: 'dmy' },
  // Hungarian: the year, the month's Hungarian name, the day ("2013. április 7.").
  { pattern: new RegExp(`(?<!\\d)(\\d{4})\\.\\s+(${HUNGARIAN_MONTHS.join('|')})\\s+(\\d{1,2})(?!\\d)`, 'iu'), order: 'ymd' },
  // "2023年9月18日", and with Japan's era year beside it: "2019年(令和元年)5月17日".
  { pattern: /(?<!\d)(\d{4})\s?年\s?(?:[(（][^)）]{1,6}[)）])?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/, order: 'ymd' },
  // Blogger's and WordPress's Japanese and Korean month before a Western day and year: "2月 26, 2021", "2월 18, 2026".
  { pattern: /(?<!\d)(\d{1,2})\s?[月월]\s(\d{1,2}),\s?(\d{4})/, order: 'mdy' },
  // Korea: "2024. 12. 19." and "2024년 12월 19일"; elsewhere "2023/09/18".
  { pattern: /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d)/, order: 'ymd' },
  { pattern: /(?<!\d)(\d{4})년\s?(\d{1,2})월\s?(\d{1,2})일/, order: 'ymd' },
  // Vietnamese: "ngày 5 tháng 3 năm 2024", "Thứ hai, 25 Tháng 9 2017".
  { pattern: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})/iu, order: 'dmy' },
  { pattern: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, order: 'ymd' },
  // "(Paris, 03/12/2023)", "16/11/2020": day first as most of the world writes it; month first
  // ("11/16/2020", the United States) where the day-first reading is no date.
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/, order: 'dmy' },
  // Iran's solar calendar: "۱۸ آذر ۱۳۹۲", "۱۳۹۶ آذر ۱۸", "دوم مهرماه"'s month with "ماه", and "۱۴۰۴/۰۹/۰۲".
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${SOLAR_MONTH}(?:\\s?ماه)?\\s*(1[34]\\d{2})(?!\\d)`, 'u'), order: 'dmy', solar: true },
  { pattern: new RegExp(`(?<!\\d)(1[34]\\d{2})\\s+${SOLAR_MONTH}\\s+(\\d{1,2})(?!\\d)`, 'u'), order: 'ymd', solar: true },
  { pattern: /(?<![\d/])(1[34]\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/])/, order: 'ymd', solar: true },
  // Day first, as Iran's embassies write it in a sentence ("در تاریخ 9/4/1404"); not a Hijri date marked "هـ".
  { pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(1[34]\d{2})(?![\d/])(?!\s?هـ)/u, order: 'dmy', solar: true },
];

/** Japan's eras and the Western year before each one's first: 令和5年 is 2018 + 5. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 民國: 1911, 民国: 1911 };
/** Japan's eras, and Taiwan's Republic years ("中華民國108年02月22日" is 2019). */
const ERA_DATE = /(令和|平成|昭和|民國|民国)\s?(元|\d{1,3})\s?年\s?(?:[(（]\d{4}年?[)）])?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/u;

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** The text that was read as the date. */
  match: string;
  index: number;
}

/** The first date written in `text`, or null. Dates that do not exist (31 February) are not dates. */
export function findDate(text: string): FoundDate | null {
  // Full-width digits ("令和５年１月５日") as ASCII: one character for one, so indices hold.
  // Arabic-Indic and Persian digits ("١٤ يناير ٢٠١٩") likewise.
  /* eslint-disable @typescript-eslint/no-magic-numbers -- char codes: each digit block's zero, and ASCII's '0' (48) */
  const line = text
    .replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x660 + 48))
    .replace(/[\u06f0-\u06f9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x6f0 + 48))
    .replace(/[\u0e50-\u0e59]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xe50 + 48));
  /* eslint-enable @typescript-eslint/no-magic-numbers */
  let best: FoundDate | null = null;
  // Each form reads a year in four digits: a line with none (most) is not searched ten times over.
  for (const { pattern, order, solar } of FOUR_DIGITS.test(line) ? FORMS : []) {
    // A form's first match may be no date ("28/1/1427 هـ - الموافق 27/2/2006 م", the Hijri date first): its next is read.
    for (let from = 0, tries = 0; tries < FORM_TRIES; tries += 1) {
      const found = pattern.exec(line.slice(from));
      if (!found || (best && best.index <= from + found.index)) break;
      const groups = found.slice(1, 1 + DATE_PARTS) as [string, string, string];
      const iso = solar ? solarIso(groups, order) : (toIso(groups, order) ?? (/[/-]/u.test(found[0]) && order === 'dmy' ? toIso(groups, 'mdy') : null));
      const index = from + found.index;
      if (iso) {
        best = { iso, match: text.slice(index, index + found[0].length), index };
        break;
      }
      from = index + found[0].length;
    }
  }
  const era = ERA_DATE.exec(line);
  if (era && (!best || era.index < best.index)) {
    const year = ERAS[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2]));
    const iso = toIso([String(year), era[3]!, era[4]!], 'ymd');
    if (iso) best = { iso, match: text.slice(era.index, era.index + era[0].length), index: era.index };
  }
  for (const { pattern, base } of SHORT_ERA_FORMS) {
    const short = pattern.exec(line);
    if (!short || (best && best.index <= short.index)) continue;
    const { era = '', year = '', month = '', day = '' } = short.groups ?? {};
    const iso = toIso([String(base(era) + Number(year)), month, day], 'ymd');
    if (iso) best = { iso, match: text.slice(short.index, short.index + short[0].length), index: short.index };
  }
  return best && rangeStart(line, best);
}

/**
 * Japan's era years by their initials, as ministries write a briefing's date ("H20.08.01(金)", "R5.1.5"), and
 * Taiwan's Republic years without "民國" ("109年06月24日", "日期:105-06-17", "113.05.20"; 2020, 2016, 2024): three
 * digits, with the month and day as Taiwan's government sites pad them, beside Chinese text.
 */
const SHORT_ERA_FORMS: Array<{ pattern: RegExp; base: (era: string) => number }> = [
  { pattern: /(?<![\p{L}\d])(?<era>[HRS])\s?(?<year>\d{1,2})[.．/](?<month>\d{1,2})[.．/](?<day>\d{1,2})(?!\d)/u, base: (era) => ERA_INITIALS[era]! },
  { pattern: /(?<![\d.])(?<year>1[01]\d)\s?年\s?(?<month>\d{1,2})\s?月\s?(?<day>\d{1,2})\s?日/u, base: () => ROC_ERA },
  { pattern: /(?<=\p{Script=Han}[:：\s]?)(?<year>1[01]\d)[.-](?<month>\d{2})[.-](?<day>\d{2})(?![\d.-])/u, base: () => ROC_ERA },
  // Korea's ministries' year with its century elided by an apostrophe ("( '23. 11. 13. )", "Canal 12 ('22. 8. 22.)"): this century's.
  { pattern: /(?<![\p{L}\d])['’](?<year>[0-4]\d)\.\s?(?<month>\d{1,2})\.\s?(?<day>\d{1,2})(?!\d)/u, base: () => THIS_CENTURY },
];

/** Heisei, Reiwa and Showa by their initials; the Republic of China's first year was 1912. */
const ERA_INITIALS: Record<string, number> = { H: 1988, R: 2018, S: 1925 };
const ROC_ERA = 1911;
const THIS_CENTURY = 2000;

/**
 * The date of a line that is a date and little else: a few words before it ("Date:", "Published on", "Agéncia
 * RIA Novosti 17/04/2008"), a clock, a weekday or a byline after it ("2017/08/09 11:55", "24/04/2018 | 16:50 |
 * Аутор: ТАНЈУГ"); not a sentence that holds a date, nor a question ("За кого Вы проголосовали 4 марта 2012 года?"),
 * nor a caption.
 */
export function dateLine(line: string): FoundDate | null {
  if (line.length > DATE_LINE_MAX || /[?!？！]$/u.test(line)) return null;
  const found = findDate(line);
  if (!found || found.index > DATE_LINE_BEFORE || line.length - found.index - found.match.length > DATE_LINE_AFTER) return null;
  // A broadcast script's caption in brackets names a clip's people and when it was shot ("[대통령실 참모진 (지난 2024년 10월 22일, …)]").
  const rest = line.replace(found.match, '');
  return rest.startsWith('[') && rest.endsWith(']') && /\p{L}/u.test(rest) ? null : found;
}

const DATE_LINE_MAX = 80;
/** How much may stand before a date line's date, and after it. */
const DATE_LINE_BEFORE = 40;
const DATE_LINE_AFTER = 40;

/**
 * A range of days is dated by its first: "2–4 June 2017", "(24-26 GIUGNO 2016)", "4th – 6th July 2016",
 * "19 - 21 września 2008" (a summit's, a visit's, a weekend paper's).
 */
function rangeStart(line: string, found: FoundDate): FoundDate {
  const before = RANGE_FROM.exec(line.slice(Math.max(0, found.index - RANGE_REACH), found.index));
  if (!before || !/^\d/u.test(found.match)) return found;
  const day = Number(before[1]);
  const iso = `${found.iso.slice(0, ISO_DAY_AT)}${String(day).padStart(2, '0')}`;
  return day < Number(found.iso.slice(ISO_DAY_AT)) ? { iso, match: before[0] + found.match, index: found.index - before[0].length } : found;
}

const RANGE_FROM = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?\s?[-–—]\s?$/u;
/** Where the day begins in "YYYY-MM-DD". */
const ISO_DAY_AT = 8;
const RANGE_REACH = 10;

const FOUR_DIGITS = /\d{4}/;

/** How many matches of one form are read for a date: past the first few, a line is a table of numbers. */
const FORM_TRIES = 3;

/** A date's three parts, day, month and year in the order its form gives them. */
const DATE_PARTS = 3;

/** Months in a year: a month number above this is no month. */
const MONTHS_IN_YEAR = 12;

/** The years a date found in a page may fall in: outside them, digits that look like a date are something else (a reference number, a phone number). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2200;

function toIso(groups: [string, string, string], order: 'mdy' | 'dmy' | 'ymd'): string | null {
  const [a, b, c] = groups;
  const parts = order === 'mdy' ? { m: month(a), d: +b, y: +c } : order === 'dmy' ? { d: +a, m: month(b), y: +c } : { y: +a, m: month(b), d: +c };
  const { m, d } = parts;
  // Thailand counts the Buddhist era's years: 2565 is 2022.
  const y = parts.y >= BUDDHIST_ERA_FROM ? parts.y - BUDDHIST_ERA : parts.y;
  if (!m || m < 1 || m > MONTHS_IN_YEAR || d < 1 || y < EARLIEST_YEAR || y > LATEST_YEAR) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The Buddhist era runs 543 years ahead; a year from this one on is written in it. */
const BUDDHIST_ERA = 543;
const BUDDHIST_ERA_FROM = 2400;

/**
 * A date of Iran's solar calendar as the Western one: its days counted as the Persian calendar's 33-year
 * cycle counts them, from 1 Farvardin 1399, which was 20 March 2020.
 */
function solarIso(groups: [string, string, string], order: 'dmy' | 'ymd' | 'mdy'): string | null {
  const [a, b, c] = groups;
  const [y, m, d] = order === 'dmy' ? [+c, solarMonth(b), +a] : [+a, solarMonth(b), +c];
  // A year past the calendar's near future is the lunar Hijri year of an Arab page ("1445/05/12").
  if (y < SOLAR_EARLIEST_YEAR || y > SOLAR_LATEST_YEAR) return null;
  if (m < 1 || m > MONTHS_IN_YEAR || d < 1 || d > (m <= SOLAR_LONG_MONTHS ? SOLAR_LONG_MONTH_DAYS : SOLAR_SHORT_MONTH_DAYS)) return null;
  const days = solarDays(y, m, d) - solarDays(SOLAR_EPOCH_YEAR, 1, 1);
  return new Date(SOLAR_EPOCH_UTC + days * DAY_MS).toISOString().slice(0, ISO_DATE_LENGTH);
}

/** The solar year's first six months have 31 days, the next five 30 (the last 29 or 30). */
const SOLAR_LONG_MONTHS = 6;
const SOLAR_LONG_MONTH_DAYS = 31;
const SOLAR_SHORT_MONTH_DAYS = 30;
/** 1 Farvardin 1399 was 20 March 2020: the day the count is anchored on. */
const SOLAR_EPOCH_YEAR = 1399;
const SOLAR_EPOCH_UTC = Date.UTC(2020, 2, 20); // eslint-disable-line @typescript-eslint/no-magic-numbers -- the anchor date itself
const DAY_MS = 86_400_000;
const ISO_DATE_LENGTH = 10;

function solarMonth(text: string): number {
  const name = text.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
  return SOLAR_MONTHS.indexOf(name) + 1 || AFGHAN_SOLAR_MONTHS.indexOf(name) + 1 || Number(text);
}

/** The solar years read: 1300 began in 1921; 1410 begins in 2031. */
const SOLAR_EARLIEST_YEAR = 1300;
const SOLAR_LATEST_YEAR = 1410;

/** Days from the calendar's start, as the cycle of 33 years with 8 leap years counts them. */
function solarDays(year: number, month: number, day: number): number {
  const y = year + SOLAR_YEAR_OFFSET;
  const leapDays = Math.floor(y / SOLAR_CYCLE) * SOLAR_CYCLE_LEAPS + Math.floor(((y % SOLAR_CYCLE) + SOLAR_LEAP_SHIFT) / SOLAR_LEAP_EVERY);
  const monthDays =
    month <= SOLAR_LONG_MONTHS
      ? (month - 1) * SOLAR_LONG_MONTH_DAYS
      : (month - SOLAR_LONG_MONTHS - 1) * SOLAR_SHORT_MONTH_DAYS + SOLAR_LONG_MONTHS * SOLAR_LONG_MONTH_DAYS;
  return DAYS_IN_YEAR * y + leapDays + day + monthDays;
}

/** The cycle's arithmetic: years counted from a start 1,595 years before the era, 8 leap years in 33, the fourth year after a shift of 3. */
const SOLAR_YEAR_OFFSET = 1595;
const SOLAR_CYCLE = 33;
const SOLAR_CYCLE_LEAPS = 8;
const SOLAR_LEAP_SHIFT = 3;
const SOLAR_LEAP_EVERY = 4;
const DAYS_IN_YEAR = 365;

/** A month's number from its name in any language read ("juillet", "Sept.", "ноября"), or from its figures; 0 if none. */
export function month(text: string): number {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')] ?? (Number(text) || 0);
}
