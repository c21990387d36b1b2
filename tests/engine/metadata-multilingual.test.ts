// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDate } from '../../lib/text/dates';
import { kindFromTitle, readCoreTitleWords, readTitleWords, titleNamesNonTranscript, titleNamesTranscript } from '../../lib/metadata/kind';
import { detectLanguage } from '../../lib/metadata/language';
import { forgetNamesRead, namesInTitle } from '../../lib/segment/title-names';
import { parseDocument } from '../../scripts/lib/parse-html';
import { readMetadata } from '../../lib/metadata/read-metadata';
import { block } from './rule-pages';
import { guessHeadline } from '../../lib/sites/page-reading';
import { extractTranscript } from '../../lib/extract';

describe('findDate in every corpus language', () => {
  it.each([
    ['20. Februar 2023', '2023-02-20'],
    ['12 octobre 2023', '2023-10-12'],
    ['1er octobre 2023', '2023-10-01'],
    ['30 de septiembre de 2025', '2025-09-30'],
    ['6 de marzo del 2024', '2024-03-06'],
    ['12 жовтня 2023', '2023-10-12'],
    ['21 december / 2020', '2020-12-21'],
    ['Friday, March 11, 2016, 8:47 a.m.', '2016-03-11'],
    ['2023年9月18日', '2023-09-18'],
    ['2013. április 7.', '2013-04-07'],
    ['Junio 12 de 2008 (Pereira)', '2008-06-12'],
    ['September 27 , 2019', '2019-09-27'],
    ['17-06-2005 Press Briefing', '2005-06-17'],
    ['održan je u subotu, 15. 12. 2012., prije', '2012-12-15'],
    ['5. joulukuuta 1996', '1996-12-05'],
    ['4. marts 2021', '2021-03-04'],
    ['12. júna 2020', '2020-06-12'],
    ['leo tarehe 04 Novemba, 2016', '2016-11-04'],
    ['2024. 12. 19.', '2024-12-19'],
    ['2024년 12월 19일', '2024-12-19'],
    ['令和5年1月5日', '2023-01-05'],
    ['令和５年１月５日', '2023-01-05'],
    ['平成21年2月27日', '2009-02-27'],
    ['令和元年5月1日', '2019-05-01'],
    ['2023/09/18', '2023-09-18'],
    ['2025-6-5 18:32 | 发布者: admin', '2025-06-05'],
    ['会見日:2019年(令和元年)5月17日(金曜日)', '2019-05-17'],
    ['令和元年(2019年)5月17日', '2019-05-17'],
    ['Posted by hunabuna at 2月 26, 2021', '2021-02-26'],
    ['2월 18, 2026', '2026-02-18'],
    ['The World Today - Wednesday, 19 October , 2005 12:29:00', '2005-10-19'],
    ['تاريخ النشر: 4th, November 2023 GMT', '2023-11-04'],
    ['الاثنين 28/1/1427 هـ - الموافق 27/2/2006 م', '2006-02-27'],
    ['13 czerwiec 2007', '2007-06-13'],
    ['24. červen 2009', '2009-06-24'],
    ['31 Oktyabr 2020 16:30', '2020-10-31'],
    ['23 nëntor 2021', '2021-11-23'],
    ['Maandag 24 Januarie 2022', '2022-01-24'],
    ['10 Nis 2014 17:10', '2014-04-10'],
    ['02 Հոկտեմբեր, 2024 21:05', '2024-10-02'],
    ['09 მაისი, 2014', '2014-05-09'],
    ['شنبه 23 آگوست 2008', '2008-08-23'],
    ['26 اردیبهشت 1403 (15 می 2024)', '2024-05-15'],
    ['۰۳ شهریور ۱۳۹۲ | ۱۵:۱۱', '2013-08-25'],
    ['۱۳۹۶ آذر ۱۸, شنبه', '2017-12-09'],
    ['۱۴۰۴/۰۹/۰۲', '2025-11-23'],
    ['29 اسفند 1402', '2024-03-19'],
    ['24 มิ.ย.2565 พลเอก', '2022-06-24'],
    ['วันพุธที่ ๑๐ กุมภาพันธ์ ๒๕๖๕ เวลา ๑๓.๓๐ น.', '2022-02-10'],
    ['The 16th Asia Security Summit, Singapore, 2–4 June 2017.', '2017-06-02'],
    ['(24-26 GIUGNO 2016)', '2016-06-24'],
    ['Georgetown, Guyana, 4th – 6th July 2016', '2016-07-04'],
    ['gazeta 160 19 - 21 września 2008', '2008-09-19'],
  ])('%j is %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each(['31 февраля 2023', 'no date here'])('finds no date in %j', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('detectLanguage from the text when the page declares none', () => {
  const url = new URL('https://example.org/x');
  const page = (lang?: string) =>
    parseDocument(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>x</title></head><body><p>x</p></body></html>`);

  const samples: Record<string, string> = {
    ko: '외교부 대변인 정례브리핑입니다. 오늘 말씀드릴 내용은 다음과 같습니다.',
    uk: 'Україна і надалі підтримуватиме своїх партнерів. Її позиція є незмінною, і ми це підтверджуємо.',
    ru: 'Мы обсудили вопросы двустороннего сотрудничества. Это был подробный разговор, и мы ещё вернёмся к этой теме.',
    de: 'Wir haben über die Lage gesprochen, und die Bundesregierung ist nicht der Meinung, dass das ein Problem ist. Ich denke, wir sind auf einem guten Weg.',
    fr: 'Nous avons discuté de la situation au Proche-Orient et la France est pour une solution qui respecte les droits des peuples. Ce n’est pas une question simple.',
    es: 'Muy buenos días a todos. El Gobierno ha tomado una decisión muy importante para los ciudadanos y las empresas, y lo que queremos es que se cumpla la ley.',
    zh: '外交部发言人毛宁主持例行记者会。我们注意到有关报道，中方一贯主张通过对话协商解决争端。',
    ja: '上川外務大臣は記者会見で、日本政府としての立場を説明しました。ご指摘の点については、引き続き注視していきます。',
    ar: 'إن الصين تدعم دائما الحوار والتفاوض لحل النزاعات بالطرق السلمية، ونحن نتابع الوضع عن كثب.',
    en: 'The Secretary met with his counterpart and they discussed the situation in the region. We have been clear that this is a priority for the United States.',
    ka: 'საქართველოს საგარეო საქმეთა მინისტრმა განაცხადა, რომ ქვეყანა ევროპული გზით განაგრძობს სვლას.',
    hy: 'Հայաստանի արտաքին գործերի նախարարը հանդիպում է ունեցել իր գործընկերոջ հետ։',
    bn: 'পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র সাপ্তাহিক ব্রিফিংয়ে বক্তব্য রাখেন।',
    az: 'Xarici işlər naziri Elmar Məmmədyarov bildirib ki, Azərbaycan öz mövqeyini dəyişməyəcək. Biz bu məsələdə əməkdaşlığa hazırıq.',
    uz: 'Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev bilan uchrashuvda ikki tomonlama hamkorlik masalalari koʻrib chiqildi. Tomonlar oʻzaro savdo hajmini oshirish va yangi loyihalarni amalga oshirish boʻyicha kelishib oldilar.',
    kk: 'Қазақстан Республикасының Сыртқы істер министрі әріптесімен кездесті. Тараптар екіжақты ынтымақтастық мәселелерін және өңірлік қауіпсіздікті талқылады. Сұхбат барысында әр түрлі тақырыптар қозғалды, бұл кездесу маңызды болды.',
    mn: 'Монгол Улсын Гадаад харилцааны сайд хамтран ажиллагааны асуудлаар хэлэлцээ хийлээ. Энэ уулзалт хоёр орны харилцаанд чухал үүрэг гүйцэтгэнэ. Бид цаашид хамтын ажиллагаагаа өргөжүүлнэ.',
    be: 'Міністр замежных спраў Беларусі сустрэўся з калегам. Бакі абмеркавалі пытанні двухбаковага супрацоўніцтва і рэгіянальнай бяспекі. Ён падкрэсліў, што ўрад гатовы да дыялогу, і ўсе бакі падтрымалі гэтую прапанову.',
    sl: 'Minister za zunanje zadeve je dejal, da je Slovenija pripravljena na sodelovanje in da bo tudi v prihodnje podpirala dialog. Smo zelo zadovoljni s pogovori, ki so bili odkriti.',
    sk: 'Minister zahraničných vecí povedal, že Slovensko je pripravené na spoluprácu a že sa nič nezmení. Som rád, že sme sa dohodli, aj keď to nie je jednoduché pre obe strany.',
    lt: 'Užsienio reikalų ministras sakė, kad Lietuva yra pasirengusi bendradarbiauti ir kad tai buvo svarbus susitikimas. Mes kalbėjome apie saugumą ir apie tai, kaip stiprinti ryšius.',
    lv: 'Ārlietu ministrs uzsvēra, ka Latvija ir gatava sadarbībai un ka tas ir svarīgi. Mēs runājām par drošību un arī par to, kā stiprināt attiecības ar kaimiņiem.',
    no: 'Utenriksministeren sa at Norge er klar til å samarbeide, og at det ble et godt møte. Vi har snakket mye om sikkerhet, og det er noe vi vil følge opp etter sommeren.',
    hr: 'Ministar vanjskih poslova rekao je da je Hrvatska spremna na suradnju, ali da to nije jednostavno. Što se tiče pregovora, vrijeme je da se dogovorimo, kao što smo također najavili.',
    sr: 'Ministar spoljnih poslova rekao je da je Srbija spremna na saradnju, ali da to nije jednostavno. Šta se tiče pregovora, vreme je da se dogovorimo, kao što smo takođe najavili.',
  };

  it.each(Object.entries(samples))('reads %s', (code, sample) => {
    expect(detectLanguage(page(), url, sample)).toBe(code);
  });

  it('reads Uzbek in Cyrillic as Uzbek, not Tajik or Belarusian', () => {
    const uzbek =
      'Ўзбекистон Республикаси Президенти билан учрашувда икки томонлама ҳамкорлик масалалари кўриб чиқилди. Томонлар ўзаро савдо ҳажмини ошириш бўйича келишиб олдилар.';
    expect(detectLanguage(page(), url, uzbek)).toBe('uz');
  });

  it('reads a Russian report that names a Kazakh three times as Russian', () => {
    const russian =
      'Министр иностранных дел Казахстана Мұрат Нұртілеу встретился с послом России. Мұрат Нұртілеу напомнил, что отношения двух стран развиваются. По словам Мұрат Нұртілеу, стороны обсудили торговлю и транспорт. Мы считаем, что это был полезный разговор, и эти вопросы были важны для обеих сторон.';
    expect(detectLanguage(page('ru'), url, russian)).toBe('ru');
  });

  it('reads a report that names an Azerbaijani or a Kazakh in the language it is written in', () => {
    const english =
      'Foreign Minister Elmar Məmmədyarov met his counterpart on Tuesday. Məmmədyarov said that the talks with the Armenian side would go on, and that the region needs peace.';
    const russian =
      'Министр иностранных дел Казахстана встретился с послом. Глава МИД напомнил, что Нұрсұлтан Назарбаев предложил эту инициативу ещё в прошлом году, и мы её поддерживаем.';
    expect(detectLanguage(page(), url, english)).toBe('en');
    expect(detectLanguage(page(), url, russian)).toBe('ru');
  });

  it('trusts the text over a template’s lang="en" on a Chinese page', () => {
    expect(detectLanguage(page('en'), url, samples.zh!)).toBe('zh');
  });
});

describe('kindFromTitle in every corpus language', () => {
  it.each([
    ['2023年9月18日外交部发言人毛宁主持例行记者会', 'press-conference'],
    ['외교부 대변인 정례브리핑', 'briefing'],
    ['Regierungspressekonferenz vom 20. Februar 2023', 'press-conference'],
    ['Point de presse du 26 janvier 2024', 'briefing'],
    ['Entrevista del Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov, al canal Tsargrad', 'interview'],
    ['Брифінг речника МЗС України', 'briefing'],
    ['Звернення Президента України', 'remarks'],
    ['Rede von Bundesminister Steinmeier', 'remarks'],
    ['王毅答记者问', 'answers-to-questions'],
    ['王毅答記者問', 'answers-to-questions'],
    ['岸田内閣総理大臣記者会見', 'press-conference'],
    // Ukrainian writes "пресконференція" with "і", where Serbian and Bulgarian write "и".
    ['Текст пресконференції президента України Володимира Зеленського (транскрибація)', 'press-conference'],
    ['Lietuvos URM spaudos konferencija', 'press-conference'],
    ['Sidang media Menteri Luar Negeri', 'press-conference'],
    ['Ārlietu ministra intervija Latvijas Radio', 'interview'],
    ['Intervistë e ministrit të Jashtëm', 'interview'],
    ['სალომე ზურაბიშვილის ინტერვიუ', 'interview'],
    ['최충주 밴쿠버 총영사 일문일답', 'interview'],
    ['杉山晋輔駐米大使 一問一答', 'interview'],
    ['18 Fragen an Jean Asselborn, Außen- und Immigrationsminister', 'interview'],
    ['4 questions à Didier Reynders', 'interview'],
  ])('%j is %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
    expect(titleNamesTranscript(title)).toBe(true);
    expect(titleNamesNonTranscript(title)).toBe(false);
  });

  it('reads a number of questions as an interview only where a name follows: not "5 questions to ask before you travel"', () => {
    expect(kindFromTitle('5 questions to ask before you travel')).toBe('other');
  });

  it("reads the more languages' words in the engine only: the content script's core reading leaves them out (its bytes are counted)", () => {
    expect(readTitleWords('Lietuvos URM spaudos konferencija').kind).toBe('press-conference');
    expect(readCoreTitleWords('Lietuvos URM spaudos konferencija').kind).toBe('other');
    expect(readCoreTitleWords('Брифинг официального представителя МИД России').kind).toBe('briefing');
  });

  it('takes the most specific kind first: a doorstop interview is a press conference', () => {
    // kind.ts lists press-conference (which holds "doorstop") before interview.
    expect(kindFromTitle('Doorstop interview, Perth')).toBe('press-conference');
    expect(kindFromTitle('Interview, Perth')).toBe('interview');
  });
});

describe('titles of pages about an event that are not its transcript', () => {
  it.each([
    'Adjournment of the Regular Press Conference',
    '外交部例行记者会暑期休会安排',
    'Frequently Asked Questions (FAQs)',
    "Secretary Blinken's Call with French Foreign Minister Colonna",
    'Pressemitteilung: Außenminister reist nach Paris',
    '보도자료 외교부 장관 방미 결과',
  ])('%j', (title) => {
    expect(titleNamesNonTranscript(title)).toBe(true);
  });
});

describe('namesInTitle beyond English and Russian', () => {
  it.each([
    ['北ミサイル発射 菅官房長官会見の全文(下)「抑止力を高めていく」', ['菅']],
    ['石原知事定例記者会見', ['石原']],
    ['横浜市長定例記者会見', []],
    ['英首相 来日記者会見の全文', []],
    ['青森県知事定例記者会見', []],
    ['5月定例市長記者会見', []],
    ['김인애 부대변인', ['김인애']],
    ['다음은 최성홍(崔成泓) 외교부장관과 나눈 일문일답.', ['최성홍']],
    ['통일부 대변인 정례브리핑', []],
    ['중국 외교부 대변인 정례브리핑', []],
  ])('reads a one-character surname, a governor’s, and a Korean deputy’s or minister’s name (not a city’s nor a country’s) in %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });

  it.each([
    ['外交部发言人华春莹主持例行记者会', '华春莹'],
    ['外交部发言人姜瑜答记者问', '姜瑜'],
    // A consul general's office, before his name or after it, in Chinese and Japanese.
    ['崔国杰总领事接受《东部俄罗斯》专访', '崔国杰'],
    // Malaysian titles before the name, which keeps its own "Tun".
    ['One year on: to Prime Minister Datuk Seri Najib Tun Razak it was as though it was yesterday', 'Najib Tun Razak'],
    ['驻大阪总领事薛剑接受专访', '薛剑'],
    ['【着任インタビュー】在ロサンゼルス日本国総領事 伊原 純一', '伊原 純一'],
    ['José Manuel Albares: “España es el país que más ha hecho por la paz”', 'José Manuel Albares'],
  ])('%j names %j', (title, name) => {
    expect(namesInTitle(title)).toContain(name);
  });

  it('finds no one in a title that names only an office', () => {
    expect(namesInTitle('Department Press Briefing – May 22, 2023')).toEqual([]);
    expect(namesInTitle('U.S. State Department Spokesperson briefing')).not.toContain('U.S. State');
    // A state before its minister, as Hungarian writes the office after: the Republic, no one.
    expect(namesInTitle('inkább arról faggattuk a Magyar Köztársaság külügyminiszterét, hogy tényleg')).toEqual([]);
    expect(namesInTitle('Botschafter des Vereinigten Königreich Großbritannien')).toEqual([]);
    // Indonesian "bicara" is a verb after a name, a spokesman's office only after "juru".
    expect(namesInTitle('Dino Patti Djalal Bicara Manuver Politik Luar Negeri Prabowo')).not.toContain('Manuver Politik');
    // A word glued to a number is a brand's or a plan's: "1Malaysia Concept", no one.
    expect(namesInTitle('Explaining further the idea behind the 1Malaysia Concept, he said his plans were')).toEqual([]);
    // A German abstract noun, capitalised as every German noun is: the day of German Unity, no one.
    expect(namesInTitle('Grußwort der Deutschen Botschafterin auf dem Empfang zum Tag der Deutschen Einheit, 03.10.2022')).toEqual([]);
  });

  it.each([
    ['驻英国使馆发言人就英国首相斯塔默涉华言论答记者问', 'a preposition after the office ("就英国")'],
    ['驻韩国大使接受中、韩文媒体联合专访', 'the posting before the office ("驻韩国")'],
    ['2017年9月25日外交部發言人例行記者會', 'the regular press conference after the office ("例行記者")'],
    ['Interview mit der Schweizer Botschafterin: „Es ist wie ein nach Hause kommen“', 'an article and a nationality ("der Schweizer")'],
    ['Tugas Wakil Menteri Luar Negeri (Wamenlu) tidak akan tumpang tindih', 'the ministry’s name after the office ("Luar Negeri")'],
    ['Ha comenzado sus labores el nuevo Embajador Extraordinario y Plenipotenciario de España', 'an ambassador’s rank ("Extraordinario")'],
    ['Canciller: “No hubo mayor preocupación de Naciones Unidas”', 'the United Nations in Spanish'],
  ])('finds no one in %j: %s', (title) => {
    expect(namesInTitle(title)).toEqual([]);
  });

  it('reads a text once per page: the same names again, each call its own list, none kept after forgetNamesRead', () => {
    const title = 'Remarks by Foreign Minister Sergey Lavrov';
    const first = namesInTitle(title);
    first.push('Someone Else');
    expect(namesInTitle(title)).toEqual(['Sergey Lavrov']);
    expect(namesInTitle(title, { afterOffice: true })).toEqual(['Sergey Lavrov']);
    forgetNamesRead();
    expect(namesInTitle(title)).toEqual(['Sergey Lavrov']);
  });

  it('keeps names beside those words: a broadcaster’s, and an article inside a name', () => {
    expect(namesInTitle('Em entrevista ao PÚBLICO e à Rádio Renascença, o ministro Augusto Santos Silva diz')).toEqual(['Augusto Santos Silva']);
    expect(namesInTitle('Interview mit Alexander Van der Bellen')).toEqual(['Alexander Van der Bellen']);
    expect(namesInTitle('于洪君大使接受专访')).toContain('于洪君');
    expect(namesInTitle('与謝野外務大臣会見記録')).toContain('与謝野');
    // "S.E." is His Excellency, not a name's initials.
    expect(namesInTitle("Abbiamo intervistato l'Ambasciatore S.E. Vincenzo de Luca, nominato in India nel 2019")).toEqual(['Vincenzo de Luca']);
    expect(namesInTitle('Интервью Министра С.В.Лаврова газете «Коммерсант»')).toContain('С.В.Лаврова');
  });
});

describe('a blog whose <h1> is its own name and whose <title> is "Blog: Post"', () => {
  const blog = (h1: string, post: string, title = `${h1}: ${post}`) =>
    parseDocument(
      `<html><head><title>${title}</title></head><body><div class="header"><h1 class="title">${h1}</h1></div><div class="post"><h3 class="post-title entry-title">${post}</h3><p>Text.</p></div></body></html>`,
    );

  it('takes the post’s title, not the blog’s name', () => {
    expect(guessHeadline(blog('Naija Daily Facts', 'Ashiru: My meeting with John Kerry')).text).toBe('Ashiru: My meeting with John Kerry');
  });

  it('does not promote another heading where the rest of the <title> names none', () => {
    expect(guessHeadline(blog('Lavrov', 'Other news', 'Lavrov: we will answer')).text).not.toBe('Other news');
  });
});

describe('a news site whose <title> is its own name alone, written again in its logo or footer', () => {
  const site = (footer: string) =>
    parseDocument(
      `<html><head><title>Westdeutsche Zeitung</title></head><body><nav><ul><li><a href="/politik">Politik</a></li></ul></nav><div class="article"><h2 class="title">Drei Fragen an Sergej Netschajew, russischer Botschafter</h2><p>WZ: Herr Botschafter, wie steht es?</p><p>Netschajew: Gut.</p></div><div class="footer">${footer}</div></body></html>`,
    );
  const title = (doc: Document) => extractTranscript(doc, new URL('https://www.wz.example/politik/drei-fragen'), { force: true }).transcript!.title;

  it('takes the article’s heading, not the site’s name', () => {
    expect(title(site('© 2018 Westdeutsche Zeitung'))).toBe('Drei Fragen an Sergej Netschajew, russischer Botschafter');
  });

  it('drops the site’s name after a mark the <title>’s split does not know, where the logo writes it', () => {
    const page = (title: string, logo: string) =>
      parseDocument(
        `<html><head><title>${title}</title></head><body><header><div class="logo">${logo}</div></header><div class="article"><p>記者:首相の見解は。</p><p>首相:検討します。</p></div></body></html>`,
      );
    const read = (doc: Document) => extractTranscript(doc, new URL('https://www.example.jp/article/1'), { force: true }).transcript!.title;
    expect(read(page('首相会見要旨：東京新聞 TOKYO Web', '東京新聞 TOKYO Web'))).toBe('首相会見要旨');
    expect(read(page('外交部发言人主持例行记者会--国际--人民网', '人民网'))).toBe('外交部发言人主持例行记者会');
    expect(read(page('王毅：中方愿同各方合作', '人民网'))).toBe('王毅：中方愿同各方合作');
  });

  // A <title> that no heading repeats outweighs no heading (lib/sites/page-reading.ts), logo or none.
  it('takes the heading where no logo or footer repeats the <title> either', () => {
    expect(title(site('© 2018 WZ Verlag'))).toBe('Drei Fragen an Sergej Netschajew, russischer Botschafter');
  });
});

describe("a Korean government board's view, whose subject cell holds the headline", () => {
  it('takes the subject over the board’s own name', () => {
    const doc = parseDocument(
      `<html><head><title>국립국어원</title></head><body><div id="header"><h1 class="logo"><a href="/">국립국어원</a></h1></div>
      <table class="board_view"><tr><th colspan="4" class="subject">[우루과이] 최연충 대사 / Monte Carlo TV / 인터뷰</th></tr>
      <tr><th>작성자</th><td>관리자</td></tr><tr><td colspan="4"><p>본문</p></td></tr></table></body></html>`,
    );
    expect(guessHeadline(doc).text).toBe('[우루과이] 최연충 대사 / Monte Carlo TV / 인터뷰');
  });
});

describe('the event’s date where the page’s own is its publication', () => {
  const doc = parseDocument('<!doctype html><html lang="zh"><head><title>总领事接受专访</title></head><body></body></html>');
  const answers = [
    '记者问:当地华侨的生活现状如何?',
    '总领事: 领区疫情比较严重,侨胞生活受到一定影响。',
    '记者问:如何获得医疗救助?',
    '总领事: 可以第一时间向总领馆报告。',
  ];
  // The page's date on a line of its own under the headline, as the adapters find it ("2020-08-06 05:45").
  const dateOf = (placeLines: string[], paragraphs: string[]) =>
    readMetadata(doc, new URL('https://iquique.example.cn/zlgxw/'), {
      title: '总领事接受专访',
      dateTexts: [],
      placeLines,
      rawBlocks: paragraphs.map((text) => block(text)),
      sample: '',
    }).date;
  const lead = (opening: string) =>
    `${opening},中国驻伊基克总领事陈平就新冠肺炎疫情发生以后,领区侨胞的生活和工作受到什么影响、如何获得医疗救助等问题接受专访。`;

  it('is the date a lead opens on, days before the page’s', () => {
    expect(dateOf(['2020-08-06 05:45'], [lead('2020年8月4日'), ...answers])).toBe('2020-08-04');
    expect(dateOf(['2020-08-06'], [`4 августа 2020 года Генеральный консул дал интервью о жизни соотечественников в период пандемии.`, ...answers])).toBe(
      '2020-08-04',
    );
  });

  it('is not a date of history a lead opens on, nor one after the page’s', () => {
    expect(dateOf(['2020-08-12 21:25'], [lead('1983年3月1日'), ...answers])).toBe('2020-08-12');
    expect(dateOf(['2020-08-02'], [lead('2020年8月4日'), ...answers])).toBe('2020-08-02');
  });

  it('is the date a lead opens on after a word or two, or its day without the year', () => {
    const answer = 'Lu Shaye: Je vous remercie de votre invitation et je suis heureux de répondre à vos questions.';
    expect(dateOf(['2022-07-18 21:30'], [`Le 16 juillet 2022, l’Ambassadeur de Chine en France a accordé une interview à LCI.`, answer])).toBe('2022-07-16');
    expect(dateOf(['2024-05-20 18:06'], [lead('5月15日'), ...answers])).toBe('2024-05-15');
    // A day after the page's is last year's.
    expect(dateOf(['2024-01-03'], [lead('12月28日'), ...answers])).toBe('2023-12-28');
    expect(dateOf(['2011-02-18 18:11'], ['2011年2月17日の中国外交部馬朝旭報道官の記者会見のうち、日本関係の一問一答は次の通り。', ...answers])).toBe(
      '2011-02-17',
    );
  });

  it("is the body's own dateline days before the post's date above it, not a date a sentence tells of", () => {
    const remarks = ['AMBASSADOR KIM: Good morning, everyone, and welcome to the embassy.', 'SECRETARY KERRY: Thank you very much.'];
    expect(dateOf(['Monday, April 15, 2013'], ['Secretary of State', 'Grand Hyatt Hotel, Seoul, South Korea', 'April 13, 2013', ...remarks])).toBe(
      '2013-04-13',
    );
    expect(dateOf(['Friday, 24 April 2018'], ['Re: Iraq, NATO, Afghanistan (20 April 2018)', ...remarks])).toBe('2018-04-20');
    expect(dateOf(['21 Agustus 2021 19:40 WIB'], ['Peristiwa perebutan kekuasaan terjadi pada Minggu (15/8/2021).', ...remarks])).toBe('2021-08-21');
    // A board's posting date weeks after the interview its first line dates.
    expect(dateOf(['2011-10-10'], ['전옥현 주홍콩총영사 / 2011.9.16(금) / 홍콩 ATV', ...remarks])).toBe('2011-09-16');
  });

  it('is a date line after the text where the page gives no other', () => {
    expect(dateOf([], ['中国驻伊基克总领事陈平接受专访,谈领区侨胞的生活和工作。', ...answers, ...answers, '2017年2月28日(星期二)'])).toBe('2017-02-28');
  });
});
