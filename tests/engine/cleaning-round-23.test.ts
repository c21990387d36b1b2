// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { isCaptionElement } from '../../lib/page/caption-elements';
import { block, cleanedLines, INTERVIEW_TURNS, page, read, TRANSCRIPT_LINE } from './rule-pages';

/** Step 2's furniture around a transcript (the 23rd session). */
const paragraphs = (doc: Document) => read(doc, 'https://news.example.org/interview').segments.flatMap((segment) => segment.paragraphs);

describe("a picture's caption in an element whose class says so", () => {
  it.each([
    [
      'a table cell under the photo',
      '<table class="image"><tr><td><img src="a.jpg" alt=""></td></tr><tr><td class="caption">Deputy Minister Anna Berg.</td></tr></table>',
    ],
    ['a box with the picture and its words', '<div class="caption"><img src="b.jpg" alt=""><span>Minister of Foreign Affairs Jan Nowak</span></div>'],
    ["WordPress's caption", '<div class="wp-caption"><img src="c.jpg" alt=""><p class="wp-caption-text">The minister at the embassy in Oslo</p></div>'],
  ])('is left out of the body (%s)', (_, caption) => {
    // Between two exchanges, where the page sets its second photo.
    const [first, second, ...rest] = INTERVIEW_TURNS.split('\n');
    const doc = page('Interview with the Minister of Foreign Affairs', [first!, second!, caption, ...rest]);
    const text = paragraphs(doc);
    expect(text.some((line) => /Anna Berg|Jan Nowak|embassy in Oslo/u.test(line))).toBe(false);
    expect(text.some((line) => line.startsWith('We discussed the situation'))).toBe(true);
  });

  it('keeps a box whose class holds the word but is not a caption', () => {
    const doc = page('Interview with the Minister of Foreign Affairs', [`<div class="area-essay page-caption-p">${INTERVIEW_TURNS}</div>`]);
    expect(isCaptionElement(doc.querySelector('div')!)).toBe(false);
    expect(paragraphs(doc).some((line) => line.startsWith('We discussed the situation'))).toBe(true);
  });

  it("keeps a site's paragraph named for a caption with no picture beside it", () => {
    const doc = page('Interview with the Minister of Foreign Affairs', ['<p class="caption">Reporter: Anna Berg</p>', INTERVIEW_TURNS]);
    expect(isCaptionElement(doc.querySelector('p.caption')!)).toBe(false);
  });

  it('keeps a long box named for a caption', () => {
    const doc = page('Interview with the Minister of Foreign Affairs', [`<div class="caption">${INTERVIEW_TURNS}</div>`]);
    expect(isCaptionElement(doc.querySelector('div.caption')!)).toBe(false);
  });
});

const text = TRANSCRIPT_LINE;
const cleaned = cleanedLines;

describe('notices and furniture around a transcript, each a line of its own', () => {
  it.each([
    ["a broadcaster's terms for quoting", 'All references must be sourced to a "Morning Desk Interview."'],
    ["a repost's machine translation (en)", 'This article was machine translated, please excuse any errors. The original is linked below.'],
    ["a repost's machine translation (de)", 'Dieser Text wurde maschinell übersetzt.'],
    ["a repost's machine translation (fr)", 'Cet article a été traduit automatiquement.'],
    ["a podcast's prompt (ru)", 'Слушайте наш подкаст на всех площадках'],
    ["a podcast's prompt (en)", 'Listen to our podcast wherever you get your podcasts'],
    ["a podcast's prompt (de)", 'Hören Sie den Podcast auf Spotify und Apple Podcasts.'],
    ["a post's rating (de)", 'Bewertung: 7 Punkt(e)'],
    ["a post's rating (en)", 'Rating: 4.5/5'],
    ['breadcrumbs (zh)', '首页 > 新闻 > 时政要闻'],
    ['breadcrumbs (de)', 'Startseite › Politik › Ausland'],
    ['breadcrumbs (ru)', 'Главная » Новости'],
    ["a footer menu's words (de)", 'Leserforum | Artikel schreiben | Impressum'],
    ["a footer menu's words (en)", 'About us | Contact us | Privacy policy'],
    ["the participants' line", 'Participants: Jan Nowak - Minister of Foreign Affairs of Poland'],
    ['a heading over the questions that says after what they came', 'Questions and Answers Session following the Press Statement by the Deputy Minister:'],
  ])('drops %s', (_, line) => {
    expect(cleaned([text, line, text])).toEqual([text, text]);
  });

  it.each([
    ['a sentence about machine translation', 'Machine translation has improved a lot, but our interpreters are still needed at every meeting.'],
    ['an answer that mentions a podcast', 'Слушайте подкаст о внешней политике, который ведут наши молодые дипломаты: они объясняют нашу работу лучше меня.'],
    ['a rating in an answer', 'Rating: it is not my job to rate the government, but I can tell you what we have done this year.'],
    ['a line with bars but no footer entry', 'Trade | Energy | Security'],
    ["the bare questions' heading, which segmentation reads", 'Questions and answers'],
  ])('keeps %s', (_, line) => {
    expect(cleaned([text, line, text])).toEqual([text, line, text]);
  });
});

describe("a newspaper's and a press conference's furniture, read with the lines around it", () => {
  it('drops a caption whose credit follows a dash, and a bar after it', () => {
    const caption = 'O novo cônsul do Brasil em Lisboa, Rui Lima - Foto: Divulgação |';
    expect(cleaned([text, caption, text])).toEqual([text, text]);
  });

  it("drops a writer's post under their name, and the name", () => {
    expect(cleaned(['ANA SOUZA', 'COLUNISTA DA FOLHA', text])).toEqual([text]);
    expect(cleaned(['Mark Ellison', 'Columnist of The Evening Herald', text])).toEqual([text]);
  });

  it("keeps a line above a writer's post that is no name", () => {
    const lead = 'The minister spoke to us in his office.';
    expect(cleaned([lead, 'Correspondent of The Evening Herald', text])).toEqual([lead, text]);
  });

  it("drops the publisher's name under its copyright", () => {
    expect(cleaned([text, '© 2015 by Example-Verlag', 'Elektronische Zeitung Beispiel'])).toEqual([text]);
  });

  it('keeps a sentence under a copyright line', () => {
    const next = 'Thank you all for coming.';
    expect(cleaned([text, '© 2015 by Example-Verlag', next])).toEqual([text, next]);
  });

  it("drops a press conference's list of speakers, name and ministry", () => {
    const entries = ['Hoffmann (BMF)', 'Kleinert (AA)', 'Vogt (BMVg)'].map((entry) => block(entry, { listItem: true }));
    expect(dropBoilerplate([...entries, block(text)], { title: '' }).map((found) => found.text)).toEqual([text]);
  });

  it("keeps a speaker's label with its colon, and a name in brackets that is no list's", () => {
    const label = block('Kleinert (AA): Das kann ich bestätigen.', { listItem: true });
    const alone = block('Hoffmann (BMF)');
    expect(dropBoilerplate([label, alone, block(text)], { title: '' }).map((found) => found.text)).toEqual([label.text, alone.text, text]);
  });
});

describe('contents written as plain lines under their heading', () => {
  const lead = '2013年3月1日に着任されました大使に、新しい任地での抱負とこれまでの歩みについてお話を伺いました。';

  it("drops a newsletter's contents, each entry a plain line", () => {
    expect(cleaned(['目次', '大使インタビュー', '婦人会だより(春の集いより)', '文化部の催しについて', lead])).toEqual([lead]);
  });

  it("ends the contents at a speaker's label alone, bold, and at a sentence", () => {
    const label = block('Anna Berg', { wholeBold: true });
    expect(dropBoilerplate([block('Contents'), block('The interview'), label, block(text)], { title: '' }).map((found) => found.text)).toEqual([
      'Anna Berg',
      text,
    ]);
  });

  it('keeps a Japanese sentence that opens on a date and goes on past a line break', () => {
    const opening = '平成25年3月1日に着任されました特命全権大使に新しい任地についてのインタビューのお時間';
    expect(cleaned([opening, 'をいただきました。', lead])).toEqual([opening, 'をいただきました。', lead]);
  });
});

describe("a news site's promotion inside the article", () => {
  it.each([
    ['its app', '<div class="app-promo">Read 3,000+ stories every day in our app</div>'],
    ['its channel', '<p class="promo">More news, closer to the point? Join our channel!</p>'],
    ['a sale', '<div class="promo-strip">Winter sale: a year of reading for half the price</div>'],
  ])('is left out of the body (%s)', (_, promotion) => {
    const [first, second, ...rest] = INTERVIEW_TURNS.split('\n');
    const doc = page('Interview with the Minister of Foreign Affairs', [first!, second!, promotion, ...rest]);
    const text = paragraphs(doc);
    expect(text.some((line) => /stories every day|our channel|Winter sale/u.test(line))).toBe(false);
    expect(text.some((line) => line.startsWith('We discussed the situation'))).toBe(true);
  });
});

describe("an office's contact and an empty section of minutes", () => {
  it.each([
    ['an e-mail address alone', 'prensa.comision@example.gob.ar'],
    ['an e-mail address with its name', 'E-mail: press.office@example.org'],
  ])('drops %s', (_, line) => {
    expect(cleaned([text, line, text])).toEqual([text, text]);
  });

  it('keeps a sentence that gives an address', () => {
    const answer = 'Write to us at press.office@example.org and we will answer.';
    expect(cleaned([text, answer])).toEqual([text, answer]);
  });

  it('drops "none" under a section heading of Japanese minutes', () => {
    const question = 'Q:昨日の会談について、大臣の受け止めをお聞かせください。';
    expect(dropBoilerplate([block('1 発表事項', { heading: true }), block('なし。'), block(question)], { title: '' }).map((found) => found.text)).toEqual([
      '1 発表事項',
      question,
    ]);
  });

  it('keeps "none" as an answer', () => {
    const question = 'Q:ほかに発表はありますか。';
    expect(cleaned([question, 'なし。'])).toEqual([question, 'なし。']);
  });
});
