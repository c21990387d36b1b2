// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { cutGluedFurniture, withoutGluedFurniture } from '../../lib/page/glued-furniture';
import { isBylineElement } from '../../lib/page/byline-elements';
import { block, cleanedLines, INTERVIEW_TURNS, page, read, TRANSCRIPT_LINE } from './rule-pages';

/** Step 2's notices around a transcript and the furniture glued inside its paragraphs (the 22nd session). */
const text = TRANSCRIPT_LINE;
const cleaned = cleanedLines;

describe("editors', reposts' and archives' notices, each a line of its own", () => {
  it.each([
    ["a repost's comment", 'Comment: In this conversation the minister explains his view of the talks on the border and the sanctions.'],
    ["a blogger's comment in capitals", 'COMMENT - The talks show once more how little the two sides trust each other these days.'],
    ["a repost's permission", 'Excerpt reproduced with permission from The Quarterly Review, Copyright 2011 Review Media Group. Read the whole article at []'],
    ['where a Turkish interview was made', 'Bu röportaj Anadolu Radyosu tarafından gerçekleştirilmiş ancak yayınlanmamıştır.'],
    ['the transcribers thanked', 'Thanks to Mary Stone and Paul Wright for the transcription.'],
    ["a transcribing blog's word on its work", 'politblog transkribiert, um Radiointerviews nachlesbar zu machen.'],
    ['a call for corrections', 'Fehler gefunden? Bitte eine Nachricht an redaktion [at] example.org schicken!'],
    ['the excerpts announced (sq)', 'Pjesë nga intervista:'],
    ['the excerpts announced (sl)', 'V intervjuju preberite:'],
    ['the excerpts announced (az)', 'Daha ətraflı süjetdə:'],
    ["a press conference's topics announced", 'Themen/Fragen zu:'],
    ["a video page's particulars", 'Production year: 2019'],
    ["a Japanese article's particulars", 'インタビュー日:3月2日 取材協力:在シドニー日本国総領事館'],
    ["Japanese minutes' credits", '■記録作成 広報課(報道係)'],
    ["a Japanese city's note that the record is a summary", '知事記者会見の発言内容(要旨)を取りまとめて掲載しています。'],
    ["an anonymous board's post header", '15 名前:名無しさん@お腹いっぱい[] 投稿日:2014/03/02(日) 10:11:12.34 ID:abCdE0'],
    ["a podcast directory's particulars", '212 episodes - English - Latest episode: 3 days ago - ★★★★ - 80 ratings'],
    ["a news site's sign-off", 'Pars Today/Ali Rahimi/3'],
    ['a page not translated', 'French translation unavailable for Remarks at the opening of the Assembly.'],
    ["a scanned newspaper's running head", 'PAGE 14 THE COURIER No. 212 3 - 9 May 2010 www.courier-weekly.example'],
    ["a newsletter's salutation", 'Liebe Leserin, lieber Leser,'],
    ["a live coverage's banner", 'EN DIRECT'],
    ["a live coverage's banner (zh)", '文字直播'],
    ["a pointer to the broadcast's audio", 'Аудио: запись эфира — на сайте радиостанции'],
    ["a video widget's caption", 'Remarks on the trade talks, posted with vodpod'],
    ["an archive's word on who keeps it", 'This digital library is maintained by the State University Library and its Research Group.'],
    ["a Chinese caption marked '▲'", '▲大使在招待会上向来宾致辞。'],
    ['a Chinese note on the pictures', '(以上图片均为活动现场)'],
    ["a Chinese caption closed by its picture's source", '总统接受英国广播公司记者专访(总统府)'],
    ["a Korean blog's tools, spaces lost", '폰트키우기폰트줄이기프린트하기메일보내기'],
    ["a Korean blog's share targets, spaces lost", '트위터페이스북네이버구글'],
    ["Japanese minutes' numbered parts", '2.質疑応答'],
    [
      'breadcrumbs after a link back, before the headline',
      'Back Jesteś tutaj: Start Wywiady Minister o sytuacji na granicy i o rozmowach w Brukseli - rozmowa z ministrem',
    ],
  ])('drops %s', (_, notice) => {
    expect(cleaned([notice, text])).toEqual([text]);
  });

  it.each([
    ["a question's comment on a report", 'I have a comment on the report and a question: what will the ministry do next week?'],
    ['an answer that mentions excerpts', 'We published excerpts from the interview on our site, and the whole text will follow.'],
    ["a Korean label marked '▲'", '▲김민수 부대변인 :'],
    ["a Chinese label marked '▲'", '▲新华社记者:'],
    ['an answer that starts with "Audio"', 'Audio recordings of the talks exist, but they will not be published.'],
  ])('keeps %s', (_, line) => {
    expect(cleaned([text, line])).toEqual([text, line]);
  });
});

describe('lines among the text', () => {
  it("drops a German press conference's verbatim record announced below its opening", () => {
    const opening = ['Guten Tag, meine Damen und Herren.', 'Wir beginnen mit dem Auswärtigen Amt.', 'Bitte sehr.'];
    expect(cleaned([...opening, 'Komplettes BPK-Wortprotokoll vom 3. März 2020:', text])).toEqual([...opening, text]);
  });

  it("drops a broadcast's interviewer with her post and paper", () => {
    const lines = ['Moderatorin: Anna Berg', 'Co-Interviewerin: Eva Lang, Ressortleiterin Ausland, "Die Zeitung"', text];
    expect(cleaned(lines)).toEqual([text]);
  });
});

describe('furniture glued to a paragraph', () => {
  it.each([
    ["a teaser's link to read on (fr)", 'Nous avons beaucoup à faire ensemble. Lire la suite', 'Nous avons beaucoup à faire ensemble.'],
    ["a teaser's link to read on (it)", 'Il paese nel suo insieme conta molto ...continua', 'Il paese nel suo insieme conta molto'],
    [
      "a lead's photo credit",
      'Wir trafen die Ministerin in ihrem Büro am Marktplatz. Foto: Anna Berg/Tagespost',
      'Wir trafen die Ministerin in ihrem Büro am Marktplatz.',
    ],
    ["a repost's source in brackets", 'Καλώς ήρθατε στην εκπομπή μας. (Πηγή: www.eidiseis.example)', 'Καλώς ήρθατε στην εκπομπή μας.'],
    ["a Korean agency's reporter", '양국은 오랜 친구입니다. [연합 기자 김하나]', '양국은 오랜 친구입니다.'],
    [
      "a TV site's pointer to the broadcast",
      'Ambasadorul a vorbit despre noile numiri. Urmăriți interviul integral în emisiunea de seară, de la ora 21.00.',
      'Ambasadorul a vorbit despre noile numiri.',
    ],
    [
      'the transcribers thanked after a note',
      'Metin okumayı kolaylaştırmak için sadeleştirilmiştir. Deşifre için Ayşe Demir’e teşekkür ederiz.',
      'Metin okumayı kolaylaştırmak için sadeleştirilmiştir.',
    ],
    ["a Hungarian report's source", 'A miniszter egy amerikai tévé vendége volt – írja a Hírlap.', 'A miniszter egy amerikai tévé vendége volt.'],
    ["a wire agency's dateline", 'МОСКВА, 12 мар - АГЕНТСТВО. Министр заявил, что переговоры продолжатся.', 'Министр заявил, что переговоры продолжатся.'],
    [
      "a press agency's distribution line",
      'DAKAR, Sénégal, 5 mai 2015/Agence de Presse (AP)/ — Le ministre a répondu aux questions.',
      'Le ministre a répondu aux questions.',
    ],
    [
      'a pointer to the webcast after the particulars',
      'By the Director of Research Washington, D.C. May 2, 2009 Webcast of the press conference',
      'By the Director of Research Washington, D.C. May 2, 2009',
    ],
    ["a press-release portal's issuer and day", '[SPD - 03.05.2011] Interview für die Abendzeitung', 'Interview für die Abendzeitung'],
  ])('cuts %s', (_, paragraph, kept) => {
    expect(cutGluedFurniture(paragraph)).toBe(kept);
  });

  it.each([
    ['a sentence that ends on "continua"', 'La guerra continua.'],
    ['an answer that names a photo', 'We looked at the photo: Mr Brown was not there.'],
    ['a sentence with a source in brackets inside it', 'The figures (source: the central bank) show growth this year.'],
    ['an answer that asks to watch', 'Watch what we do, not what they say.'],
  ])('leaves %s whole', (_, paragraph) => {
    expect(cutGluedFurniture(paragraph)).toBe(paragraph);
  });
});

describe("a copying site's stamp after its paragraphs", () => {
  const stamped = ['大使，双方今天谈了什么？Xy7某某生活网', '我们谈了贸易和投资。Xy7某某生活网', '会谈很坦诚。Xy7某某生活网', '谢谢。'];

  it('cuts the stamp three paragraphs share', () => {
    expect(withoutGluedFurniture(stamped.map((line) => block(line))).map((found) => found.text)).toEqual([
      '大使，双方今天谈了什么？',
      '我们谈了贸易和投资。',
      '会谈很坦诚。',
      '谢谢。',
    ]);
  });

  it("leaves a speech's address that closes its paragraphs", () => {
    const speech = ['Mr. President,', 'Excellencies, Ladies and Gentlemen,', 'Thank you, Mr. President,', 'I thank you, Mr. President,'];
    expect(withoutGluedFurniture(speech.map((line) => block(line))).map((found) => found.text)).toEqual(speech);
  });

  it('leaves a tail two paragraphs share', () => {
    const twice = stamped.slice(1);
    expect(withoutGluedFurniture(twice.map((line) => block(line))).map((found) => found.text)).toEqual(twice);
  });
});

describe("a writer's byline in an element whose class says so", () => {
  const url = 'https://news.example.org/2021/05/interview-minister';
  const paragraphs = (doc: Document) => read(doc, url).segments.flatMap((segment) => segment.paragraphs);

  it.each([
    ['a post author', '<p class="td-post-author">Lucía Ferrer.</p>'],
    ['a signature', '<div class="signature">Jean Morel</div>'],
    ['two writers and their agency', '<span class="lib-auteurs">Anne Roux et Paul Favre, Agence Sud</span>'],
  ])('leaves out %s', (_, byline) => {
    const doc = page('Interview with the Minister of Foreign Affairs', [INTERVIEW_TURNS, byline]);
    expect(paragraphs(doc).some((text) => /Ferrer|Morel|Roux/u.test(text))).toBe(false);
  });

  it('keeps a long text in a box whose class names its author', () => {
    const doc = page('Interview with the Minister of Foreign Affairs', [INTERVIEW_TURNS]);
    const box = doc.querySelector('main')!;
    box.setAttribute('class', 'author-content');
    expect(isBylineElement(box)).toBe(false);
    expect(paragraphs(doc).some((text) => text.startsWith('We discussed the situation'))).toBe(true);
  });
});

describe('a subtitle that says what the text is and with whom', () => {
  it.each([
    ['ru', 'Посол Норвегии в России Анна Берг в интервью "Радио Город"'],
    ['es', 'DECLARACIONES DEL CANCILLER JUAN PÉREZ, AL TÉRMINO DE LA REUNIÓN EN EL SALÓN DE ACTOS'],
    ['zh', '总领事接受《远东日报》专访'],
  ])('drops it over the text (%s)', (_, subtitle) => {
    expect(
      dropBoilerplate([block(subtitle, { wholeBold: true }), block(text)], { title: 'The ambassador on the year ahead' }).map((found) => found.text),
    ).toEqual([text]);
  });

  it("keeps an editor's lead that opens on the interview", () => {
    const lead = 'Interview with Anna Berg, the new ambassador, on her first year in the capital';
    expect(cleaned([lead, text])).toEqual([lead, text]);
  });

  it('keeps a sentence that opens the same way', () => {
    const answer = 'Declaraciones del ministro: las escuchamos todas, y no cambian nada.';
    expect(cleaned([answer, text])).toEqual([answer, text]);
  });

  it('keeps the words further down the text', () => {
    const lines = ['Good evening to all of you.', 'Thank you for coming.', 'It is a fine evening.', 'Interview with the Minister', text];
    expect(cleaned(lines)).toEqual(lines);
  });
});
