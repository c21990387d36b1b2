// @vitest-environment node
import { reasonText } from '../../lib/reason-text';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import type { Block } from '../../lib/page/blocks';
import { dropBoilerplate, SEPARATOR } from '../../lib/page/boilerplate';
import { matchLabel } from '../../lib/segment/labels';
import { readSpeaker } from '../../lib/segment/speakers';
import { kindFromTitle } from '../../lib/metadata/kind';
import { findDate } from '../../lib/text/dates';
import { namesInTitle, surnameBeforeColon } from '../../lib/segment/title-names';
import { detectLanguage } from '../../lib/metadata/language';
import { countTeasers } from '../../lib/sites/dated-teasers';
import { guessHeadline } from '../../lib/sites/page-reading';
import { MODULE_HEADING } from '../../lib/sites/module-headings';
import { parseDocument } from '../../scripts/lib/parse-html';
import { block, page, read } from './rule-pages';
import { readLabel } from '../../lib/segment/label-reading';

/** An ordinary transcript line before and after, so that each line is judged among turn text. */
const BEFORE = 'Good afternoon, everyone. We have a few announcements before we take your questions today.';
const AFTER = 'Let me turn now to the situation in the region, which we continue to follow closely.';

function keptTexts(blocks: Block[], title = 'Press Briefing'): string[] {
  return dropBoilerplate(blocks, { title }).map((kept) => kept.text);
}

describe('dropBoilerplate: furniture, credits and editors’ notes in the corpus languages', () => {
  it.each([
    '« Back to MEA Weekly Press Briefing',
    'Zurück zu den Interviews',
    'Haut de page',
    'Imprimir',
    '列印本頁',
    '第10頁',
    '© 2013 by MA-Verlag',
    'Copyright (C) The Ministry of Foreign Affairs of Japan',
    'Posted by Ann at 10:00',
    'Labels: diplomacy',
    '>> Lire aussi: La visite d’Etat ...',
    '[This is a rush transcript. This copy may not be in its final form]',
    'Check against delivery!',
    '-- Es gilt das gesprochene Wort! --',
    '这是王毅在回答记者提问。新华社记者李鑫摄',
    '郭嘉昆。图源:外交部网站',
    'Video Credit: Reuters',
    'Sprecher: StS Seibert, Flosdorff (BMAS)',
    'HOST: MICHAEL MORELL',
    '2010-03-29 10:37:54',
    '00:00',
    '43:12 Tilo zum 9-Euro-Ticket',
    '来源:环球网',
    'Date: Tuesday, February 10, 2009, 9:54 a.m.',
    '| |',
    '◇',
    'Audio',
    'alt',
  ])('drops %j', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it('drops a short line that is mostly links (a toolbar)', () => {
    expect(keptTexts([block(BEFORE), block('Volver | Imprimir', { linkDensity: 0.9 }), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it.each([
    'Thank you. Let me start with Ukraine.',
    'Back then, the talks were slower than now, and we said so.',
    'Source of the problem is the blockade, as we have said many times before this week.',
  ])('keeps the transcript line %j', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, line, AFTER]);
  });

  it('drops the list items under a "Main topics:" heading and resumes after them', () => {
    const blocks = [
      block('Main topics:'),
      block('Opening Statements', { listItem: true }),
      block('Situation in the Middle East', { listItem: true }),
      block(BEFORE),
      block(AFTER),
    ];
    expect(keptTexts(blocks)).toEqual([BEFORE, AFTER]);
  });
});

describe('matchLabel: outlets, bold runs and dashes', () => {
  it.each([
    ['Российская газета: Со ставшего традиционным вопроса начнём.', 'Российская газета', 'Со ставшего традиционным вопроса начнём.'],
    ['Первый информационный: Если можно, о ситуации на Ближнем Востоке.', 'Первый информационный', 'Если можно, о ситуации на Ближнем Востоке.'],
  ])('reads the outlet in ordinary words %j as a sure named label', (text, words, rest) => {
    expect(matchLabel(text)).toMatchObject({ kind: 'named', text: words, strength: 'strong', rest });
  });

  it('reads a journalist’s name with the outlet after it as one named label', () => {
    const match = matchLabel('Валерий Санфиров, радиостанция «Маяк»: Сегодня в Брюсселе встречаются министры.');
    expect(match).toMatchObject({ kind: 'named', rest: 'Сегодня в Брюсселе встречаются министры.' });
    expect(match!.text).toContain('Валерий Санфиров');
  });

  it('reads a bold outlet glued to the question as a sure named label', () => {
    expect(matchLabel('China News Service We have learned that the talks will resume.', 'China News Service')).toMatchObject({
      kind: 'named',
      text: 'China News Service',
      strength: 'strong',
      rest: 'We have learned that the talks will resume.',
    });
  });

  it('reads a bold name before a dash as a named label', () => {
    const match = matchLabel('Alain Juppé - Mesdames et Messieurs, je suis heureux', 'Alain Juppé');
    expect(match).toMatchObject({ kind: 'named', text: 'Alain Juppé' });
    expect(match!.rest.startsWith('Mesdames')).toBe(true);
  });

  it('does not take a long bold sentence ending with a colon for a speaker', () => {
    const sentence = "Дивіться ексклюзивне інтерв'ю DW із заступницею голови МЗС України Оленою Зеркаль:";
    const match = matchLabel(sentence, sentence);
    // Null, or at least not the whole sentence taken for a speaker's name.
    expect(match?.text).not.toBe(sentence.slice(0, -1));
  });
});

describe('extractTranscript: who speaks', () => {
  it('gives a label alone on its line the question that follows it, though an answer’s label comes next', () => {
    const transcript = read(
      page('特集 大使インタビュー', [
        '<p><b>緑:</b></p>',
        'デンマ−クに来られて、ちょうど1ヶ月くらいでしょうか?',
        '<p><b>大使:</b></p>',
        'そうですね、ちょうど、先月の今日来ましたから。',
        '<p><b>緑:</b></p>',
        'デンマークは今回が初めてでいらっしゃいますか?',
        '<p><b>大使:</b></p>',
        '実質的にはそうですね。16年くらい前に一度来ました。',
      ]),
      'https://denmark-nihonjinkai.example.dk/tokushu.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.paragraphs.length}`)).toEqual(['question:1', 'answer:1', 'question:1', 'answer:1']);
  });

  it('makes no turn of a label that nothing follows before the next label', () => {
    const transcript = read(
      page('記者会見', [
        '記者:質問があります。大臣はいつ訪問されますか?',
        '<p><b>同期音:</b></p>',
        '大臣:来月を予定しております。',
        '記者:その目的は何でしょうか?',
        '大臣:経済協力です。',
      ]),
      'https://news.example.jp/kaiken',
    );
    expect(transcript.segments.every((segment) => segment.paragraphs.length > 0)).toBe(true);
    expect(transcript.segments).toHaveLength(4);
  });

  it('reads a label behind a bullet ("▲DVB電視臺記者:", "■記者:") as it reads one without', () => {
    const transcript = read(
      page('佤邦趙國安召開記者會', [
        '趙國安:(開場白)那我們現在開始記者會,首先感謝各位媒體朋友的到來。',
        '▲DVB電視臺記者:我是DVB臺記者,請問佤邦對全國停火協議的立場是什麼?',
        '趙國安:關於NCA的問題,我們的立場一直沒有改變,我們支持通過政治對話解決問題。',
        '■伊洛瓦底記者:請問佤邦與政府的和談何時恢復?',
        '趙國安:我們隨時準備與政府進行對話。',
      ]),
      'https://www.ppfocus.example.com/0g8f3e1.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:趙國安',
      'question:DVB電視臺記者',
      'answer:趙國安',
      'question:伊洛瓦底記者',
      'answer:趙國安',
    ]);
  });

  it('takes the journalist a Korean briefing names after the question as its speaker', () => {
    const transcript = read(
      page('대변인 정례브리핑 (12.29)', [
        '&lt;질문&gt; 북한의 최근 발표에 대한 정부의 입장은 무엇입니까? (미디어펜 김소정 기자)',
        '&lt;답변&gt; 정부는 관련 동향을 예의주시하고 있으며 관계국과 긴밀히 협의하고 있습니다.',
        '&lt;질문&gt; 한일 외교장관 회담 일정이 확정되었습니까? (미디어펜 김소정 기자)',
        '&lt;답변&gt; 현재로서는 구체적으로 말씀드릴 사항이 없습니다. 일정이 확정되면 알려드리겠습니다.',
      ]),
      'https://www.mofa.go.kr/www/brd/m_4076/view.do?seq=2',
    );
    const questions = transcript.segments.filter((segment) => segment.kind === 'question');
    expect(questions).toHaveLength(2);
    expect(questions.map((segment) => segment.speaker)).toEqual(['미디어펜 김소정 기자', '미디어펜 김소정 기자']);
  });

  it('makes an unlabelled paragraph after a question an answer by the spokesperson the title names', () => {
    const transcript = read(
      page('2024年2月19日外交部发言人毛宁主持例行记者会', [
        '问：请问中方对此有何评论？',
        '我们注意到有关报道。中方一贯主张通过对话协商解决分歧。',
        '问：中方是否会派代表出席会议？',
        '我们会适时发布消息，请你保持关注。',
      ]),
      'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202402/t20240219_1.shtml',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', '毛宁'],
      ['question', null],
      ['answer', '毛宁'],
    ]);
    expect(transcript.segments[1]!.paragraphs).toEqual(['我们注意到有关报道。中方一贯主张通过对话协商解决分歧。']);
  });

  it('gives an office’s turns to the holder the title names', () => {
    const transcript = read(
      page('Press Conference by Minister for Foreign Affairs Hirofumi Nakasone', [
        'Minister: On February 14, I will visit Germany to attend the Munich Security Conference and hold bilateral meetings.',
        'Reporter: What about the meeting with the Chinese Foreign Minister? Is it confirmed?',
        'Minister: We will continue to coordinate. Nothing has been decided at this point.',
      ]),
      'https://www.mofa.go.jp/press/kaiken/kaiken4e_000001.html',
    );
    const minister = transcript.segments.filter((segment) => segment.label === 'Minister:');
    expect(minister).toHaveLength(2);
    expect(minister.map((segment) => segment.speaker)).toEqual(['Hirofumi Nakasone', 'Hirofumi Nakasone']);
  });

  it('takes the Chinese name after an office in the lead for the office’s speaker', () => {
    const lead = '以下是財政司司長曾俊華聯同財經事務及庫務局局長今日舉行記者會的答問內容：';
    const transcript = read(
      page('財政司司長《財政預算案》記者會答問全文', [
        lead,
        '記者：司長，你好。請問今年的財政預算案會否推出更多紓困措施？',
        '財政司司長：我先答這個問題。我們會繼續支援中小企業和市民。',
      ]),
      'https://www.info.gov.hk/gia/general/201302/27/P201302270001.htm',
    );
    expect(transcript.segments[0]).toMatchObject({ speaker: null, label: null, paragraphs: [lead] });
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.speaker).toBe('曾俊華');
  });

  it('makes an interviewer’s welcome before any question remarks, and the guest’s reply to it', () => {
    // A welcome that opens with a vocative ("Secretary Blinken, thank you for ...") is not yet read
    // as one (GREETING must open the text); this one opens with the thanks.
    const transcript = read(
      page('Secretary Antony J. Blinken With Judy Woodruff of PBS NewsHour', [
        'JUDY WOODRUFF: Thank you for talking with us, Secretary Blinken.',
        'SECRETARY BLINKEN: Thank you, Judy.',
        'JUDY WOODRUFF: Let me start with Ukraine. What happens next?',
        'SECRETARY BLINKEN: We will keep supporting them.',
      ]),
      'https://www.state.gov/secretary-antony-j-blinken-with-judy-woodruff-of-pbs-newshour/',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'question', 'answer']);
    expect(transcript.segments.map((segment) => segment.speaker)).toEqual(['Judy Woodruff', 'Blinken', 'Judy Woodruff', 'Blinken']);
  });

  it('gives a speech to the surname that follows an office in the title', () => {
    const lead = 'Bundesminister Steinmeier nannte anlässlich der Veranstaltung die Lage ernst.';
    const speech = [
      'Sehr geehrter Herr Dorn, meine Damen und Herren,',
      'ich freue mich sehr, heute hier bei Ihnen zu sein. Ich möchte Ihnen für die Einladung danken und für die Arbeit, die Sie in den vergangenen Jahren geleistet haben.',
      'Wir leben in Zeiten, in denen ich mir oft wünsche, wir hätten mehr Gelegenheiten wie diese. Ich bin überzeugt, dass wir gemeinsam mehr erreichen können, als jeder von uns allein.',
    ];
    const transcript = read(
      page('Rede von Bundesminister Steinmeier anlässlich der Veranstaltung', [lead, ...speech]),
      'https://www.auswaertiges-amt.de/de/newsroom/rede-steinmeier/123456',
    );
    expect(transcript.segments[0]).toMatchObject({ speaker: null, label: null, paragraphs: [lead] });
    const rest = transcript.segments.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.flatMap((segment) => segment.paragraphs)).toEqual(speech);
    expect(rest.every((segment) => segment.speaker === 'Steinmeier' && segment.kind === 'remarks')).toBe(true);
  });
});

describe('extractTranscript: detection', () => {
  it('detects a Q&A written as <br>-separated lines in one entry body', () => {
    const lines = [
      'Вопрос: Как Вы оцениваете итоги переговоров в Женеве?',
      'С.В.Лавров: Мы считаем, что переговоры были полезными. Стороны договорились продолжить контакты.',
      'Вопрос: Когда состоится следующая встреча министров?',
      'С.В.Лавров: Сроки пока не согласованы. Мы будем информировать вас по мере продвижения.',
      'Вопрос: Обсуждалась ли ситуация на Ближнем Востоке?',
      'С.В.Лавров: Да, мы подробно обсудили положение в регионе и необходимость прекращения огня.',
      'Вопрос: Каковы перспективы урегулирования?',
      'С.В.Лавров: Перспективы есть, если все стороны проявят политическую волю и готовность к компромиссу.',
    ];
    const title = 'Ответы Министра иностранных дел России С.В.Лаврова на вопросы СМИ';
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><div class="entry-content">${lines.join('<br>\n')}</div></body></html>`,
    );
    const result = extractTranscript(doc, new URL('https://example.org/2024/10/lavrov-answers/'));
    expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
    const segments = result.transcript!.segments;
    expect(segments.filter((segment) => segment.kind === 'question')).toHaveLength(4);
    expect(segments.filter((segment) => segment.kind === 'answer')).toHaveLength(4);
  });

  function listing(): Document {
    const items = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `<li><a href="/speech/${n}">Выступление Министра на заседании номер ${n} по вопросам международной безопасности</a> <span>12.10.2024</span> <p>Министр выступил с речью о ситуации в регионе и перспективах сотрудничества.</p></li>`,
      )
      .join('\n');
    return parseDocument(
      `<!doctype html><html><head><title>Выступления Министра</title></head><body><h1>Выступления Министра</h1><main><ul>${items}</ul></main></body></html>`,
    );
  }

  it('does not detect a listing of speeches', () => {
    const result = extractTranscript(listing(), new URL('https://example.org/speeches/'));
    expect(result.detected).toBe(false);
    expect(result.transcript).toBeNull();
  });

  it('counts a listing’s dated headline links as teasers, but not links in navigation', () => {
    const doc = listing();
    expect(countTeasers(doc.querySelector('main')!)).toBe(6);
    const nav = parseDocument(
      `<!doctype html><html><body><main><nav><ul>${[1, 2, 3, 4].map((n) => `<li><a href="/speech/${n}">Выступление номер ${n}</a> 12.10.2024</li>`).join('')}</ul></nav><p>Текст выступления без ссылок.</p></main></body></html>`,
    );
    expect(countTeasers(nav.querySelector('main')!)).toBe(0);
  });
});

describe('rules fixed after the first round of these tests', () => {
  it('drops "Читайте также: …" (a Cyrillic word has no \\b after it in JavaScript)', () => {
    const block = {
      text: 'Читайте также: Лавров о переговорах',
      heading: false,
      boldPrefix: '',
      wholeBold: false,
      listItem: false,
      inPageLink: false,
      linkDensity: 0,
    };
    const kept = { ...block, text: 'Мы провели переговоры и договорились о следующих шагах.' };
    expect(dropBoilerplate([kept, block, kept], { title: 'Интервью' }).map((b) => b.text)).toEqual([kept.text, kept.text]);
  });

  it('reads a welcome that opens with a form of address as remarks ("Secretary Blinken, thank you …")', () => {
    const html = `<html><head><title>Secretary Antony J. Blinken With Judy Woodruff of PBS NewsHour</title></head><body><h1>Secretary Antony J. Blinken With Judy Woodruff of PBS NewsHour</h1><div class="entry-content">
      <p>JUDY WOODRUFF: Secretary Blinken, thank you for talking with us.</p>
      <p>SECRETARY BLINKEN: Thank you, Judy.</p>
      <p>JUDY WOODRUFF: Let me start with Ukraine. What happens next?</p>
      <p>SECRETARY BLINKEN: We will keep supporting them.</p></div></body></html>`;
    const { transcript } = extractTranscript(parseDocument(html), new URL('https://www.state.gov/secretary-blinken-with-judy-woodruff/'));
    expect(transcript!.segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'question', 'answer']);
  });

  it('does not read a long CJK sentence before a full-width colon as a label', () => {
    expect(matchLabel('以下是財政司司長曾俊華聯同財經事務及庫務局局長今日舉行記者會的答問內容：')).toBeNull();
    expect(matchLabel('財政司司長：我先答這個問題。')).toMatchObject({ kind: 'named', strength: 'strong' });
  });
});

describe('rules of the last round: offices alone, outlets, furniture, dates', () => {
  const block = (text: string) => ({ text, heading: false, boldPrefix: '', wholeBold: false, listItem: false, inPageLink: false, linkDensity: 0 });
  const kept = block('We discussed the situation in the region at length, and we agreed on the next steps.');

  it.each([
    ['Minister: We will continue.', 'Minister'],
    ['Portavoz.- Sí, muchas gracias, Esther.', 'Portavoz'],
    ['Ведущий: Для меня большая честь.', 'Ведущий'],
    ['[사회자] 안녕하십니까? 국민소통수석입니다.', '사회자'],
    ['The Paper: We noted that the House passed a bill.', 'The Paper'],
  ])('reads %j as a strong label %j', (text, name) => {
    expect(matchLabel(text)).toMatchObject({ kind: 'named', text: name, strength: 'strong' });
  });

  it('keeps a sentence that starts like an outlet-free label out', () => {
    expect(matchLabel('The answer is simple: we keep working.')).toBeNull();
  });

  it.each([
    '부서명 언론담당관실 작성일 2020-06-11 조회수 2606',
    '【 我要纠错 】 【打 印】',
    '实录如下：',
    'Стенограмма:',
    'From: Prime Minister\u2019s Office, 10 Downing Street',
    'Delivered on: 2 September 2019 (Transcript of the speech, exactly as it was delivered)',
    'Themen: mögliche dritte Amtszeit der Bundeskanzlerin, gesetzliche Regelungen, Lage in Syrien',
  ])('drops %j', (text) => {
    expect(dropBoilerplate([kept, block(text), kept], { title: 'A briefing' }).map((b) => b.text)).toEqual([kept.text, kept.text]);
  });

  it('takes the date from a <time> without datetime, and from the address when the page gives none', () => {
    const page = (meta: string) =>
      `<html><head><title>Interview</title></head><body><h1>Interview with the Minister</h1>${meta}<div class="content"><p>Question: What is next?</p><p>Minister: We will see.</p><p>Question: When?</p><p>Minister: Soon.</p></div></body></html>`;
    expect(
      extractTranscript(parseDocument(page('<time>19 декабря 2019 9:38</time>')), new URL('https://example.org/a/'), { force: true }).transcript!.date,
    ).toBe('2019-12-19');
    expect(extractTranscript(parseDocument(page('')), new URL('https://example.org/news/2024/05/02/interview/'), { force: true }).transcript!.date).toBe(
      '2024-05-02',
    );
    expect(extractTranscript(parseDocument(page('')), new URL('https://example.org/eng/t20200718_1979300.htm'), { force: true }).transcript!.date).toBe(
      '2020-07-18',
    );
    expect(extractTranscript(parseDocument(page('')), new URL('https://example.org/news/123456/'), { force: true }).transcript!.date).toBeNull();
  });

  it("takes no date from a news site's top bar, which shows today's", () => {
    const doc = (bar: string) =>
      parseDocument(
        `<html><head><title>Interview</title></head><body>${bar}<div class="content"><h1>Interview with the Minister</h1><p>Question: What is next?</p><p>Minister: We will see.</p></div></body></html>`,
      );
    const date = (bar: string) => extractTranscript(doc(bar), new URL('https://example.org/a/'), { force: true }).transcript!.date;
    expect(date('<div class="top-bar"><span class="date-today">Sun. May 26th, 2024</span></div>')).toBeNull();
    expect(date('<div class="td-header-top-menu"><span class="td_data_time">Wednesday, June 12, 2024</span></div>')).toBeNull();
    expect(date('<div class="date">Dziś środa, 05.02.2025</div>')).toBeNull();
    expect(date('<div class="date">May 26, 2024</div>')).toBe('2024-05-26');
  });

  it("takes the date from a CMS's date element whose class says Date in camel case (Joomla's itemDateCreated)", () => {
    const doc = parseDocument(
      `<html><head><title>Phỏng vấn</title></head><body><div class="itemView"><span class="itemDateCreated">Thứ hai, 25 Tháng 9 2017 11:16</span><span class="itemHits">2602 Lượt xem</span><h2 class="itemTitle">Phỏng vấn Bộ trưởng</h2><div class="itemFullText"><p>Hỏi: Xin Bộ trưởng cho biết?</p><p>Bộ trưởng: Cảm ơn.</p></div></div></body></html>`,
    );
    expect(extractTranscript(doc, new URL('https://example.vn/a/123'), { force: true }).transcript!.date).toBe('2017-09-25');
  });

  it('detects an address shouted to the nation under a title that names it', () => {
    const html = `<html><head><title>Звернення Президента України</title></head><body><h1>Звернення Президента України</h1><div class="content">
      <p>Українці! Українки!</p>
      <p>Сьогодні ми відзначаємо день, який ми всі чекали, і я хочу подякувати кожному, хто працює для нашої перемоги.</p>
      <p>Ми продовжуємо роботу з партнерами, і наша армія тримає позиції на всіх напрямках фронту щодня.</p>
      <p>Я вдячний кожному з вас за стійкість. Слава Україні!</p></div></body></html>`;
    const result = extractTranscript(parseDocument(html), new URL('https://example.org/zvernennia/'));
    expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
    expect(result.transcript!.segments.every((segment) => segment.kind === 'remarks')).toBe(true);
  });
});

describe('Japanese minutes and section banners', () => {
  const block = (text: string) => ({ text, heading: false, boldPrefix: '', wholeBold: false, listItem: false, inPageLink: false, linkDensity: 0 });
  const kept = block('We discussed the situation in the region at length, and we agreed on the next steps.');

  it.each(['記者会見', 'SPEECHES, INTERVIEWS, ARTICLES', 'Interviews', '○米軍再編問題 ○ゲイツ米国防長官の訪日 ○外交文書の情報公開'])(
    'drops the banner or contents line %j',
    (text) => {
      expect(dropBoilerplate([kept, block(text), kept], { title: 'A press conference' }).map((b) => b.text)).toEqual([kept.text, kept.text]);
    },
  );

  it('reads "○冒頭発言" as a topic heading and names the office from a heading further down ("中曽根外務大臣の訪中")', () => {
    const html = `<html><head><title>外務大臣会見記録</title></head><body><h1>外務大臣会見記録</h1><div class="content">
      <h3>INDEX</h3><h3>外務大臣会見記録(平成21年2月27日)</h3><h3>会見の様子</h3><h3>冒頭発言-中曽根外務大臣の訪中</h3>
      <p>○冒頭発言</p>
      <p>(外務大臣)先ほどの閣議で、私が中国へ出張することが了承されました。</p>
      <p>(問)北京で外相会談が行われる訳ですが、どういったことが話し合われるのでしょうか。</p>
      <p>(外務大臣)様々な課題があります。</p></div></body></html>`;
    const { transcript } = extractTranscript(parseDocument(html), new URL('https://www.mofa.go.jp/mofaj/press/kaiken/gaisho/g_0902.html'), { force: true });
    expect(transcript!.headings.map((heading) => heading.text)).toContain('○冒頭発言');
    expect(transcript!.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', '中曽根'],
      ['question', null],
      ['answer', '中曽根'],
    ]);
  });
});

describe('interviews: bold sentences, dashes before names, a name that answers', () => {
  const page = (title: string, body: string) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1><div class="content">${body}</div></body></html>`;

  it('reads three or more bold sentences as the questions, with or without a question mark', () => {
    const html = page(
      'Интервью Министра иностранных дел Сергея Лаврова газете «Коммерсантъ»',
      '<p><b>Когда полноценно заработает посольство в Москве?</b></p><p>Когда увеличат тираж газеты.</p><p><b>Ну вот после этого интервью как раз.</b></p><p>Ну все-таки вы что хотите?</p><p><b>Хотелось бы.</b></p><p>Дело в том, что любой процесс требует времени.</p>',
    );
    const result = extractTranscript(parseDocument(html), new URL('https://example.org/interview/'));
    expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
    expect(result.transcript!.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  it('reads "- Ignazio Cassis: …" as the named speaker, not as one more dash', () => {
    expect(matchLabel('- Ignazio Cassis: La patience est une qualité indispensable.')).toMatchObject({
      kind: 'named',
      text: 'Ignazio Cassis',
      rest: 'La patience est une qualité indispensable.',
    });
  });

  it('takes a name alone (a weak label) that the title gives, or that answers the question just asked', () => {
    const html = page(
      '2021年3月19日外交部发言人赵立坚主持例行记者会',
      '<p>问：中方对此次对话有何期待？</p><p>赵立坚:中方始终认为，中方同意举行此次对话是重要举措。</p>',
    );
    const segments = extractTranscript(parseDocument(html), new URL('https://example.org/briefing/'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 4)])).toEqual([
      ['question', null, '中方对此'],
      ['answer', '赵立坚', '中方始终'],
    ]);
  });
});

describe('date lines and notes anywhere in the body', () => {
  const block = (text: string) => ({ text, heading: false, boldPrefix: '', wholeBold: false, listItem: false, inPageLink: false, linkDensity: 0 });
  const kept = block('We discussed the situation in the region at length, and we agreed on the next steps.');

  it.each([
    '2012年7月3日(星期二)',
    '14 February 2001',
    'Thema: aktuelle Themen der Innen- und Außenpolitik',
    '(Transcript of the speech, exactly as it was delivered)',
    '(Versiones Taquigráficas - Consejo de Estado)',
    '(原标题:2018年9月7日外交部发言人华春莹主持例行记者会)',
  ])('drops %j after the transcript has begun', (text) => {
    expect(dropBoilerplate([kept, block(text), kept], { title: 'A press conference' }).map((b) => b.text)).toEqual([kept.text, kept.text]);
  });

  it('keeps a sentence that only mentions a date', () => {
    const dated = block('On 14 February 2001 we met the minister.');
    expect(dropBoilerplate([kept, dated], { title: 'A press conference' })).toHaveLength(2);
  });

  it('keeps a Chinese sentence that opens with a date (a run of characters is several words)', () => {
    const lead = block('2022年8月2日,外交部发言人华春莹主持例行记者会,部分内容如下。');
    expect(dropBoilerplate([lead, kept], { title: '外交部:适当时候会召见美国大使' })).toHaveLength(2);
    expect(dropBoilerplate([block('2012年7月3日(星期二)'), kept], { title: '记者会' })).toHaveLength(1);
  });
});

describe('rules of the third round: names alone in capitals, the lead that names, welcomes, hyphenated names', () => {
  const force = (doc: Document, url = 'https://example.org/interview/') => extractTranscript(doc, new URL(url), { force: true }).transcript!;

  it('reads a name in capitals alone on its line as the label of the next line, where it recurs', () => {
    const html = page('Interview de M. Edouard Philippe à France Inter', [
      `<p>${[
        'PATRICK COHEN<br>Bonjour Edouard PHILIPPE.',
        'EDOUARD PHILIPPE<br>Bonjour Patrick COHEN.',
        'PATRICK COHEN<br>Le gouvernement est-il prêt ?',
        'EDOUARD PHILIPPE<br>Il est prêt, et il se mettra au travail dès ce soir.',
      ].join('<br>')}</p>`,
    ]);
    const transcript = force(html);
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', 'Patrick Cohen'],
      ['remarks', 'Edouard Philippe'],
      ['question', 'Patrick Cohen'],
      ['answer', 'Edouard Philippe'],
    ]);
  });

  it('does not take a heading in capitals that appears once for a label', () => {
    expect(matchLabel('OPENING REMARKS')?.strength).toBe('weak');
    const html = page('Remarks by the Minister', [
      `<p>${['OPENING REMARKS', 'Thank you all for coming today to this meeting.', 'We have a lot to discuss.'].join('<br>')}</p>`,
    ]);
    expect(force(html).segments.every((segment) => segment.label === null)).toBe(true);
  });

  it('accepts a name once where the editor’s lead gives it ("外交部发言人华春莹主持例行记者会")', () => {
    const html = page('外交部:适当时候会召见美国大使', [
      '2022年8月2日,外交部发言人华春莹主持例行记者会,部分内容如下。',
      '法新社记者:中方有没有召见美国驻华大使表达抗议?',
      '华春莹:我刚才已经说了,中美在各个层级保持密切沟通。',
    ]);
    expect(force(html).segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', '法新社记者'],
      ['answer', '华春莹'],
    ]);
  });

  it('reads a host’s welcome after a form of address as remarks, and the guest’s thanks', () => {
    const html = page('Intelligence Matters: Tony Blinken', [
      'Michael Morell: Tony, great to have you on the show.',
      'Tony Blinken: Thanks, Mike. Great to be with you.',
      'Michael Morell: What keeps you up at night?',
      'Tony Blinken: The speed at which the world is changing.',
    ]);
    expect(force(html).segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'question', 'answer']);
  });

  it('finds a hyphenated surname in the title, so the press secretary is an official', () => {
    const html = page('Press Briefing by Press Secretary Karine Jean-Pierre', [
      'MS. JEAN-PIERRE: All right. Good afternoon, everybody.',
      'Q: Thank you, Karine. What is the President doing today?',
      'MS. JEAN-PIERRE: He is meeting the leaders of the forum.',
    ]);
    const transcript = force(html);
    expect(transcript.participants.find((person) => person.name === 'Jean-Pierre')?.role).toBe('official');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'question', 'answer']);
  });
});

describe('speakers named outside the labels: bylines, outlets, Korean titles', () => {
  it('gives an unlabelled opening to the official the byline under the headline names ("2024.12.19 이재웅 대변인")', () => {
    const doc = parseDocument(`<!doctype html><html><head><title>외교부 대변인 정례브리핑</title></head><body>
      <div class="article-head"><h2 class="title">외교부 대변인 정례브리핑</h2><div class="info"><span>2024.12.19</span> <span>이재웅 대변인</span></div></div>
      <div class="article-body"><p>안녕하십니까? 12월 19일 정례브리핑을 시작하겠습니다.</p><p>질문 주시면 답변드리겠습니다.</p>
      <p>&lt;질문&gt; 이번 주 장관님 일정은 어떻게 되나요?</p><p>&lt;답변&gt; 내부 보고 및 외부 일정을 정상적으로 수행하고 계십니다.</p></div></body></html>`);
    const transcript = extractTranscript(doc, new URL('https://www.korea.kr/briefing/view.do'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', '이재웅'],
      ['question', null],
      ['answer', '이재웅'],
    ]);
  });

  it('keeps "The" in an outlet’s name and makes its label a journalist’s ("The Paper:")', () => {
    const html = page('Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on April 28, 2023', [
      'Mao Ning: Good afternoon. I have an announcement to make.',
      'The Paper: We noted the hearing on April 26. What is your comment?',
      'Mao Ning: Speaking of cyber theft, no one will ever surpass the US.',
    ]);
    const transcript = extractTranscript(html, new URL('https://www.fmprc.gov.cn/eng/xw/fyrbt/'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', 'Mao Ning'],
      ['question', 'The Paper'],
      ['answer', 'Mao Ning'],
    ]);
  });

  it('reads a Korean name after the office in a title ("외교부 대변인 이재웅"), and no word that is not a name', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('외교부 대변인 이재웅')).toEqual(['이재웅']);
    expect(namesInTitle('외교부 대변인 브리핑')).toEqual([]);
  });
});

describe('detection: inflected kinds, greetings, a monologue', () => {
  it('reads a briefing in Russian and Ukrainian inflections ("брифинга", "брифінгу")', async () => {
    const { kindFromTitle } = await import('../../lib/metadata/kind');
    expect(kindFromTitle('Стенограма брифінгу Речника МЗС України Георгія Тихого від 23.01.2025')).toBe('briefing');
    expect(kindFromTitle('Стенограмма брифинга официального представителя МИД России')).toBe('briefing');
  });

  it.each(['Доброго дня, шановні журналісти.', 'Kia ora koutou katoa and good afternoon.', 'Вітаю всіх.'])('reads %j as a greeting', async (text) => {
    const { GREETING } = await import('../../lib/text/register');
    expect(GREETING.test(text)).toBe(true);
  });

  it('counts a speech under a transcript title as a monologue, and a news report of it not', async () => {
    const { featureVector } = await import('../../lib/detection/features');
    const { NO_LABELS } = await import('../../lib/detection/label-scan');
    const speech = {
      titleKind: true,
      titleSpeech: false,
      titleOther: false,
      articleLayout: false,
      teasers: 0,
      labels: { ...NO_LABELS, textParagraphs: 8, firstPerson: 5, reported: 0 },
    };
    expect(featureVector(speech).monologue).toBeCloseTo(Math.log1p(8));
    expect(featureVector({ ...speech, labels: { ...speech.labels, reported: 3 } }).monologue).toBe(0);
    expect(featureVector({ ...speech, titleKind: false }).monologue).toBe(0);
    expect(featureVector({ ...speech, labels: { ...speech.labels, labelled: 2 } }).monologue).toBe(0);
  });
});

describe('Arabic: the official after the office, sentences before a colon, dates', () => {
  it('reads the name between the office and the verb in an Arabic title', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('المتحدث باسم وزارة الخارجية قنغ شوانغ يعقد مؤتمرا صحفيا اعتياديا يوم 22 فبراير عام 2018')).toEqual(['قنغ شوانغ']);
    expect(namesInTitle('وزير الخارجية الصيني يانغ جيه تشى يجيب على اسئلة الصحفيين')).toEqual(['يانغ جيه تشى']);
  });

  it('does not read a long Arabic sentence before a colon as a name, but an office may be long', () => {
    expect(matchLabel('بدأ هونغ لي المؤتمر الصحفي بنشر خبر:')).toBeNull();
    expect(matchLabel('المسؤول الكبير الأول في وزارة الخارجية: رائع. إذن كما ذكرت')?.text).toBe('المسؤول الكبير الأول في وزارة الخارجية');
  });

  it.each([
    ['يعقد مؤتمرا صحفيا اعتياديا يوم 22 فبراير عام 2018', '2018-02-22'],
    ['16 كانون الثاني 2015', '2015-01-16'],
    ['7 مارس 2010', '2010-03-07'],
  ])('reads the date in %j', async (text, iso) => {
    const { findDate } = await import('../../lib/text/dates');
    expect(findDate(text)?.iso).toBe(iso);
  });
});

describe('the third round, continued: CJK leads, offices before events, turns set as list items', () => {
  it('does not read a Hong Kong lead with a date in brackets as a label', () => {
    expect(matchLabel('以下是行政長官梁振英今日(七月三日)晚上出席一項活動後會見傳媒的發言全文:')).toBeNull();
  });

  it('does not read the event after an office as a name ("行政長官會見傳媒答問內容")', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('行政長官會見傳媒答問內容(附圖/短片)')).toEqual([]);
    expect(namesInTitle('外交部发言人赵立坚主持例行记者会')).toEqual(['赵立坚']);
  });

  it('counts labels in list items that link nowhere, and not in a listing’s linked items', async () => {
    const { scanLabels } = await import('../../lib/detection/label-scan');
    const turns = parseDocument(
      '<html><body><ul><li><p>Sergey Lavrov: We are ready to talk to everyone.</p></li><li><p>Question: What will you discuss with them tomorrow?</p></li></ul></body></html>',
    );
    expect(scanLabels(turns.body).labelled).toBe(2);
    const teasers = parseDocument(
      '<html><body><ul><li><a href="/1">Sergey Lavrov: We are ready to talk.</a><p>Question: What will you discuss with them tomorrow?</p></li></ul></body></html>',
    );
    expect(scanLabels(teasers.body).labelled).toBe(0);
  });
});

describe('teasers and bracketed labels', () => {
  it('does not count a link with no item around it as a teaser, even under a dated article', () => {
    const doc = parseDocument(
      '<html><body><div class="main"><p>(令和6年11月6日(水曜日)15時15分 於:本省会見室)</p><div><div><p><a href="/hodokan/index.html">外務報道官会見記録 バックナンバー</a></p></div></div></div></body></html>',
    );
    expect(countTeasers(doc.body)).toBe(0);
    const listing = parseDocument(
      '<html><body><ul><li><a href="/1">Briefing by the Spokesperson</a> 12 March 2024</li><li><a href="/2">Briefing by the Spokesperson</a> 5 March 2024</li></ul></body></html>',
    );
    expect(countTeasers(listing.body)).toBe(2);
  });

  it('keeps a speaker’s bracketed label alone on its line, and drops a toolbar of brackets', () => {
    expect(keptTexts([block('【北村外務報道官】'), block(AFTER)])).toEqual(['【北村外務報道官】', AFTER]);
    expect(keptTexts([block(BEFORE), block('【 我要纠错 】 【打 印】')])).toEqual([BEFORE]);
  });
});

describe('title boxes and toolbars of words', () => {
  it('takes the heading inside a title box for the headline, not its byline and tools', () => {
    const doc =
      parseDocument(`<html><head><title>대한민국 정책브리핑</title></head><body><div class="view-title"><h3>통일부 정례브리핑</h3><p class="info">2024.08.05 구병삼 대변인</p><div class="btns"><span>글자크기 설정</span> <a href="#">인쇄</a> <a href="#">목록</a></div></div>
      <div class="view-cont"><p>안녕하십니까? 통일부 정례브리핑을 시작하겠습니다.</p><p>먼저, 이번 주 일정입니다.</p></div></body></html>`);
    const transcript = extractTranscript(doc, new URL('https://www.korea.kr/briefing/'), { force: true }).transcript!;
    expect(transcript.title).toBe('통일부 정례브리핑');
    expect(transcript.segments[0]!.paragraphs[0]).toBe('안녕하십니까? 통일부 정례브리핑을 시작하겠습니다.');
  });

  it.each(['글자크기 설정 인쇄 목록', 'A+ A- Print', '打印 | 关闭 | 分享'])('drops the toolbar line %j', (text) => {
    expect(keptTexts([block(BEFORE), block(text)])).toEqual([BEFORE]);
  });
});

describe('publishers’ particulars, banners and appeals', () => {
  it('drops a particular alone on its line with its value on the next (gov.uk’s "From:", "Delivered on:")', () => {
    const blocks = [
      'From:',
      "Prime Minister's Office, 10 Downing Street and The Rt Hon Boris Johnson MP",
      'Delivered on:',
      '2 September 2019 (Transcript of the speech, exactly as it was delivered)',
      AFTER,
    ].map((text) => block(text));
    expect(keptTexts(blocks)).toEqual([AFTER]);
  });

  it.each([
    'Pakistan Ministry of Foreign Affairs',
    'India - Ministry of External Affairs',
    'Presse- und Informationsamt der Bundesregierung',
    'James S. Brady Press Briefing Room',
    'Some Excerpts',
    'Bitte unterstützt unsere Arbeit finanziell:',
    'IBAN: DE854 3060 967 104 779 2900',
    'Komplettes PK-Wortprotokoll vom 11. August 2022:',
    '주소복사가 완료되었습니다',
  ])('drops %j', (text) => {
    expect(keptTexts([block(BEFORE), block(text), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it('keeps a sentence that names the ministry', () => {
    const sentence = 'The Ministry of Foreign Affairs will hold its next briefing on Friday.';
    expect(keptTexts([block(BEFORE), block(sentence)])).toEqual([BEFORE, sentence]);
  });
});

describe('a reposter’s notes before the transcript', () => {
  it('drops a blogger’s word on the interview and an editor’s note, keeps the news lead', () => {
    const doc = page('Интервью С.В.Лаврова', [
      'Очень интересное интервью Сергея Лаврова, отточенное и взвешенное.',
      'Вопрос: На прошлой неделе весь мир был обеспокоен. Что вы скажете?',
      'С.В.Лавров: Я не считаю, что мы подошли очень близко.',
    ]);
    const segments = extractTranscript(doc, new URL('https://blog.example.org/1'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['question', 'answer']);
    const lead = page('外交部:适当时候会召见美国大使', [
      '2022年8月2日,外交部发言人华春莹主持例行记者会,部分内容如下。',
      '法新社记者:中方有没有召见美国驻华大使表达抗议?',
      '华春莹:我刚才已经说了。',
    ]);
    expect(extractTranscript(lead, new URL('https://example.org/2'), { force: true }).transcript!.segments).toHaveLength(3);
  });
});

describe('time-stamped labels and outlets in brackets', () => {
  it('reads rev.com’s "Matthew Miller (00:41):" and "Speaker 2 (00:02):" as labels', () => {
    expect(matchLabel('Matthew Miller (00:41): So, I’d say we absolutely do not want that.')).toMatchObject({
      text: 'Matthew Miller',
      kind: 'named',
      rest: 'So, I’d say we absolutely do not want that.',
    });
    expect(matchLabel('Speaker 2 (00:02):')).toMatchObject({ text: 'Speaker 2', kind: 'question', rest: '' });
  });

  it('makes initials in brackets an outlet, unless they are a German ministry’s', async () => {
    const { readSpeaker } = await import('../../lib/segment/speakers');
    expect(readSpeaker('Dawn Tan (CNA)')).toMatchObject({ journalist: true, official: false });
    expect(readSpeaker('WAGNER (AA)')).toMatchObject({ official: true, journalist: false });
    expect(readSpeaker('Flosdorff (BMAS)')).toMatchObject({ official: true });
  });
});

describe('an editor’s lead that speaks of a labelled person', () => {
  it('reads a lead about the interviewee in the third person as spoken by no one', () => {
    const doc = page('Schallenberg: „Wir sind am Siedepunkt“', [
      'Alexander Schallenberg ist der einzige Minister aus der Übergangsregierung, der geblieben ist.',
      'KURIER: Herr Minister, wie geht es Ihnen?',
      'Schallenberg: Es geht mir gut, danke.',
      'KURIER: Und der Regierung?',
      'Schallenberg: Auch ihr geht es gut.',
    ]);
    const segments = extractTranscript(doc, new URL('https://kurier.at/politik/1'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', 'KURIER'],
      ['answer', 'Schallenberg'],
      ['question', 'KURIER'],
      ['answer', 'Schallenberg'],
    ]);
  });
});

describe('names after offices, in bylines and Korean particulars', () => {
  it.each([
    ['Spokesperson and Deputy Minister for Public Relations Noh Kyu-duk', 'Noh Kyu-duk'],
    ['エスハポンインタビュー | 在スペイン日本国特命全権大使 中前隆博', '中前隆博'],
  ])('reads the name in %j', async (text, name) => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle(text)).toEqual([name]);
  });

  it.each(['부서명 언론담당관실', '담당자: 홍길동', '등록일 2020.06.11'])('drops the particular %j', (text) => {
    expect(keptTexts([block(BEFORE), block(text)])).toEqual([BEFORE]);
  });
});

describe('initials before a name', () => {
  it('reads "В. ПУТИН –" as a label: an initial is not the preposition it spells', () => {
    expect(matchLabel('В. ПУТИН – Посмотрим. До выборов еще достаточно долго.')).toMatchObject({ text: 'В. ПУТИН', kind: 'named' });
    expect(matchLabel('В Москве – как всегда.')).toBeNull();
  });
});

describe('names with particles and hyphens, surnames that are words of office', () => {
  it.each([
    ['Statement by President von der Leyen at the joint press conference with President Metsola', ['von der Leyen', 'Metsola']],
    ['Remarks by Staffan de Mistura', ['Staffan de Mistura']],
    ['Conferencia de prensa del Ministro de Relaciones Exteriores', []],
    ['Entrevista del Ministro de Asuntos Exteriores de Rusia', []],
    ['Rede von Außenminister Frank-Walter Steinmeier bei der Amtsübergabe', ['Frank-Walter Steinmeier']],
    ['UN Secretary-General Antonio Guterres Press Conference', ['Antonio Guterres']],
  ])('reads the names in %j', async (title, names) => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle(title)).toEqual(names);
  });

  it('reads "MADELEINE KING, MINISTER FOR RESOURCES" as Madeleine King, not an office', async () => {
    const { readSpeaker } = await import('../../lib/segment/speakers');
    expect(readSpeaker('MADELEINE KING, MINISTER FOR RESOURCES')).toMatchObject({ name: 'Madeleine King', roleOnly: false, official: true });
  });

  it('does not name a speech’s speaker from the people it addresses', () => {
    const doc = page('India’s Statement at UNSC Open Debate', [
      'Thank you, Madame President, for giving me the floor. We thank Prime Minister Edi Rama of Albania for convening this debate.',
      'India has consistently called for dialogue and diplomacy.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.mea.gov.in/x'), { force: true }).transcript!;
    expect(transcript.segments[0]!.speaker).toBeNull();
  });
});

describe('datelines beside the headline', () => {
  it('reads the date in the next table row of an old layout, and keeps <br> lines apart', () => {
    const table = parseDocument(
      `<html><head><title>外交部</title></head><body><table><tr><td class="title">外交部發言人姜瑜就美方提名駱家輝擔任新任美駐華大使答記者問</td></tr><tr><td>2011年03月10日　來源:外交部網站</td></tr><tr><td><p>問:中方對美方提名駱家輝擔任新任美駐華大使有何看法?</p><p>答:我們歡迎美方提名駱家輝先生擔任新任駐華大使。</p></td></tr></table></body></html>`,
    );
    expect(extractTranscript(table, new URL('https://www.gov.cn/x'), { force: true }).transcript!.date).toBe('2011-03-10');
    const lines = parseDocument(
      `<html><body><h1 class="entry-title">Remarks by Ambassador Linda Thomas-Greenfield at the UN Security Council Stakeout</h1><div class="entry-meta"><p>Ambassador Linda Thomas-Greenfield<br>New York, New York<br>January 20, 2022</p></div><div class="entry-content"><p>QUESTION: Ambassador, what is your response to the hold?</p><p>AMBASSADOR THOMAS-GREENFIELD: We will keep pressing for it.</p></div></body></html>`,
    );
    expect(extractTranscript(lines, new URL('https://usun.usmission.gov/x'), { force: true }).transcript!.date).toBe('2022-01-20');
  });

  it('reads Taiwan’s Republic years ("中華民國108年02月22日")', async () => {
    const { findDate } = await import('../../lib/text/dates');
    expect(findDate('中華民國108年02月22日')?.iso).toBe('2019-02-22');
  });
});

describe('headlines: subtitles, section banners, site names after a bullet', () => {
  it('joins a subtitle that goes on with the headline’s sentence', async () => {
    const { guessHeadline } = await import('../../lib/sites/page-reading');
    const doc = parseDocument(
      '<html><head><title>NATO - Opinion</title></head><body><div class="content-head"><h1>Pre-ministerial press conference</h1><h2 class="subtitle">by NATO Secretary General Jens Stoltenberg</h2></div><p>Good afternoon.</p></body></html>',
    );
    expect(guessHeadline(doc).text).toBe('Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg');
  });

  it('does not take a section’s banner for the headline', async () => {
    const { guessHeadline } = await import('../../lib/sites/page-reading');
    const doc = parseDocument(
      `<html><head><title>Press Briefings View | Ministry of Foreign Affairs</title></head><body><div class="sub_title"><h2>Press Briefings</h2></div><table><tr><th class="title">Spokesperson's Press Briefing (February 20, 2018)</th></tr></table></body></html>`,
    );
    expect(guessHeadline(doc).text).toBe("Spokesperson's Press Briefing (February 20, 2018)");
  });

  it('drops the site’s name after a bullet in the <title>', async () => {
    const { guessHeadline } = await import('../../lib/sites/page-reading');
    const doc = parseDocument(
      '<html><head><title>Пресс-конференция по завершении переговоров • Президент России</title></head><body><p>Текст.</p></body></html>',
    );
    expect(guessHeadline(doc).text).toBe('Пресс-конференция по завершении переговоров');
  });
});

describe('questions asked before labelled answers', () => {
  it('reads a numbered paragraph that asks, right before "答:", as the question', () => {
    const doc = page('驻韩国大使接受中、韩文媒体联合专访', [
      '七、此前您也曾多次在驻韩大使馆工作,此次再次来韩履新,有何感想?',
      '答:我从事半岛方向工作30多年,这是第4次到韩国常驻。',
      '八、大使上任后,充分利用各种新媒体手段与网友互动,您为何这样做?',
      '答:中国政府始终高度重视中韩关系。',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.crntt.com/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.paragraphs[0]!.slice(0, 4)])).toEqual([
      ['question', '此前您也'],
      ['answer', '我从事半'],
      ['question', '大使上任'],
      ['answer', '中国政府'],
    ]);
  });

  it('leaves a question that is already open to go on ("Pregunta:" alone, then its words)', () => {
    const doc = page('Entrevista', ['Pregunta:', '¿Cuándo se celebra el día del diplomático?', 'Respuesta: Anualmente, el 10 de febrero.']);
    const segments = extractTranscript(doc, new URL('https://example.org/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.paragraphs.length])).toEqual([
      ['question', 1],
      ['answer', 1],
    ]);
  });
});

describe('the American Presidency Project’s labels', () => {
  it('reads "President Biden. …" as a label where it recurs, and not a sentence that names him once', () => {
    expect(matchLabel('President Biden. All the flowers bloomed.')).toMatchObject({
      text: 'President Biden',
      kind: 'named',
      strength: 'weak',
      rest: 'All the flowers bloomed.',
    });
    const doc = page('Remarks Prior to a Meeting With Prime Minister Rishi Sunak', [
      'President Biden. All the flowers bloomed.',
      'Prime Minister Sunak. Well, Joe, welcome. It’s great to have you here.',
      'President Biden. It’s good to be back.',
      'Prime Minister Sunak. Yes, me too.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.presidency.ucsb.edu/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.speaker)).toEqual(['Biden', 'Sunak', 'Biden', 'Sunak']);
  });
});

describe('bold questions after a named interviewer', () => {
  it('gives the unlabelled bold questions to the page’s one named interviewer', () => {
    const doc = page('Schallenberg: „Wir sind am Siedepunkt“', [
      '<p><b>KURIER: Herr Minister, haben Sie das ausgeschlossen?</b></p>',
      'Alexander Schallenberg: Es war nicht Teil meiner Lebensplanung.',
      '<p><b>In der Übergangsregierung waren Sie Verwalter – was hat sich geändert?</b></p>',
      'Wir sind vom Verwalten zum Gestalten übergegangen.',
    ]);
    const segments = extractTranscript(doc, new URL('https://kurier.at/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'KURIER'],
      ['answer', 'Alexander Schallenberg'],
      ['question', 'KURIER'],
      ['answer', 'Alexander Schallenberg'],
    ]);
  });
});

describe('a page with one voice', () => {
  it('makes the only labelled speaker an official, whatever rhetorical questions the speech asks', () => {
    const doc = page('Palabras del Jefe de Gabinete en Casa Rosada', [
      'CAPITANICH.- Muy buenos días a todos y a todas. ¿Qué significa esto para la Argentina?',
      '¿Y qué haremos ahora? Seguiremos trabajando.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.casarosada.gob.ar/x'), { force: true }).transcript!;
    expect(transcript.participants.map((person) => person.role)).toEqual(['official']);
    expect(transcript.segments[0]!.kind).toBe('remarks');
  });
});

describe('greetings before the first answer', () => {
  it('reads greetings exchanged before anything is answered as remarks, and the introduction the guest greets back', () => {
    const doc = page('Entretien de M. Jean-Noël Barrot, ministre de l’Europe et des affaires étrangères, avec France Inter', [
      'Q - Et avec Léa Salamé, nous recevons ce matin le ministre de l’Europe et des affaires étrangères, Jean-Noël Barrot.',
      'R - Bonjour.',
      'Q - Bonjour.',
      'Q - Que retenez-vous de cette semaine ?',
      'R - Beaucoup d’émotions.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.vie-publique.fr/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'remarks', 'question', 'answer']);
    expect(transcript.segments[1]!.speaker).toBe('Jean-Noël Barrot');
  });

  it.each([
    [
      'Entretien de M. Laurent Fabius avec Al Jazeera',
      'Q - Bonjour Monsieur le Ministre.',
      'R - Bonjour.',
      'Q - Que retenez-vous de ce voyage ?',
      'R - Beaucoup.',
    ],
    [
      'Interview von Botschafter Lambsdorff mit RTVi',
      'Frage: Guten Tag, Herr Botschafter!',
      'Antwort: Guten Tag!',
      'Frage: Wie geht es weiter?',
      'Antwort: Gut.',
    ],
    [
      'Interview with Secretary Clinton',
      'QUESTION: Madam Secretary, thank you so much for being here.',
      'SECRETARY CLINTON: Thank you.',
      'QUESTION: What next?',
      'SECRETARY CLINTON: Work.',
    ],
  ])('reads an interviewer’s greeting to the guest by office as the first question, and the greeting back as an answer (%s)', (title, ...lines) => {
    const segments = extractTranscript(page(title, lines), new URL('https://www.example.org/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('keeps as remarks a host’s introduction that speaks of the guest by office', () => {
    const doc = page('Interview with Foreign Minister Vivian Balakrishnan', [
      'Jill Neubronner: Foreign Affairs Minister Vivian Balakrishnan has acknowledged the concerns of many here today.',
      'Vivian Balakrishnan: Thank you.',
      'Jill Neubronner: Now first, what did you discuss?',
      'Vivian Balakrishnan: Trade.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.example.org/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'question', 'answer']);
  });

  it('keeps a question that opens with a greeting and goes on to ask', () => {
    const doc = page('La mañanera', [
      'PREGUNTA: Buenos días, presidente. Quería preguntarle por el aeropuerto y por las obras del tren, que llevan retraso desde el verano pasado.',
      'PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Pues yo creo que está bien.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.infobae.com/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['question', 'answer']);
  });

  it('reads "M. Jean-Yves Le Drian" as the name, not "M. Jean-"', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('Entretien de M. Jean-Yves Le Drian, ministre de l’Europe, à France 5')).toEqual(['Jean-Yves Le Drian']);
    expect(namesInTitle('Интервью С.В.Лаврова')).toEqual(['С.В.Лаврова']);
  });
});

describe('moderators and German offices', () => {
  it('reads a moderator’s turn that asks nothing as remarks, and "StS Seibert" as Seibert', () => {
    const doc = page('Regierungspressekonferenz vom 28. Februar 2020', [
      'Vors. Welty: Ich denke, wir starten mit den Terminen der Kanzlerin für die kommende Woche.',
      'StS Seibert: So ist es. - Guten Tag!',
      'Frage Jung: Herr Seibert, wann reist die Kanzlerin ab?',
      'StS Seibert: Am Montag.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.bundesregierung.de/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', 'Welty'],
      ['remarks', 'Seibert'],
      ['question', 'Jung'],
      ['answer', 'Seibert'],
    ]);
  });
});

describe('a moderator named only by the office', () => {
  it('keeps the label and names no one ("Ведущий:")', () => {
    const doc = page('Диалог послов', [
      'Ведущий: Для меня большая честь. Какие у вас планы?',
      'Чжан Ханьхуэй: Мы будем работать вместе.',
      'Ведущий: Спасибо. Что дальше?',
      'Чжан Ханьхуэй: Дальше — новые встречи.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://ru.china-embassy.gov.cn/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.speaker, segment.label])).toEqual([
      [null, 'Ведущий:'],
      ['Чжан Ханьхуэй', 'Чжан Ханьхуэй:'],
      [null, 'Ведущий:'],
      ['Чжан Ханьхуэй', 'Чжан Ханьхуэй:'],
    ]);
    expect(transcript.participants.map((person) => person.name)).toEqual(['Чжан Ханьхуэй']);
  });
});

describe('the language of a page served under another language’s address', () => {
  it('believes the text over "/en/" in the address', async () => {
    const { detectLanguage } = await import('../../lib/metadata/language');
    const doc = parseDocument('<html lang="fr"><body><p>x</p></body></html>');
    const sample =
      'Nous avons discuté de la situation en Ukraine et nous continuerons à soutenir le peuple ukrainien dans les mois qui viennent, avec nos partenaires européens.';
    expect(detectLanguage(doc, new URL('https://www.diplomatie.gouv.fr/en/country-files/ukraine/fr/x'), sample)).toBe('fr');
    expect(detectLanguage(doc, new URL('https://www.diplomatie.gouv.fr/fr/x'), sample)).toBe('fr');
  });
});

describe('listing titles', () => {
  it.each(['Tag: Keir Starmer', 'Archive for the ‘Foreign Affairs’ Category', 'Тег: Глаз', 'Рубрика: Интервью'])(
    'reads %j as a title that is not a transcript’s',
    async (title) => {
      const { readTitleWords } = await import('../../lib/metadata/kind');
      expect(readTitleWords(title).other).toBe(true);
    },
  );
});

describe('an editor announcing the text', () => {
  it('reads "Following is the transcript of …" as an editor’s lead, spoken by no one', () => {
    const doc = page('Press Conference by Secretary-General António Guterres at United Nations Headquarters', [
      'Following is the transcript of UN Secretary-General António Guterres’ press conference prior to the seventy-eighth session of the General Assembly, in New York today:',
      'Dear members of the media, it is a pleasure to be with you again.',
      'We will be gathering at a time when humanity faces huge challenges.',
    ]);
    const segments = extractTranscript(doc, new URL('https://press.un.org/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs.length])).toEqual([
      ['remarks', null, 1],
      ['remarks', 'António Guterres', 2],
    ]);
  });
});

describe('a transcript in one element after a photo', () => {
  it('scans the <br> lines of a body whose first child is a photo’s wrapper', async () => {
    const { scanLabels } = await import('../../lib/detection/label-scan');
    const doc = parseDocument(`<html><body><div class="TRS_Editor"><div style="text-align:center"><img src="/p.jpg" alt=""></div>
      台灣網1月12日北京訊 國務院臺灣事務辦公室今天上午舉行例行新聞發佈會。<br>
      朱鳳蓮:歡迎大家參加國臺辦2022年第一場新聞發佈會。<br>
      新華社記者:習近平總書記在新年賀詞中強調了什麼?<br>
      朱鳳蓮:新年前夕,習近平總書記發表新年賀詞。<br></div></body></html>`);
    expect(scanLabels(doc.body).labelled).toBeGreaterThanOrEqual(3);
  });
});

describe('promotions of the video', () => {
  it.each(["Дивіться ексклюзивне інтерв'ю DW із заступницею голови МЗС України Оленою Зеркаль:", 'Watch the full interview with the Foreign Minister:'])(
    'drops %j',
    (text) => {
      expect(keptTexts([block(BEFORE), block(text), block(AFTER)])).toEqual([BEFORE, AFTER]);
    },
  );
});

describe('the heading that opens the questions, in brackets and in every language', () => {
  it.each(['[질문·답변]', '질의응답', 'Вопросы и ответы', '【問答】', 'Q&A', 'Fragen und Antworten'])('reads %j as the questions’ heading', async (text) => {
    const { QUESTIONS_HEADING } = await import('../../lib/page/boilerplate');
    expect(QUESTIONS_HEADING.test(text)).toBe(true);
  });
});

describe('background briefings: anonymised officials in square brackets, and the front matter above them', () => {
  it('reads "[SENIOR STATE DEPARTMENT OFFICIAL ONE]:" as one official, the whole label his name', () => {
    expect(matchLabel('[SENIOR STATE DEPARTMENT OFFICIAL ONE]: Great. So as I mentioned, the Secretary met him.')).toMatchObject({
      text: 'SENIOR STATE DEPARTMENT OFFICIAL ONE',
      kind: 'named',
      strength: 'strong',
    });
    expect(matchLabel('[المسؤول الكبير الأول في وزارة الخارجية]: رائع. إذن كما ذكرت')).toMatchObject({
      text: 'المسؤول الكبير الأول في وزارة الخارجية',
      kind: 'named',
    });
    const doc = page('Senior State Department Officials on the Secretary’s Travel', [
      'Background Briefing',
      'Istanbul, Turkey',
      'November 16, 2020',
      'MODERATOR: Thanks, everyone, for getting together so quickly. We will start with our first official.',
      '[SENIOR STATE DEPARTMENT OFFICIAL ONE]: Great. So as I mentioned, the Secretary met the French foreign minister today.',
      'QUESTION: Could you say more about Iraq?',
      '[SENIOR STATE DEPARTMENT OFFICIAL ONE]: Sure. We discussed it at length.',
      'QUESTION: And the second official?',
      '[SENIOR STATE DEPARTMENT OFFICIAL TWO]: I can take that one.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.state.gov/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['remarks', 'Senior State Department Official One'],
      ['question', null],
      ['answer', 'Senior State Department Official One'],
      ['question', null],
      ['answer', 'Senior State Department Official Two'],
    ]);
  });

  it('drops the kind and the place on their own lines above the text, and not a sentence that names a place', () => {
    const lines = ['Background Briefing', 'Istanbul, Turkey', 'اسطنبول، تركيا', 'Special Briefing via Teleconference'];
    for (const line of lines) expect(keptTexts([block(line), block(BEFORE)])).toEqual([BEFORE]);
    expect(keptTexts([block('Yes, Minister.'), block(BEFORE)])).toEqual(['Yes, Minister.', BEFORE]);
    // Among the turns, a line of two capitalised words and a comma is what was said.
    expect(keptTexts([block(BEFORE), block(AFTER), block('Thank you'), block('Istanbul, Turkey')])).toContain('Istanbul, Turkey');
  });

  it('does not read the owner of a possessive office as a name ("the Secretary’s Travel")', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('Senior State Department Officials on the Secretary’s Travel')).toEqual([]);
    expect(namesInTitle('Secretary Blinken’s Remarks to the Press')).toEqual(['Blinken']);
  });
});

describe('the headline restated above the text', () => {
  it.each([
    ['毛宁主持例行记者会', '2024年10月8日外交部发言人毛宁主持例行记者会'],
    [
      'Foreign Minister Sergey Lavrov’s interview to Komsomolskaya Pravda newspaper and radio, Moscow, May 31, 2016',
      'Foreign Minister Sergey Lavrov’s interview to Komsomolskaya Pravda, Moscow, May 31, 2016',
    ],
  ])('drops %j under the title %j', (line, title) => {
    expect(keptTexts([block(line), block(BEFORE)], title)).toEqual([BEFORE]);
  });

  it('keeps a lead sentence that uses the title’s words', () => {
    const lead = 'Foreign Minister Sergey Lavrov gave an interview to Komsomolskaya Pravda in Moscow on May 31, 2016.';
    expect(keptTexts([block(lead), block(BEFORE)], 'Foreign Minister Sergey Lavrov’s interview to Komsomolskaya Pravda, Moscow, May 31, 2016')).toEqual([
      lead,
      BEFORE,
    ]);
  });
});

describe('a listing’s teasers, counted by item', () => {
  it('counts a breadcrumb’s links in the row of a table layout as one item, not four teasers', () => {
    const doc = parseDocument(`<!doctype html><html><body><table><tr><td>
      <div class="pathway"><a href="/">Главная</a> » <a href="/strategy/">Стратегия</a> » <a href="/strategy/gos/">Государство</a> » <a href="/strategy/gos/pres/">Президент</a></div>
      <h1>Стенограмма встречи Дмитрия Медведева с коллективом газеты, 29 апреля 2008 г.</h1>
      <p>Д.МЕДВЕДЕВ: Дорогие коллеги! Мне очень приятно побывать у вас в гостях.</p></td></tr></table></body></html>`);
    expect(countTeasers(doc.body)).toBe(1);
  });

  it('does not count the tag links of the <article> that holds the whole text', () => {
    const text = Array.from({ length: 20 }, () => '<p>Pues yo creo que está bien, están en su derecho de manifestarse y de opinar.</p>').join('');
    const doc = parseDocument(`<!doctype html><html><body><article><h1>La mañanera</h1><p>13 de enero de 2023</p>${text}
      <div class="tags"><a href="/tag/amlo/">Andrés Manuel López Obrador</a> <a href="/tag/mananera/">Mañanera</a></div></article></body></html>`);
    expect(countTeasers(doc.body)).toBe(0);
  });

  it('reads the day-first dates of teasers, and the month first where day first is no date', async () => {
    const { findDate } = await import('../../lib/text/dates');
    expect(findDate('Tribune de Catherine Colonna (Paris, 03/12/2023)')?.iso).toBe('2023-12-03');
    expect(findDate('Posted 11/16/2020')?.iso).toBe('2020-11-16');
  });
});

describe('small things around a speech', () => {
  it('drops a line of hashtags', () => {
    expect(keptTexts([block(BEFORE), block('#РоссияКувейт'), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it('reads a line that opens like a sentence ("Naturalmente, tomamos …") as text, not a topic heading', () => {
    const doc = page('Rueda de prensa del Ministro de Asuntos Exteriores de Rusia, Serguéi Lavrov', [
      'Serguéi Lavrov: Finalizamos nuestra visita a EEUU por invitación del Secretario de Estado.',
      'Hemos constatado la existencia de varios problemas serios, es inevitable.',
      'Naturalmente, tomamos en consideración la situación en torno al Tratado',
    ]);
    const transcript = extractTranscript(doc, new URL('https://example.org/x'), { force: true }).transcript!;
    expect(transcript.headings).toEqual([]);
    expect(transcript.segments.map((segment) => segment.paragraphs.length)).toEqual([3]);
  });

  it('hears the first person in the humble verbs of a Japanese speech', async () => {
    const { HUMBLE_VERBS } = await import('../../lib/text/register');
    expect(HUMBLE_VERBS.test('その上で、重点的に5つのことに取り組んでまいります。')).toBe(true);
    expect(HUMBLE_VERBS.test('首相は重点的に5つのことに取り組むと述べた。')).toBe(false);
  });
});

describe('Portuguese, Italian, Polish, Turkish, Indonesian and Vietnamese pages', () => {
  it.each([
    ['Pergunta: O senhor vai a Brasília?', 'question'],
    ['Resposta: Vou, sim.', 'answer'],
    ['D: Ambasciatore, l’Ucraina entrerà nella NATO?', 'question'],
    ['R: Nella NATO è poco probabile.', 'answer'],
    ['Pytanie: Czy pan prezydent jest szczęśliwy?', 'question'],
    ['Odpowiedź: Tak.', 'answer'],
    ['Soru: Putin ile görüşecek misiniz?', 'question'],
    ['Cevap: Evet, görüşeceğim.', 'answer'],
    ['Wartawan: Pak, besok jadi ke Lampung?', 'question'],
    ['PV: Thưa Đại sứ, ông đánh giá thế nào?', 'question'],
  ])('reads %j as a label of kind %s', (text, kind) => {
    expect(matchLabel(text)?.kind).toBe(kind);
  });

  it.each([
    ['Entrevista coletiva do Presidente da República', 'press-conference'],
    ['Konferencja prasowa ministrów spraw zagranicznych', 'press-conference'],
    ['Dışişleri Bakanlığı Sözcüsü basın toplantısı', 'press-conference'],
    ['Keterangan Pers Presiden Joko Widodo', 'press-conference'],
    ['Họp báo thường kỳ Bộ Ngoại giao', 'press-conference'],
    ['Wywiad z ministrem spraw zagranicznych', 'interview'],
    ['Đại sứ Mỹ trả lời phỏng vấn VOA', 'interview'],
    ['Orędzie Prezydenta RP', 'remarks'],
  ])('reads the kind of %j as %s', async (title, kind) => {
    const { kindFromTitle } = await import('../../lib/metadata/kind');
    expect(kindFromTitle(title)).toBe(kind);
  });

  it.each([
    ['13 de outubro de 2016', '2016-10-13'],
    ['30 gennaio 2023', '2023-01-30'],
    ['5 października 2023', '2023-10-05'],
    ['20 Mart 2016', '2016-03-20'],
    ['2 Desember 2019', '2019-12-02'],
    ['ngày 31 tháng 8 năm 2020', '2020-08-31'],
  ])('reads the date %j', async (text, iso) => {
    const { findDate } = await import('../../lib/text/dates');
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['pl', 'Nie wiem, czy to jest dobry pomysł, ale na pewno trzeba o tym rozmawiać, bo to się dzieje teraz.'],
    ['tr', 'Bu konuda çok net bir tavrımız var ve bunu daha önce de ifade ettik, bir daha söylüyorum.'],
    ['id', 'Saya kira itu yang akan kita lihat nanti, dan kami tidak akan mengubah keputusan itu.'],
    ['vi', 'Tôi rất vui có mặt ở đây và cảm ơn các bạn đã dành thời gian cho cuộc trò chuyện này.'],
  ])('tells %s from its words', async (language, sample) => {
    const { detectLanguage } = await import('../../lib/metadata/language');
    expect(detectLanguage(parseDocument('<html><body><p>x</p></body></html>'), new URL('https://example.org/x'), sample)).toBe(language);
  });
});

describe('named dialogues', () => {
  it('hears the Arabic question mark (؟): the interviewer who asks is the journalist', () => {
    const doc = page('سيلفيو برلسكوني.. إيطاليا وعلاقتها بالعالم العربي', [
      'عماد الأطرش: أعزائي المشاهدين أهلاً ومرحباً بكم إلى هذا اللقاء.',
      'سيلفيو بيرلسكوني: شكراً وأهلاً بك.',
      'عماد الأطرش: بعد الذي حصل مؤخراً هل تعتقد أن ما قام به وزيركم ينبع من عقلية منتشرة؟',
      'سيلفيو بيرلسكوني: كلا، يحترم الإيطاليون جميع الأديان.',
      'عماد الأطرش: كيف عملتم على احتواء بوادر الأزمة مع ليبيا؟',
      'سيلفيو بيرلسكوني: لم أجد أي تضارب.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.aljazeera.net/x'), { force: true }).transcript!.segments;
    expect(segments.slice(2).map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('reads a speaker’s initials after the full name as the same person, and the one who asks as the interviewer', () => {
    const doc = page('Paris Match : Jean Quatremer interview', [
      'Paris Match: A propos de votre interview d’Yves Leterme, croyez-vous qu’il y faisait de l’ironie?',
      'Jean Quatremer: Il le fait souvent. Dans ce cas cependant, il s’agissait d’une ironie.',
      'PM: Que pensez-vous de la toute récente désignation d’Herman Van Rompuy?',
      'JQ: Cette nomination est étonnante parce qu’on ne sait pas ce qu’il pense.',
      'PM: Vous n’aimez pas l’homme?',
      'JQ: Là n’est pas la question.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://example.org/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Paris Match'],
      ['answer', 'Jean Quatremer'],
      ['question', 'Paris Match'],
      ['answer', 'Jean Quatremer'],
      ['question', 'Paris Match'],
      ['answer', 'Jean Quatremer'],
    ]);
    expect(transcript.participants.map((person) => [person.name, person.role])).toEqual([
      ['Paris Match', 'journalist'],
      ['Jean Quatremer', 'official'],
    ]);
  });

  it('reads "Member of the Media:" as an anonymous asker', () => {
    expect(matchLabel('Member of the Media: I wonder if you have up to date information?')?.kind).toBe('question');
  });
});

describe('Turkish, Polish and Indonesian conventions', () => {
  it('reads a name in capitals with a hyphen glued to it as a label, and lower-cases "İ" without a stray dot', () => {
    expect(matchLabel('SUNUCU- Bu akşam gençlerimizin size birçok sorusu olacak.')).toMatchObject({ text: 'SUNUCU', kind: 'named' });
    expect(matchLabel('INTELLIGENCE MATTERS - TONY BLINKEN')).toBeNull();
    const doc = page('Cumhurbaşkanı Gençlerle Buluşuyor', [
      'SUNUCU- Sayın Cumhurbaşkanım, öncelikle TRT ekranlarına hoş geldiniz diyoruz.',
      'CUMHURBAŞKANI RECEP TAYYİP ERDOĞAN- Hoş bulduk.',
      'SUNUCU- Bu tarihi mekânın hikâyesini anlatır mısınız?',
      'CUMHURBAŞKANI RECEP TAYYİP ERDOĞAN- Aslında tabi bu tarihi mekânın tarihi çok eskiye dayanıyor.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.tccb.gov.tr/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['remarks', 'Recep Tayyip Erdoğan'],
      ['question', null],
      ['answer', 'Recep Tayyip Erdoğan'],
    ]);
  });

  it('reads the asker named in brackets after the question word ("SORU: (SÜMEYYE CEYLAN)")', () => {
    expect(matchLabel('SORU: (SÜMEYYE CEYLAN) Son yıllarda Türk dünyasının birliği nasıl güçlendi?')).toMatchObject({
      text: 'SÜMEYYE CEYLAN',
      kind: 'named',
      asks: true,
      rest: 'Son yıllarda Türk dünyasının birliği nasıl güçlendi?',
    });
  });

  it('reads names in titles through Turkish case endings and not "Republik Indonesia"', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle("Cumhurbaşkanı Erdoğan'dan 'son kez' mesajı")).toEqual(['Erdoğan']);
    expect(namesInTitle('Keterangan Pers Presiden Republik Indonesia Usai Kunjungi Pusat Perbelanjaan Sarinah')).toEqual([]);
  });

  it('reads the line before each answer as a question where the page labels only its one answerer', () => {
    const doc = page('Kropka nad i TVN, 21 grudnia 2000 r.', [
      'Panie Prezydencie jest pan właściwie szczęśliwym człowiekiem, wygrał Pan drugą kadencję.',
      'Prezydent RP: To świadczy o tym, że nie ma pełnego szczęścia nigdy.',
      'Umowa była. Mówił o tym poseł Rokita.',
      'Prezydent RP: Rozmawiałem w Pałacu bezpośrednio z liderami Unii.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.prezydent.pl/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('who the title and the lead name', () => {
  it('reads a name in a title written in capitals, without the post-nominal "MP"', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('TRANSCRIPT OF THE PRIME MINISTER THE HON JOHN HOWARD MP DOORSTOP INTERVIEW')).toEqual(['John Howard']);
    // A byline in capitals names its author, not a speaker.
    expect(namesInTitle('By UK TIMES NEWSROOM', { afterOffice: true })).toEqual([]);
  });

  it('reads the name after an office and a country’s initials', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('Министр иностранных дел РК Ерлан Идрисов отвечает на вопросы газеты')).toEqual(['Ерлан Идрисов']);
    expect(namesInTitle('By UK Times Newsroom', { afterOffice: true })).toEqual([]);
  });

  it('reads the guest of a broadcast ("Gast:") as the official the title names', () => {
    const doc = page('Außenministerin Ferrero-Waldner zu Gast in der Pressestunde', [
      'Moderatorin: Frau Bundesminister, wie sehen Sie die Lage im Irak?',
      'Gast: Lassen Sie mich sagen, zum ersten, dass wir sehr besorgt sind.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.bmeia.gv.at/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Ferrero-Waldner'],
    ]);
  });

  it('reads all of an interview’s opening before the first question as the editor’s once it opens so', () => {
    const doc = page('Interview mit dem Außenminister', [
      'Bundesaußenminister Heiko Maas hat dem Spiegel ein Interview gegeben.',
      'Das Gespräch führten zwei Redakteure in Berlin, kurz vor seiner Reise nach Moskau.',
      'Frage: Herr Minister, was erwarten Sie von Moskau?',
      'Maas: Wir erwarten Klarheit.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.spiegel.de/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs.length])).toEqual([
      ['remarks', null, 2],
      ['question', null, 1],
      ['answer', 'Maas', 1],
    ]);
  });
});

describe('questions set as subheadings, and pages that label only the answerer', () => {
  const interview = (headings: string[]) =>
    parseDocument(`<html><head><title>Interview d’Ignazio Cassis</title></head><body><article><h1>Interview d’Ignazio Cassis</h1>
      <p>Fin de la pandémie, guerre en Ukraine, arrivée de deux nouveaux conseillers fédéraux: voilà son année.</p>
      ${headings.map((heading, i) => `<h2>${heading}</h2><p>Ce n’est pas forcément la langue qui amène une nouvelle dynamique, mais la culture qu’elle véhicule. Je le vois ${i}.</p>`).join('')}
      </article></body></html>`);

  it('reads a news site’s questions set as subheadings as the questions of an interview', async () => {
    const { scanLabels } = await import('../../lib/detection/label-scan');
    const doc = interview(['Une majorité latine au Conseil fédéral, ça change quoi?', 'Et la présidence, vous la referiez?']);
    expect(scanLabels(doc.body)).toMatchObject({ questions: 2, faqQuestions: 0 });
    const transcript = extractTranscript(doc, new URL('https://www.24heures.ch/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'question', 'answer', 'question', 'answer']);
  });

  it('reads subheadings that ask in a reader’s voice as an FAQ’s', async () => {
    const { scanLabels } = await import('../../lib/detection/label-scan');
    const scan = scanLabels(interview(['How long will my visa interview last?', 'Are there any dress requirements for visa interviews?']).body);
    expect(scan).toMatchObject({ questions: 0, faqQuestions: 2 });
  });

  it('hears two voices where one name recurs with someone else’s paragraphs between', async () => {
    const { scanLabels } = await import('../../lib/detection/label-scan');
    const long = 'Rozmawiałem w Pałacu bezpośrednio z liderami Unii i wszyscy zaprzeczyli, że taka umowa była.';
    const doc = parseDocument(
      `<html><body><div>${[1, 2, 3].map(() => `<p>Prezydent RP: ${long}</p><p>${long}</p><p>${long}</p>`).join('')}</div></body></html>`,
    );
    expect(scanLabels(doc.body).distinct).toBe(2);
    const numbered = parseDocument(
      `<html><body><div>${[1, 2, 3].map((n) => `<p>Q${n}: ${long}?</p><p>${long}</p><p>${long}</p>`).join('')}</div></body></html>`,
    );
    expect(scanLabels(numbered.body).distinct).toBe(1);
  });

  it('drops a paywall’s notice', () => {
    expect(keptTexts([block(BEFORE), block('Cet article est réservé aux abonnés. Je m’abonne'), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });
});

describe('more furniture: sites, players, mottos, captions', () => {
  it.each([
    'Powered by Tripod',
    'ADVERTISEMENT',
    'Baixe o player Flash para assistir esse vídeo.',
    '[ca_audio url="/wp-content/uploads/hague.mp3" width="500"]',
    '2021: Año de la Independencia',
    'Đại sứ Hà Kim Ngọc trình Quốc thư lên Tổng thống Donald Trump hôm 17/9. (Ảnh: TTXVN phát)',
    'Here is the full transcript of the event:',
    'Listen to the event below',
  ])('drops %j', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it.each(['[intervalo]', 'Advertisement is what we did not want, frankly, in this campaign.', '2021 fue un año de cambios para todos nosotros.'])(
    'keeps %j',
    (line) => {
      expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toContain(line);
    },
  );

  it('drops a broadcast’s people listed above the text, not a moderator’s turn', () => {
    expect(keptTexts([block('Moderatorin: Hannelore Veith'), block(BEFORE)])).toEqual([BEFORE]);
    expect(keptTexts([block('Moderator: Good afternoon and welcome to the briefing.'), block(BEFORE)])).toHaveLength(2);
  });
});

describe('interviews that mark only their questions, and names with their office after a comma', () => {
  it('reads dash-marked questions ("--", "―") each followed by an unmarked answer', () => {
    const doc = page('在メルボルン日本国総領事 長谷川 晋氏 インタビュー', [
      '--まず、メルボルンの印象はいかがでしょうか?',
      '聞いていた通り、住みやすい街です。',
      '--合計で何カ国赴任されたのですか?',
      'フランス、イスラエル、タイ、オーストリア、オーストラリアの5ヶ国です。',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.gogomelbourne.com.au/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', '長谷川 晋'],
      ['question', null],
      ['answer', '長谷川 晋'],
    ]);
    const korean = page('柳宗夏 외무장관 일문일답', [
      '―외무장관에 발탁된 소감은….',
      '『국가적으로 대단히 중차대한 시기다.』',
      '―외교관으로서의 좌우명은….',
      '『국가적 목표에 자기를 던지는 것이다.』',
    ]);
    const turns = extractTranscript(korean, new URL('https://www.donga.com/x'), { force: true }).transcript!.segments;
    expect(turns.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', '柳宗夏'],
      ['question', null],
      ['answer', '柳宗夏'],
    ]);
  });

  it('reads "Name, office in lower case :" as a label', () => {
    expect(matchLabel("Jean-Yves le Drian, ministre de l'Europe et des affaires étrangères :")).toMatchObject({ kind: 'named', rest: '' });
    expect(matchLabel('Giulio Terzi, ministro degli affari esteri: Presidente Stefani, onorevoli senatori.')).toMatchObject({ kind: 'named' });
    expect(matchLabel('Paris, ville lumière: une histoire')).toBeNull();
  });
});

describe('hosts, outlets and more furniture from fresh pages', () => {
  it('reads "Name (GW), conductora:" as the host, and "GW:" after it as the same person', () => {
    expect(matchLabel('Gabriela Warkentin (GW), conductora: Es la voz del embajador.')).toMatchObject({ kind: 'named' });
    const doc = page('Landau en W Radio: así las cosas', [
      'Gabriela Warkentin (GW), conductora: Es la voz del embajador de Estados Unidos. ¿Cómo está, Embajador?',
      'Christopher Landau (CL), embajador: Hola, Gabriela, buenos días.',
      'GW: ¿Qué opina usted de la reforma?',
      'CL: Es un tema de los mexicanos.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://mx.usembassy.gov/x'), { force: true }).transcript!;
    expect(transcript.participants.map((person) => person.name)).toEqual(['Gabriela Warkentin', 'Christopher Landau']);
  });

  it.each([
    ['T: Sebelumnya selamat karena Anda baru saja menjabat?', 'question'],
    ['J: Yang pertama, saya juga sebenarnya kaget.', 'answer'],
    ['س- هلا قدمتم لنا عرضاً موجزاً؟', 'question'],
  ])('reads %j as a label of kind %s', (text, kind) => {
    expect(matchLabel(text)?.kind).toBe(kind);
  });

  it.each([
    'Showing posts with label EMBASSY STAFF. Show all posts',
    'MDZ-Newsletter abonnieren',
    'Więcej takich artykułów znajdziesz na stronie głównej Onetu',
    'Не пропустіть З волі Кремля',
    '您的浏览器不支持此视频格式',
    'Anuncio',
  ])('drops %j', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it('reads no name in a greeting, nor in a Turkish place after an office', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('Guten Tag, Herr Botschafter. Die Moskauer Deutsche Zeitung hilft Deutschen seit 20 Jahren')).toEqual([]);
    expect(namesInTitle('Dışişleri Bakanı Fidan Türkevi’ndeki basın toplantısında açıklamalar yaptı')).toEqual(['Fidan']);
  });
});

describe('news agencies’ datelines opening a lead', () => {
  it.each([
    'VOV.VN - Theo Thứ trưởng Bùi Thanh Sơn, hội nghị đã thành công.',
    'TRIBUNPAPUA.COM - Kabinet Kerja Jilid I tak lama lagi akan berakhir.',
    '【财新网】4月3日,崔天凯大使在华盛顿接受采访。',
  ])('reads %j as a dateline', async (text) => {
    const { NEWS_DATELINE } = await import('../../lib/text/register');
    expect(NEWS_DATELINE.test(text)).toBe(true);
  });
});

describe('the site’s name is no headline, and answers with words before "to questions"', () => {
  it('reads no headline where the page offers only the site’s name', () => {
    const doc = parseDocument(`<html><head><title>Российская газета</title><meta property="og:site_name" content="Российская газета"></head><body>
      <header><a href="/" class="logo">Российская газета</a></header><div class="text"><p>Вопрос: Как вы оцениваете переговоры?</p><p>Лавров: Положительно.</p></div></body></html>`);
    expect(extractTranscript(doc, new URL('https://rg.ru/x'), { force: true }).transcript!.title).toBe('');
  });

  it.each(['Ответы Министра иностранных дел России С.В.Лаврова на вопросы СМИ', 'Réponses de M. Barrot aux questions de la presse'])(
    'reads %j as answers to questions',
    async (title) => {
      const { kindFromTitle } = await import('../../lib/metadata/kind');
      expect(kindFromTitle(title)).toBe('answers-to-questions');
    },
  );
});

describe('an interview’s hosts', () => {
  it('reads a radio host’s turns as the interviewer’s questions, a press conference’s moderator’s as remarks', () => {
    const lines = [
      'Gabriela Warkentin (GW), conductora: Es la voz del embajador. Buenos días.',
      'Christopher Landau (CL), embajador: Hola, Gabriela, buenos días.',
      'GW: Pues sí, exactamente, ayer fue mi gran día.',
      'CL: Felicidades.',
      'GW: Gracias, Embajador, por estar con nosotros.',
      'CL: A ustedes.',
    ];
    const interview = extractTranscript(page('Entrevista del embajador Christopher Landau en W Radio', lines), new URL('https://mx.usembassy.gov/x'), {
      force: true,
    }).transcript!;
    expect(interview.segments[2]!.kind).toBe('question');
    const conference = extractTranscript(page('Conferencia de prensa del embajador Christopher Landau', lines), new URL('https://mx.usembassy.gov/x'), {
      force: true,
    }).transcript!;
    expect(conference.segments[2]!.kind).toBe('remarks');
  });
});

describe('dashes inside answers, and Korean ambassadors "to X"', () => {
  it('reads dashes as list items where the questions carry their own labels', () => {
    const doc = page('[우루과이] 최연충 대사 / Monte Carlo TV / 인터뷰', [
      '질문 1 : 한국 국경일의 의의는 무엇인지?',
      'ㅇ 한국은 장구한 역사를 가진 나라입니다.',
      '- 한국의 국경일은 나라를 세운 날을 기리는 의미를 갖고 있습니다.',
      '질문 2 : 대사관에서 준비중인 행사는?',
      'ㅇ 그간 대사관에서는 문화행사를 준비해 왔습니다.',
      '- 한국전통예술단 공연이 있습니다.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.korean.net/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs.length])).toEqual([
      ['question', null, 1],
      ['answer', '최연충', 2],
      ['question', null, 1],
      ['answer', '최연충', 2],
    ]);
  });

  it('reads the name before "주…대사" and not the country in it', async () => {
    const { namesInTitle } = await import('../../lib/segment/title-names');
    expect(namesInTitle('최연충 주우루과이대사 / 2011.9.22 / Monte Carlo TV')).toEqual(['최연충']);
  });
});

describe('names alone on their line in bold', () => {
  it('reads "Deschauer (AA)" and "Vorsitzende Welty" in bold as labels, and a bold byline that does not recur as none', () => {
    const doc =
      parseDocument(`<html><head><title>Regierungspressekonferenz vom 24.10.2025</title></head><body><h1>Regierungspressekonferenz vom 24.10.2025</h1><div class="c-rte">
      <h2>Verschiebung der Reise des Bundesaußenministers nach China</h2>
      <p><strong>Deschauer (AA)</strong></p><p>Wie Sie einem Interview des Außenministers gestern entnehmen konnten, war die Reise geplant.</p>
      <p><strong>Frage</strong></p><p>Könnten Sie noch einmal schildern, woran genau es lag?</p>
      <p><strong>Deschauer (AA)</strong></p><p>Hierfür gehe ich „unter drei“.</p>
      <p><strong>Vorsitzende Welty</strong></p><p>Wir gehen „unter eins“.</p></div></body></html>`);
    const segments = extractTranscript(doc, new URL('https://www.auswaertiges-amt.de/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', 'Deschauer'],
      ['question', null],
      ['answer', 'Deschauer'],
      ['remarks', 'Welty'],
    ]);
    expect(matchLabel('JOHN HOWARD MP', 'JOHN HOWARD MP')).toMatchObject({ alone: true, strength: 'weak' });
    expect(matchLabel('المسيئة للرسول', 'المسيئة للرسول')).toBeNull();
  });

  it('reads the name in brackets after an office ("Presiden Republik Indonesia (Joko Widodo)")', async () => {
    const { readSpeaker } = await import('../../lib/segment/speakers');
    expect(readSpeaker('Presiden Republik Indonesia (Joko Widodo)')).toMatchObject({ name: 'Joko Widodo', official: true });
  });
});

describe('stenographic records', () => {
  it('reads a name in capitals ending with a full stop, with an office after a comma, where it recurs', () => {
    expect(matchLabel('PRESIDENTE. L’ordine del giorno reca l’audizione.')).toMatchObject({ text: 'PRESIDENTE', strength: 'weak' });
    expect(matchLabel('GIULIO TERZI DI SANT’AGATA, Ministro degli affari esteri. Presidente Stefani, onorevoli senatori.')).toMatchObject({
      raw: 'GIULIO TERZI DI SANT’AGATA, Ministro degli affari esteri.',
      text: 'GIULIO TERZI DI SANT’AGATA',
    });
    expect(matchLabel('NATO allies met today. They agreed.')).toBeNull();
  });
});

describe('an office no one on the page holds by name', () => {
  it('keeps the label and names no one ("外務大臣:" under a title that names no minister)', () => {
    const doc = page('外務大臣会見記録', ['外務大臣:本日、政務三役会議を開きました。', '記者:今後の方針は?', '外務大臣:検討しています。']);
    const transcript = extractTranscript(doc, new URL('https://www.mofa.go.jp/x'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.speaker, segment.label])).toEqual([
      [null, '外務大臣:'],
      [null, '記者:'],
      [null, '外務大臣:'],
    ]);
    expect(transcript.participants).toEqual([]);
  });

  it('still names a surname with its office ("玄葉大臣:")', async () => {
    const { readSpeaker } = await import('../../lib/segment/speakers');
    expect(readSpeaker('玄葉大臣')).toMatchObject({ name: '玄葉', officeOnly: false });
    expect(readSpeaker('外務大臣')).toMatchObject({ officeOnly: true });
  });
});

describe('bylines of interviews, hours, and off-the-record notices', () => {
  it.each(['(16時55分〜17時38分)', 'Propos recueillis par Jean Dupont', 'حوار/ضياء الدين بلال – لينا يعقوب', 'Es folgt ein Teil „unter drei“.'])(
    'drops %j',
    (line) => {
      expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
    },
  );
});

describe('the detector’s date hint for a listing’s teasers', () => {
  it.each(['12 октября 2024', '2024年10月8日', '03/12/23', '10월 8일', '令和5年1月5日'])('sees a date in %j', async (text) => {
    const { mayHoldDate } = await import('../../lib/text/date-hint');
    expect(mayHoldDate(text)).toBe(true);
  });
  it.each(['Read more', 'Page 12 of 40', 'Top 10 stories'])('sees none in %j', async (text) => {
    const { mayHoldDate } = await import('../../lib/text/date-hint');
    expect(mayHoldDate(text)).toBe(false);
  });
});

describe('question and answer words with a full stop, and in more languages', () => {
  it.each([
    ['Pregunta. Feijóo dice que por encima del derecho internacional…', 'question', 'strong'],
    ['Respuesta. Feijóo no comprende de lo que habla.', 'answer', 'strong'],
    ['P. El PP acusa al Gobierno…', 'question', 'weak'],
    ['R. No, en absoluto.', 'answer', 'weak'],
    ['Domanda. Ministro, che cosa…', 'question', 'strong'],
    ['Pregunta - ¿Qué pasa con Irán?', 'question', 'strong'],
    ['Vraag: Wat vindt u van het besluit?', 'question', 'strong'],
    ['Antwoord: Wij steunen het.', 'answer', 'strong'],
    ['Ερώτηση: Κύριε Υπουργέ, …', 'question', 'strong'],
    ['שאלה: מה עמדת הממשלה?', 'question', 'strong'],
    ['प्रश्न: क्या सरकार…', 'question', 'strong'],
    ['Întrebare: Domnule ministru…', 'question', 'strong'],
  ])('reads %j', (line, kind, strength) => {
    expect(matchLabel(line)).toMatchObject({ kind, strength });
  });

  it.each(['Thanks. We will take questions.', 'Pregunta. sin mayúscula', 'p. 12 of the report'])('reads no label in %j', (line) => {
    expect(matchLabel(line)).toBeNull();
  });

  it('reads El País’s interview: the lead is the editor’s, "P." after "Pregunta." asks', () => {
    const doc = page('José Manuel Albares: “Esta guerra afecta mucho más a Europa”', [
      'Viernes 6 marzo. Día D+6 de la guerra de Irán. Una quincena de países están ya directamente implicados en el conflicto.',
      'Pregunta. Feijóo dice que por encima del derecho internacional están los derechos humanos.',
      'Respuesta. Feijóo no comprende de lo que habla. Los derechos humanos son parte del derecho internacional.',
      'P. El PP acusa al Gobierno de ponerse de perfil.',
      'R. Nada más lejos de la realidad: España ha sido clara desde el primer día.',
    ]);
    const segments = extractTranscript(doc, new URL('https://elpais.com/espana/x.html'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'José Manuel Albares'],
      ['question', null],
      ['answer', 'José Manuel Albares'],
    ]);
  });
});

describe('kinds of transcript and the language in more languages', () => {
  it.each([
    ['Persconferentie minister-president na de ministerraad', 'press-conference'],
    ['Συνέντευξη Τύπου του Υπουργού Εξωτερικών', 'press-conference'],
    ['Συνέντευξη του Υπουργού Εξωτερικών στην ΕΡΤ', 'interview'],
    ['Rozhovor ministra zahraničí pro Český rozhlas', 'interview'],
    ['Conferinţă de presă susţinută de ministrul afacerilor externe', 'press-conference'],
    ['साप्ताहिक मीडिया ब्रीफिंग का प्रतिलेख', 'briefing'],
    ['Toespraak van minister Veldkamp bij de VN', 'remarks'],
    ['المتحدث باسم وزارة الخارجية قنغ شوانغ يعقد مؤتمرا صحفيا اعتياديا', 'press-conference'],
  ])('reads %j as %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  const empty = parseDocument('<html><body></body></html>');
  it.each([
    ['nl', 'De minister heeft vandaag gezegd dat het kabinet niet van plan is om de steun te verminderen, maar wij zijn het er ook mee eens.'],
    ['sv', 'Ministern sa att regeringen inte kommer att ändra sin politik och att det är för tidigt att säga något.'],
    ['da', 'Ministeren sagde, at regeringen ikke vil ændre sin politik, og at det er for tidligt at sige noget om det.'],
    ['cs', 'Ministr uvedl, že vláda nebude měnit svou politiku a že je příliš brzy na to, aby se něco říkalo, protože jsme'],
    ['ro', 'Ministrul a declarat că guvernul nu va schimba politica și că este prea devreme pentru a spune ceva în acest moment.'],
    ['hu', 'A miniszter azt mondta, hogy a kormány nem változtat a politikáján, és hogy még korai lenne bármit is mondani.'],
    ['fi', 'Ministeri sanoi, että hallitus ei muuta politiikkaansa ja että on liian aikaista sanoa mitään, mutta olemme valmiita.'],
    ['el', 'Ο υπουργός δήλωσε ότι η κυβέρνηση δεν θα αλλάξει την πολιτική της.'],
    ['he', 'השר אמר כי הממשלה לא תשנה את מדיניותה'],
    ['fa', 'وزیر امور خارجه گفت که دولت سیاست خود را تغییر نخواهد داد و این موضوع برای ما مهم است'],
    ['ar', 'قال وزير الخارجية إن الحكومة لن تغير سياستها وإن هذا الأمر مهم بالنسبة لنا'],
    ['bg', 'Министърът заяви, че правителството няма да промени политиката си и че е твърде рано да се каже нещо повече по въпроса.'],
    ['sr', 'Министар је рекао да влада неће мењати своју политику и да је прерано да се било шта каже, јер њихова одлука'],
    ['ru', 'Министр заявил, что правительство объявит о своих планах позже, и это было ожидаемо.'],
    ['fr', 'Le ministre a déclaré que le gouvernement ne changera pas de politique et qu’il est trop tôt pour le dire.'],
    ['it', 'Il ministro ha detto che il governo non cambierà la sua politica e che è troppo presto per dire altro.'],
  ])('reads %s from the text', (language, text) => {
    expect(detectLanguage(empty, new URL('https://example.org/'), text)).toBe(language);
  });
});

describe('offices alone, numbered askers, and "read also" in more languages', () => {
  it.each(['Đại sứ: Thứ nhất là tôi rất hoan nghênh', 'Juru bicara: Kami menyambut baik', 'Bộ trưởng: Chúng tôi'])(
    'reads the office alone in %j as a label',
    (line) => {
      expect(matchLabel(line)).toMatchObject({ kind: 'named', strength: 'strong' });
    },
  );

  it('reads no office in a sentence that opens with "The"', () => {
    expect(matchLabel('The minister: a man of few words')?.strength).not.toBe('strong');
  });

  it('reads a numbered outlet as the asker, and the unlabelled paragraph after its question as the answer (Vietnam’s MOFA)', () => {
    const doc = page('Họp báo thường kỳ của Bộ Ngoại giao', [
      '<p><b>1. Sputnik: Hải quân Việt Nam đã điều tàu hộ vệ ra diễn tập. Xin bà cho biết thêm thông tin?</b></p>',
      'Chúng tôi không có thông tin về hoạt động như phóng viên hỏi.',
      '<p><b>2. Reuters: Bà có bình luận gì về tuyên bố của Trung Quốc?</b></p>',
      'Lập trường của Việt Nam về vấn đề này là nhất quán và đã được khẳng định nhiều lần.',
    ]);
    const segments = extractTranscript(doc, new URL('https://mofa.gov.vn/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it.each([
    'Baca Juga: Wawancara lainnya',
    'Leggi anche: Tajani a Bruxelles',
    'Leia também: Lula em Paris',
    'Czytaj też: Sikorski w Kijowie',
    'Xem thêm: Họp báo',
    'اقرأ أيضا: لافروف في تونس',
    'FONTE: Terra Magazine',
    'Postar um comentário',
    'أسئلة شائعة',
  ])('drops %j', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });

  it.each([
    ['ĐẠI SỨ NGUYỄN QUỐC CƯỜNG TRẢ LỜI PHỎNG VẤN VIỆT WEEKLY', ['Nguyễn Quốc Cường']],
    ['Lebih Dekat, Lebih Akrab Dengan Bapak Dubes RI Untuk Australia, Dr. Siswo Pramono', ['Siswo Pramono']],
    ['José Manuel Albares: “Esta guerra afecta mucho más a Europa”', ['José Manuel Albares']],
  ])('reads the names in %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });
});

describe('speeches named by their kind in more words, and the holder of an office a few words on', () => {
  it.each([
    ['Eröffnungsrede des Bundespräsidenten beim Europaforum', 'remarks'],
    ['Neujahrsansprache 2024', 'remarks'],
    ['국립외교원 60주년 기념식 장관님 환영사', 'remarks'],
    ['강경화 제38대 외교부 장관 취임사', 'remarks'],
    ['"Bundespräsident und Außenpolitik" - Vortrag von Bundespräsident Heinz Fischer', 'remarks'],
    ['Keynote by the Secretary-General at the Summit', 'remarks'],
  ])('reads %j as %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  it.each([
    ['Стенограмма выступления Президента Беларуси Александра Лукашенко на торжественном собрании', ['Александра Лукашенко']],
    ['Globe trotter: in 72 ore il ministro degli Esteri e vicepremier Antonio Tajani era a Washington', ['Antonio Tajani']],
    ['Remarks With Foreign Minister Of Japan Yoko Kamikawa At A Joint Press Availability', ['Yoko Kamikawa']],
    ['Minister Lavrov’s remarks at the UN Security Council, New York', ['Lavrov']],
    ['Ucraina, Di Maio: «Conferenza di pace, l’Italia garante»', ['Di Maio']],
  ])('reads the names in %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });

  it('gives an interview’s unlabelled answers to the guest its lead names after an office', () => {
    const doc = page('Dopo il board of peace a Washington, si arriverà a una vera pace?', [
      'Globe trotter: in 72 ore il ministro degli Esteri e vicepremier Antonio Tajani era a Washington, come osservatore.',
      '<h2>Lo stop della Corte suprema ai dazi di Trump cambia tutto?</h2>',
      '"È sempre una buona notizia quando si tolgono i dazi, ma è possibile che non ci saranno grandi cambiamenti."',
      '<h2>Si arriverà a una vera pace e ricostruzione?</h2>',
      '"Non sarà facile, ma questo è l’obiettivo. Dobbiamo arrivare a chiudere la stagione della guerra."',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.ilgiornale.it/news/x.html'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'Antonio Tajani'],
      ['question', null],
      ['answer', 'Antonio Tajani'],
    ]);
  });
});

describe('interviews whose questions are plain paragraphs', () => {
  const lines = [
    '<p><em>Ambasciatore Cosimo Risi, l’Ucraina entrerà nella NATO e nell’UE?</em><br>Nella NATO è poco probabile. Per l’adesione all’Unione Europea c’è stata un’accelerazione, ma i negoziati prevedono tempi lunghi.</p>',
    '<p><em>E la “sonnacchiosa” India?</em><br>L’India ha una popolazione pari se non superiore alla Cina, i problemi interni la inducono ad un profilo basso.</p>',
    '<p><em>Sulla reazione alla pandemia. Chi ha fatto bene e chi meno bene?</em><br>In ambito europeo, l’Italia ha reagito con tempestività, prima con le chiusure e poi con la campagna vaccinale di massa.</p>',
  ];

  it('finds the interview, and reads each short paragraph that asks as a question and what follows as the guest’s answer', () => {
    const transcript = read(page('L’attualità internazionale: intervista a Cosimo Risi', lines), 'https://www.salernonotizie.it/2023/01/30/x');
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Cosimo Risi'],
      ['question', null],
      ['answer', 'Cosimo Risi'],
      ['question', null],
      ['answer', 'Cosimo Risi'],
    ]);
  });

  it('reads no plain questions where the title names no interview', () => {
    const result = extractTranscript(
      page('L’attualità internazionale in questo scorcio di anno', lines),
      new URL('https://www.salernonotizie.it/2023/01/30/x'),
    );
    expect(result.detected).toBe(false);
  });
});

describe('an editor’s lead before an interview’s first question', () => {
  it('reads a whole lead as the editor’s before a bold question on a page of no kind, and names the guest from any of its paragraphs', () => {
    const doc = page('Berita Terbaru dan Terkini Hari Ini', [
      'Suara.com - Meski termasuk negara tetangga yang berbatasan langsung, hubungan diplomatik Indonesia dan Papua Nugini jarang terdengar.',
      'Belum lama ini, di sela-sela sebuah acara di Kementerian Luar Negeri di Jakarta, Suara.com berkesempatan berbincang.',
      'Berikut petikan wawancara khusus Suara.com dengan Dubes RI Andriana Supandi pada kesempatan itu:',
      '<p><b>Bagaimana hubungan kedua negara saat ini?</b></p>',
      'Hubungan kita sangat baik, dan terus berkembang di banyak bidang kerja sama.',
      '<p><b>Berapa lama perjalanan dari Papua Nugini ke Jakarta?</b></p>',
      'Kemarin kami terbang dari Port Moresby, ke Singapura dulu, hampir enam jam lamanya.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.suara.com/news/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs.length])).toEqual([
      ['remarks', null, 3],
      ['question', null, 1],
      ['answer', 'Andriana Supandi', 1],
      ['question', null, 1],
      ['answer', 'Andriana Supandi', 1],
    ]);
  });

  it('keeps a spokesperson’s announcements after a lead that announces a press conference', () => {
    const doc = page('外交部:青蛙的鼓噪岂能阻止牛到河边饮水', [
      '人民网讯 据外交部网站消息,外交部发言人耿爽主持13日例行记者会。记者会实录如下:',
      '一、应世界经济论坛创始人兼执行主席施瓦布邀请,国务院副总理韩正将于1月20日至21日出席达沃斯论坛年会。',
      '问:伊朗军方承认意外击落乌克兰客机。中方对此有何评论?',
      '答:中方对发生乌克兰客机坠毁这起悲剧感到痛心,对遇难者表示深切哀悼。',
    ]);
    const segments = extractTranscript(doc, new URL('http://www.people.com.cn/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['remarks', '耿爽'],
      ['question', null],
      ['answer', '耿爽'],
    ]);
  });

  it.each([
    '(Dân trí) - Đại sứ Mỹ Daniel Kritenbrink cho biết',
    'Kinhtedothi - Tại cuộc họp báo công bố',
    'Wywiad Ambasadora RP Mateusza Gniazdowskiego dla miesięcznika Zwrot',
  ])('reads %j as an editor’s opening', (opening) => {
    const doc = page('Rozhovor', [`${opening} kết quả.`, 'Question: What is next?', 'Answer: We will see what the talks bring.']);
    const segments = extractTranscript(doc, new URL('https://example.org/x'), { force: true }).transcript!.segments;
    expect(segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
  });
});

describe('letters with a full stop, contents headings, and more offices', () => {
  it('reads no question in "D. Carlos de Icaza, …" salutations, however often they recur', () => {
    const doc = page('Discurso del Embajador en la Fiesta Nacional', [
      'D. Carlos de Icaza, Subsecretario de Relaciones Exteriores,',
      'D. Francisco Maass Peña, Subsecretario de Calidad y Regulación,',
      'D. José Alberto Rodríguez Calderón, Subprocurador de Asuntos Internacionales,',
      'Señoras y señores: es para mí un honor celebrar con ustedes la Fiesta Nacional de España en este año.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.exteriores.gob.es/Embajadas/x'), { force: true }).transcript!.segments;
    expect(segments.filter((segment) => segment.kind === 'question')).toEqual([]);
  });

  it.each(['【主な項目】冒頭発言:就任にあたって', '主な項目: 冒頭発言', 'Sommaire : Ukraine, Liban'])('reads no label in %j', (line) => {
    expect(matchLabel(line)).toBeNull();
  });

  it.each([
    ['"Bundespräsident und Außenpolitik" - Vortrag von Bundespräsident Heinz Fischer', ['Heinz Fischer']],
    ['국립외교원 60주년 기념식 장관님 환영사', []],
    ["اكد وزير الخارجية 'محمد جواد ظريف' ان العلاقات مع الجيران", ['محمد جواد ظريف']],
  ])('reads the names in %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });

  it.each(['وإليكم نص المقابلة:', 'Here is the full text of the interview:', 'Voici le texte intégral de l’entretien :'])(
    'drops the announcement %j',
    (line) => {
      expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
    },
  );
});

describe('a blog’s marks before labels', () => {
  it('reads "| Q." as the label, and drops a banner between pipes', () => {
    expect(matchLabel('| Q. Le ministre déclare ce matin qu’il importe…')).toMatchObject({ kind: 'question', text: 'Q' });
    expect(keptTexts([block(BEFORE), block('| Quai d’Orsay | Point de presse du 10 novembre 2017 | Extraits |'), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });
});

describe('dates in more languages and digits', () => {
  it.each([
    ['الإثنين ١٤ يناير ٢٠١٩ - ١١:٠٦ بتوقيت غرينتش', '2019-01-14'],
    ['09 GEN 2026', '2026-01-09'],
    ['Αθήνα, 8 Απριλίου 2005', '2005-04-08'],
    ['Thứ hai, 25 Tháng 9 2017 11:16', '2017-09-25'],
    ['5. října 2021', '2021-10-05'],
    ['12 octombrie 2023', '2023-10-12'],
    ['14 maart 2024', '2024-03-14'],
    ['3 maj 2022', '2022-05-03'],
    ['12 सितंबर 2023', '2023-09-12'],
    ['۱۲ مارس ۲۰۲۳', '2023-03-12'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('reads no date in words that only look like abbreviated months ("the set 2017 list")', () => {
    expect(findDate('the set 2017 list')).toBeNull();
  });
});

describe('the headings of a news site’s modules are no headline', () => {
  it.each(['Leggi anche', 'Lo más leído', 'Articoli Recenti', 'اقرأ أيضا', 'Главные новости', 'Diğer Haberler', 'Most read'])(
    'reads no headline in %j, the only heading left on a page whose copy lost its own',
    (heading) => {
      const doc = parseDocument(
        `<!doctype html><html><head><title></title></head><body><main><p>Ambasciatore, che cosa cambia per l’Italia dopo le elezioni americane?</p></main><aside><h3>${heading}</h3><ul><li><a href="/a">Altro</a></li></ul></aside></body></html>`,
      );
      expect(guessHeadline(doc, MODULE_HEADING).text).toBe('');
      expect(extractTranscript(doc, new URL('https://example.org/x'), { force: true }).transcript?.title ?? '').toBe('');
    },
  );
});

describe('a web chat’s "Name says:"', () => {
  it('reads "Laila Freivalds säger:" as her label, and a name alone before "säger: …" as the asker’s', () => {
    expect(matchLabel('Laila Freivalds säger: Så är det vid alla statsbesök.')).toMatchObject({ kind: 'named', text: 'Laila Freivalds' });
    const doc = page('Chatt med utrikesministern Laila Freivalds', [
      '<p><b>Domaren</b></p>',
      'säger: För mig har den senaste tidens händelser blåsts upp. Vad tycker du?',
      'Laila Freivalds säger: Vi kommenterar inte statschefens uttalande.',
      '<p><b>Lemmy</b></p>',
      'säger: Har du själv varit i Brunei?',
      'Laila Freivalds säger: Nej.',
    ]);
    const segments = extractTranscript(doc, new URL('https://www.aftonbladet.se/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['question', 'Domaren', 'För mig har '],
      ['answer', 'Laila Freivalds', 'Vi kommenter'],
      ['question', 'Lemmy', 'Har du själv'],
      ['answer', 'Laila Freivalds', 'Nej.'],
    ]);
  });
});

describe('names with particles, dash labels of Portuguese papers, and credits', () => {
  it.each([
    ['Ursula von der Leyen', 'Ursula von der Leyen', false],
    ['Francisco Seixas da Costa', 'Francisco Seixas da Costa', false],
    ['Jean-Yves Le Drian', 'Jean-Yves Le Drian', false],
    ['Minister of Foreign Affairs of the Republic of Korea Cho Tae-yul', 'Cho Tae-yul', true],
    ['Antony J. Blinken', 'Antony J. Blinken', false],
    ['Rt Hon David Lammy MP', 'David Lammy', false],
    ['Secretary-General António Guterres', 'António Guterres', true],
    ['Official Spokesperson, Shri Randhir Jaiswal', 'Randhir Jaiswal', true],
    ['Посол России в Индии Д.Алипов', 'Д.Алипов', true],
    ['Sergey Lavrov (Russian Foreign Minister)', 'Sergey Lavrov', true],
    ['Frau Baerbock', 'Baerbock', false],
    ['Bundesaußenministerin Annalena Baerbock', 'Annalena Baerbock', true],
    ['Menlu Retno Marsudi', 'Retno Marsudi', true],
    ['Lord Cameron', 'Cameron', false],
  ])('reads the speaker %j as %j', async (label, name, official) => {
    const { readSpeaker } = await import('../../lib/segment/speakers');
    expect(readSpeaker(label)).toMatchObject({ name, official });
  });

  it('reads "DE - …" and "Francisco Seixas da Costa -Não." as labels where they recur, and "FSC -" as his initials', () => {
    expect(matchLabel('INTELLIGENCE MATTERS - TONY BLINKEN')).toBeNull();
    const doc = page('Entrevista ao Diário Económico', [
      'DE - Sempre quis ser diplomata?',
      'Francisco Seixas da Costa -Não. Foi uma mera casualidade. Estava no serviço militar.',
      'DE - E ficou.',
      'FSC - Fiquei. Éramos umas largas centenas para cerca de vinte lugares.',
      'DE - Nunca se arrependeu?',
      'FSC - Não. Fui gostando mais à medida que evolui na profissão.',
    ]);
    const segments = extractTranscript(doc, new URL('https://travessadoferreira.blogspot.com/x'), { force: true }).transcript!.segments;
    expect(segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'DE'],
      ['answer', 'Francisco Seixas da Costa'],
      ['question', 'DE'],
      ['answer', 'Francisco Seixas da Costa'],
      ['question', 'DE'],
      ['answer', 'Francisco Seixas da Costa'],
    ]);
  });

  it.each(['Subjects: ASEAN Australia Summit; Relationship with China; US alliance.', 'Röportaj: Serhat Şabap', 'Rozmawiała Anna Nowak'])(
    'drops %j',
    (line) => {
      expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, AFTER]);
    },
  );
});

describe('Japanese minutes’ contents', () => {
  it('drops the contents that open on "【主な項目】"’s own line and their circled entries', () => {
    const kept = keptTexts(
      [
        block('【主な項目】冒頭発言: 就任にあたって'),
        block('【質疑応答】'),
        block('◯日中関係'),
        block('◯日韓関係'),
        block('【岩屋大臣】霞クラブの皆さん、こんにちは。この度、外務大臣を拝命いたしました。'),
      ],
      '岩屋毅外務大臣就任会見記録',
    );
    expect(kept).toEqual(['【岩屋大臣】霞クラブの皆さん、こんにちは。この度、外務大臣を拝命いたしました。']);
  });
});

describe('names in titles, as interviews and reposts write them', () => {
  it.each([
    // An office's posting names a place: the holder is before it, or after it.
    ['H.E. Sandra McCardell, Canadian High Commissioner to South Africa', ['Sandra McCardell']],
    ['Ambassador to Japan Rahm Emanuel on the alliance', ['Rahm Emanuel']],
    ['Ambassador Smith in Moscow', ['Smith']],
    // A surname in capitals, as Chinese and French pages write it.
    ['Interview accordée par l’Ambassadeur LU Shaye à LCI', ['LU Shaye']],
    ['Foreign Minister Sergey LAVROV remarks', ['Sergey LAVROV']],
    // A surname alone: after a hyphenated office, and between "Interview" and a colon.
    // (A name inside the quotation is the quoted words', not a speaker.)
    ['DE-Botschafter Beste: „Neben China und Indien sind wir alle klein“', ['Beste']],
    ['Interview Zijlstra: Russen vinden het ongetwijfeld fijn dat ik een fout maak', ['Zijlstra']],
    // A possessive before an office is the office's country: the holder follows.
    ['Amerika Birleşik Devletleri’nin bir önceki Ankara Büyükelçisi Francis Ricciardone, Hürriyet’e konuştu', ['Francis Ricciardone']],
    ['Erdoğan’ın Dışişleri Bakanı Mevlüt Çavuşoğlu', ['Mevlüt Çavuşoğlu']],
    // Vietnamese names the office's country between the office and the holder.
    ['Đại sứ Mỹ David Shear, khi trả lời phỏng vấn', ['David Shear']],
    ['Đại sứ Việt Nam Nguyễn Quốc Cường trả lời', ['Nguyễn Quốc Cường']],
    ['Phỏng vấn Đại sứ Hoa Kỳ Ted Osius', ['Ted Osius']],
    // A courtesy title before a surname: a question that addresses the guest.
    ['Herr Riedel, Sie sind seit Oktober 2017 deutscher Botschafter in Bern.', ['Riedel']],
    // A quote after a Chinese name.
    ['外交部发言人姜瑜“在关心到中国国家利益的问题上,我比男人更加强硬”', ['姜瑜']],
    // Not names: an office and its country; a word in capitals that no office comes before.
    ['Ambassadeur de France', []],
    ['Remarks by the US Ambassador to the UN at the UNSC', []],
  ])('%j names %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });
});

it('never takes the place of a posting after "tại" for a name (the country before it is still read as one: no list of countries)', () => {
  expect(namesInTitle('Phỏng vấn Đại sứ Việt Nam tại Nhật Bản')).not.toContain('Nhật Bản');
});

describe('the speaker named in an opening line that is not a turn', () => {
  it('answers by the spokesperson a dropped dated line names after the office', () => {
    // Lines parted by <br>, the dated line first, the headline in a box of its own with a share
    // bar after it, the text too long to be read as a dateline: a news site's repost of a briefing.
    const title = '外交部就朝韩重启板门店热线、中印关系等答问(全文)';
    const lines = [
      '2018年1月3日外交部发言人耿爽主持例行记者会',
      '问:据报道,朝鲜宣布将从今日下午起重启板门店热线。中方对此有何评论?',
      '答:我们看到了有关报道。中方欢迎并支持朝韩双方改善相互关系。',
      '问:美国总统特朗普发“推特”表示,他也有一个核按钮。中方对此有何评论?',
      '答:我昨天回答了类似问题。希望所有有关各方都能保持克制。',
      '我昨天也说过,半岛核问题的本质是安全问题,核心是朝美矛盾。朝鲜和美国是半岛核问题的直接当事方,我们希望双方能尽早恢复对话,建立互信,而不是相互逞强。',
    ];
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><div class="title"><h1>${title}</h1></div><div class="share">分享到:微信 微博</div><div class="con"><div class="text">${lines.join('<br>\n')}</div></div></body></html>`,
    );
    const transcript = read(doc, 'https://news.example.cn/2018/0103/briefing.html');
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['耿爽', '耿爽']);
  });
});

describe('labels of the new batches', () => {
  it('reads "Q." and "A." with no space before Korean text', () => {
    expect(matchLabel('Q.과학이나 수학처럼 외교관에게도 외교관들만의 용어가 있나요?')).toMatchObject({
      kind: 'question',
      rest: '과학이나 수학처럼 외교관에게도 외교관들만의 용어가 있나요?',
    });
    expect(matchLabel('A.네,흔히 다른나라에 출장을 나갔을때 쓰는 말이 있어요.')).toMatchObject({
      kind: 'answer',
      rest: '네,흔히 다른나라에 출장을 나갔을때 쓰는 말이 있어요.',
    });
    // Latin initials glued to a name are no label.
    expect(matchLabel('A.B. Smith said the talks would go on.')).toBeNull();
  });

  it("reads a web chat's labels: a user name in square brackets, the answer's word alone on its line", () => {
    expect(matchLabel('QUESTION [vpekic]: Dear Mr. Ambassador,')).toMatchObject({ kind: 'question', rest: 'Dear Mr. Ambassador,' });
    expect(matchLabel('Q [Tony]: Where does Serbia need the most work?')).toMatchObject({ kind: 'question' });
    expect(matchLabel('ANSWER [Ambassador Michael Polt]')).toMatchObject({ kind: 'answer', rest: '' });
    expect(matchLabel('Answer')).toMatchObject({ kind: 'answer', rest: '' });
    // Brackets after a word that is no question or answer word are no label.
    expect(matchLabel('Update [October 27]')).toBeNull();
  });

  it('reads Vietnamese "Ðáp" written with the Icelandic eth, and "Câu 1:" as a question', () => {
    expect(matchLabel('Ðáp: Mối quan hệ giữa hai nước vẫn còn mới.')).toMatchObject({ kind: 'answer' });
    expect(matchLabel('Câu 1: Xin Đại sứ cho biết cảm nghĩ về việc được bổ nhiệm?')).toMatchObject({ kind: 'question' });
  });

  it.each([
    ['Director General de Comunicación Social, Eduardo del Río', 'Eduardo del Río'],
    ['Subsecretaria para América Latina y el Caribe, Vanessa Rubio Márquez', 'Vanessa Rubio Márquez'],
    ['Official Spokesperson, Shri Randhir Jaiswal', 'Randhir Jaiswal'],
    ['Sergey Lavrov, Minister of Foreign Affairs', 'Sergey Lavrov'],
    ['Foreign Minister Lavrov, Sputnik', 'Lavrov'],
  ])('names %j "%s": an office that runs on to the comma has the name after it', (label, name) => {
    expect(readSpeaker(label)).toMatchObject({ name, official: true });
  });

  it.each([
    ['关于吉林媒体科普核武事件 外交部发言人幽默回应', []],
    ['外交部发言人华春莹强调中方立场', ['华春莹']],
    ['中俄印外长第十五次会晤将于12月11日在印度新德里举行,王毅外长将率团出席。', []],
    ['財政司司長曾俊華會見傳媒', ['曾俊華']],
  ])('reads in %j no verb or adverb after an office as a name: %j', (text, names) => {
    expect(namesInTitle(text)).toEqual(names);
  });
});

describe('an interview whose bold questions share their paragraph with the answer, a line break between', () => {
  it('is found, with no kind word in its title, and read as questions and answers', () => {
    const exchanges = [
      [
        'Herr Riedel, Sie sind seit Oktober 2017 deutscher Botschafter in Bern. Ist der Posten in Bern nicht etwas langweilig?',
        'Nein. Die Schweizer machen sich gerne und mit Freude klein und bescheiden. Für mich ist es ein Privileg, hier Botschafter zu sein.',
      ],
      [
        'Gibt es denn viele Anlässe und Empfänge in Bern, die man als Botschafter besuchen muss?',
        'Zunächst bin ich für die Beziehungen zwischen der Schweiz und Deutschland zuständig. Ich habe mit allen Bundesräten zu tun.',
      ],
      [
        'Kontakte zu Botschaftern aus Nicht-EU-Ländern sind also eher seltener?',
        'Häufige Kontakte bestehen auch zu anderen wichtigen Partnern wie den USA oder Israel. Aber auch mit meinen russischen Kollegen.',
      ],
      [
        'Wie erleben Sie das Quartier Kirchenfeld, in dem so viele Botschaften stehen?',
        'Wir sind hier nicht im eigenen Saft, und das schätze ich sehr. Ich gehe gern zu Fuss zur Arbeit.',
      ],
    ];
    const transcript = read(
      page(
        '«Nicht nur im eigenen Saft»',
        exchanges.map(([question, answer]) => `<p><strong>${question}</strong><br>\n${answer}</p>`),
      ),
      'https://www.derbund.ch/nicht-nur-im-eigenen-saft-123.html',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual([
      'question',
      'answer',
      'question',
      'answer',
      'question',
      'answer',
      'question',
      'answer',
    ]);
  });
});

describe('a web chat with an ambassador', () => {
  it("names each asker by the user name in the question label's brackets", () => {
    const transcript = read(
      page('“Ask the Ambassador” webchat transcript', [
        'QUESTION [vpekic]: Dear Mr. Ambassador, what have been your personal views on the referendum?',
        'ANSWER [Ambassador Michael Polt]',
        'The most important element of the referendum was the free, democratic and peaceful expression of the will of the people.',
        'Q [Tony]: Where does Serbia need the most work? What kind of investment is the USA providing?',
        'A: In your economy, of course, to create more and better jobs for all. We are investing in virtually all sectors.',
        'Q [Tony]: When would you guess that Serbia would get into the EU?',
        'A: As soon as you are ready. Your future development is in your hands, not in those of outsiders.',
      ]),
      'https://blog.example.org/2006/10/polt-webchat.html',
    );
    const questions = transcript.segments.filter((segment) => segment.kind === 'question');
    expect(questions.map((segment) => segment.speaker)).toEqual(['vpekic', 'Tony', 'Tony']);
    expect(transcript.segments.filter((segment) => segment.kind === 'answer')).toHaveLength(3);
  });
});

describe('the standfirst under the headline', () => {
  it('names the guest of an interview whose title and body name no one', () => {
    const title = '"Não haverá sacrifício das políticas sociais"';
    const exchanges = [
      [
        'Os esforços diplomáticos têm redundado em sucessivos fracassos. Continua a acreditar na negociação?',
        'O ministro dos Negócios Estrangeiros tem, nem que seja por dever de ofício, de acreditar na possibilidade de solução.',
      ],
      [
        'Tem salientado a necessidade de prudência quanto à intervenção da NATO. Acredita que não chegaremos a esse cenário?',
        'Acredito que não. A NATO é uma aliança defensiva e tem mostrado toda a prudência necessária neste conflito.',
      ],
      [
        'O Governo vai rever as políticas sociais por causa da guerra?',
        'Não haverá sacrifício das políticas sociais. O Orçamento protege os rendimentos das famílias e das empresas.',
      ],
    ];
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
        '<div class="lead"><p>Num mundo que fervilha, a diplomacia tornou-se mais imprescindível do que nunca. O ministro dos Negócios Estrangeiros, Augusto Santos Silva, acredita que a solução política é o caminho.</p></div>' +
        `<div class="article-body">${exchanges.map(([question, answer]) => `<p><strong>${question}</strong></p><p>${answer}</p>`).join('')}</div></article></body></html>`,
    );
    const transcript = read(doc, 'https://www.tsf.pt/portugal/politica/nao-havera-sacrificio.html');
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Augusto Santos Silva',
      'Augusto Santos Silva',
      'Augusto Santos Silva',
    ]);
  });
});

describe('a news title\'s "Surname: quote"', () => {
  it('names the person quoted where the opening names them, in full', () => {
    const lead = 'Sul tavolo alla Farnesina una serie di emergenze, il vertice con gli omologhi, dove Antonio Tajani, ministro degli Esteri italiano, andrà.';
    expect(surnameBeforeColon('Navi Ong migranti, Tajani: linea dura, Europa egoista', [lead])).toBe('Antonio Tajani');
    expect(surnameBeforeColon('Çavuşoğlu: Gözlerimden yaşlar geldi', ['Dışişleri Bakanı Çavuşoğlu konuştu.'])).toBe('Çavuşoğlu');
  });

  it('takes no place or topic before a colon, nor a word the text does not repeat', () => {
    expect(surnameBeforeColon('Ucraina: Tajani incontra Kuleba', ['In Ucraina la guerra continua.'])).toBeNull();
    expect(surnameBeforeColon('Navi Ong migranti, Tajani: linea dura', ['Il ministro degli Esteri andrà a Bruxelles.'])).toBeNull();
    expect(surnameBeforeColon('Brexit: what next', ['Brexit has happened.'])).toBeNull();
  });
});

describe('a wire copy of a transcript', () => {
  it('reads the label after the dateline that opens the first paragraph', () => {
    expect(matchLabel('Washington, DC — SECRETARY KERRY: Well, good afternoon and hello.')).toMatchObject({
      raw: 'Washington, DC — SECRETARY KERRY:',
      text: 'SECRETARY KERRY',
      rest: 'Well, good afternoon and hello.',
    });
    // A sentence of a news report after a dateline is no label.
    expect(matchLabel('Paris — Le ministre a dit: non.')).toBeNull();
    // An Italian agency's dateline in capitals and a dash, its words in lower case after it.
    expect(matchLabel('ROMA – focus/ aise – Riportiamo in sintesi tre interviste')).toBeNull();
    expect(matchLabel('LAVROV – Nous avons discuté de la situation.')).toMatchObject({ text: 'LAVROV', rest: 'Nous avons discuté de la situation.' });
  });

  it.each([
    'The Transcript was released by the U.S. Mission in Nigeria, Public Affairs Section.',
    'Originally published by the Ministry of Foreign Affairs of Japan.',
  ])("drops the reposter's note %j", (note) => {
    expect(keptTexts([block(BEFORE), block(AFTER), block(note)])).toEqual([BEFORE, AFTER]);
  });

  it.each(['...', '…', '[...]', '(…)'])('drops %j alone, the mark of text left out', (mark) => {
    expect(keptTexts([block(BEFORE), block(mark), block(AFTER)])).toEqual([BEFORE, AFTER]);
  });
});

describe('a Chinese repost of a briefing', () => {
  it('reads "答:" before a date as the answer\'s label', () => {
    expect(matchLabel('答:11月24日,菲律宾移民局在一次打击非法网络赌博的行动中拘留了大量中国公民。')).toMatchObject({
      kind: 'answer',
      rest: '11月24日,菲律宾移民局在一次打击非法网络赌博的行动中拘留了大量中国公民。',
    });
  });

  it("drops a photo's caption between paragraphs, not an editor's line that goes on", () => {
    expect(keptTexts([block(BEFORE), block('2016年11月28日,外交部发言人耿爽举行例行记者会。'), block(AFTER)])).toEqual([BEFORE, AFTER]);
    const intro = '2022年8月2日,外交部发言人华春莹主持例行记者会,部分内容如下。';
    expect(keptTexts([block(BEFORE), block(intro), block(AFTER)])).toEqual([BEFORE, intro, AFTER]);
  });
});

describe('separators', () => {
  it.each(['* * *', '======', '__________________________', '———', '- - -', '_________________   |   ________________'])(
    '%j ends a turn and is no text of it',
    (line) => {
      expect(SEPARATOR.test(line)).toBe(true);
    },
  );

  it.each(['* * *', '———', '======'])('%j is kept by the furniture rules, for the turn to end at', (line) => {
    expect(keptTexts([block(BEFORE), block(line), block(AFTER)])).toEqual([BEFORE, line, AFTER]);
  });

  it.each(['=== Q&A ===', '*-*', '--', '___ | text | ___'])('%j is no separator', (line) => {
    expect(SEPARATOR.test(line)).toBe(false);
  });
});

describe("the event's date on a repost", () => {
  const lines = [
    '问:据报道,朝鲜宣布将从今日下午起重启板门店热线。中方对此有何评论?',
    '答:我们看到了有关报道。中方欢迎并支持朝韩双方改善相互关系,推动缓和半岛局势。',
    '问:中方对美方的表态有何回应?',
    '答:我们希望有关各方都能保持克制,多说有利于促进局势缓和的话,多做有利于推动恢复和谈的事。',
  ];
  const title = '外交部发言人耿爽就朝韩热线等答问';

  it("is the body's dated opening line, not the publication line with its source under the headline", () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><div class="tit"><h1>${title}</h1></div><div class="info">2017年12月07日 15:46:00 来源:外交部网站</div>` +
        `<div class="txt"><p>2017年12月6日外交部发言人耿爽主持例行记者会</p>${lines.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`,
    );
    expect(read(doc, 'https://china.example.com.cn/gnxw/201712/t20171207_1.shtml').date).toBe('2017-12-06');
  });

  it("is a photo's dated caption between the answers, where the opening has none", () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><div class="tit"><h1>${title}</h1></div><div class="share">分享到:微信 微博</div>` +
        `<div class="txt">${lines
          .slice(0, 2)
          .map((line) => `<p>${line}</p>`)
          .join('')}<p>2016年11月28日,外交部发言人耿爽举行例行记者会。</p>${lines
          .slice(2)
          .map((line) => `<p>${line}</p>`)
          .join('')}</div></body></html>`,
    );
    expect(read(doc, 'https://www.example.com/nyxw/2593.html').date).toBe('2016-11-28');
  });

  it("is not today's date over a clock that the body opens with", () => {
    const doc = page('Presidents of Russia and France made press statements and answered media questions', [
      '10 April 2020',
      'Moscow: 15:46',
      'President of France Emmanuel Macron (retranslated): I will say a few words to the press and answer a few questions.',
      'President of Russia Vladimir Putin: Thank you. I am very happy to be here, in this symbolic place on the Mediterranean.',
      'Question: What do you expect from the talks today, Mr President?',
      'President of Russia Vladimir Putin: We expect a frank discussion of all the questions on our agenda.',
    ]);
    expect(read(doc, 'https://www.rusemb.example/article/551').date).toBeNull();
  });
});

describe('a labelled question set wholly in bold', () => {
  it('is answered by the plain paragraph after it, with no question mark', () => {
    const transcript = read(
      page('Phỏng vấn Đại sứ Việt Nam tại Nhật Bản', [
        '<p><strong>Câu 1: Xin Đại sứ cho biết cảm nghĩ về việc được bổ nhiệm làm Đại sứ Đặc mệnh toàn quyền của Việt Nam tại Nhật Bản</strong></p>',
        'Tôi là nhà ngoại giao chuyên nghiệp, được bổ nhiệm làm Đại sứ tại Nhật Bản là một vinh dự lớn đối với tôi.',
        '<p><strong>Câu 2: Xin Đại sứ cho biết cảm nhận về đất nước Nhật Bản</strong></p>',
        'Mới sang Nhật Bản được một tháng, nhưng tôi đã cảm nhận được sự thân thiện của người dân Nhật Bản.',
      ]),
      'https://vnembassy-jp.example.org/vi/node/128',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('a Korean embassy named in a title', () => {
  it.each(['주피지 대한민국 대사관', '주미 대한민국 대사관 공지사항'])('names no one: %j', (title) => {
    expect(namesInTitle(title)).toEqual([]);
  });

  it('leaves an ambassador named before the office', () => {
    expect(namesInTitle('이수혁 대사 인터뷰')).toContain('이수혁');
  });
});

describe('a country alone after a Vietnamese office', () => {
  it('names no one ("… qua góc nhìn Đại sứ Mỹ": the US ambassador)', () => {
    expect(namesInTitle('Chặng đường 25 năm phi thường của quan hệ Việt - Mỹ qua góc nhìn Đại sứ Mỹ')).toEqual([]);
  });

  it('still leaves the holder after it', () => {
    expect(namesInTitle('Đại sứ Mỹ David Shear trả lời phỏng vấn')).toEqual(['David Shear']);
  });
});

describe('a Turkish official addressed as "my minister"', () => {
  it.each(['Sayın Müsteşarım öncelikle nazik kabulleriniz için teşekkür ederiz', 'Sayın Bakanım, hoş geldiniz'])('names no one: %j', (text) => {
    expect(namesInTitle(text)).toEqual([]);
  });

  it('leaves the holder a headline names after the office', () => {
    expect(namesInTitle("Tacikistan'ın Ankara Büyükelçilik Müsteşarı Parviz Sodiqi: Bir Meslek Olarak Diplomatlık")[0]).toBe('Parviz Sodiqi');
  });
});

describe('a declared language that the words read as a neighbour', () => {
  const czech =
    'Čtyři roky jsem se věnoval zahraniční politice ve Sněmovně. Ministr je politická pozice, to je jasné, a na to jsem připraven, protože také vím, co to obnáší.';
  const estonian =
    'Soome suursaadik ütles, et see on oluline küsimus ja meie riigid teevad koostööd. Kui me räägime julgeolekust, siis on see meie ühine huvi.';

  it.each([
    ['cs', czech],
    ['et', estonian],
  ])('is taken as declared: %s', (language, sample) => {
    const doc = parseDocument(`<html lang="${language}"><body><p>x</p></body></html>`);
    expect(detectLanguage(doc, new URL('https://example.org/x'), sample)).toBe(language);
  });

  it('is not a template that declares English on a page in another language', () => {
    const doc = parseDocument('<html lang="en"><body><p>x</p></body></html>');
    expect(detectLanguage(doc, new URL('https://example.org/x'), czech)).not.toBe('en');
  });
});

describe('a date in an element an Italian or Portuguese site calls "data"', () => {
  it('is the page’s date, above the headline', () => {
    const doc = parseDocument(
      '<!doctype html><html lang="it"><head><title>Conferenza stampa del Presidente del Consiglio</title></head><body><div class="scheda-data">09 GEN 2026</div><div class="scheda-tipo">stampa</div><h1>Conferenza stampa del Presidente del Consiglio</h1><main>' +
        '<p>Domanda: Presidente, che bilancio fa di questo anno di governo?</p><p>Meloni: È stato un anno difficile ma abbiamo mantenuto gli impegni presi con gli italiani.</p>' +
        '<p>Domanda: E sui rapporti con gli Stati Uniti?</p><p>Meloni: Restano solidi e li rafforzeremo nei prossimi mesi.</p></main></body></html>',
    );
    expect(read(doc, 'https://www.radio.example.it/scheda/123/conferenza-stampa').date).toBe('2026-01-09');
  });
});

describe('a Russian newspaper interview in dashes, with its lead', () => {
  const dialogue = [
    '- Учитывая, что вы стали послом в нашей стране в непростое время, как вы оцениваете отношения двух стран?',
    '- Лично у меня как посла нет ощущения, что я работаю в стране, с которой у нас сложные отношения.',
    '- А как вы оцениваете перспективы сотрудничества в энергетике?',
    '- Перспективы хорошие, и мы над этим работаем каждый день.',
  ];

  it('gives the editor the lead that presents the interview ("Представляем вниманию читателей …"), and the guest his answers, in the nominative', () => {
    const transcript = read(
      page('ВЛАДИМИР ДОРОХИН: "АЗЕРБАЙДЖАН ВОЛЕН ПОСТУПАТЬ ТАК, КАК ХОЧЕТ"', [
        '<h3>Эксклюзивное интервью «Зеркало» с послом России в Азербайджане Владимиром Дорохиным</h3>',
        'Представляем вниманию читателей расширенное интервью газеты «Зеркало» с Чрезвычайным и Полномочным Послом Российской Федерации в Азербайджане Владимиром Дорохиным.',
        ...dialogue,
      ]),
      'https://anl.example.az/el/Zerkalo/2009/iyun/dorohin.htm',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Владимир Дорохин',
      'question:null',
      'answer:Владимир Дорохин',
    ]);
  });

  it('gives the editor an opening that does not speak, before the first dash that asks', () => {
    const transcript = read(
      page('Владимир ДОРОХИН, Чрезвычайный и Полномочный Посол РФ в Азербайджане: «Наши отношения особенные»', [
        'Россия и Азербайджан отмечают в этом году 25-летие установления дипломатических отношений между двумя странами.',
        ...dialogue,
      ]),
      'https://anl.example.az/el/Alpha/2017/dorohin.htm',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
    expect(transcript.segments[1]?.kind).toBe('question');
  });
});

describe('a radio interview whose bold labels lost the initial’s dot ("В Дымарский")', () => {
  it('reads the initial and the surname as the host’s label, not as the preposition "В"', () => {
    // Segmentation's rule (detection reads labels without it): read the page as "Extract anyway" does.
    const transcript = extractTranscript(
      page('Беседа: Сильви Берманн', [
        '<p><strong>В Дымарский</strong> Санкт-Петербург. Отель «Гельвеция». Меня зовут Виталий Дымарский, и у меня в гостях посол Франции в России Сильви Берманн.</p>',
        'И мой первый вопрос: вас поздравлять с этим назначением или это для вас тяжелая будет ноша?',
        '<p><strong>С.Берманн</strong> Здравствуйте! Благодарю вас за теплый прием на радиостанции «Эхо Москвы».</p>',
        '<p><strong>В Дымарский</strong> Но все-таки поздравлять или нет?</p>',
        '<p><strong>С.Берманн</strong> Я очень горжусь, что я была назначена в Москву послом.</p>',
      ]),
      new URL('https://echo.example.ru/programs/beseda/2071234-echo/'),
      { force: true },
    ).transcript!;
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.label}`)).toEqual([
      'question:В. Дымарский:В Дымарский',
      'answer:С.Берманн:С.Берманн',
      'question:В. Дымарский:В Дымарский',
      'answer:С.Берманн:С.Берманн',
    ]);
  });

  it('leaves a bold lead-in that opens with the preposition alone ("В Москве …")', () => {
    const transcript = extractTranscript(
      page('Интервью посла', [
        '<p><strong>В Москве</strong> прошли переговоры министров, и мы попросили посла рассказать о них.</p>',
        '— Как прошли переговоры?',
        '— Переговоры прошли в конструктивной атмосфере, мы обсудили все вопросы.',
        '— Что дальше?',
        '— Дальше будет визит министра в Париж.',
      ]),
      new URL('https://echo.example.ru/interview/posol'),
      { force: true },
    ).transcript!;
    expect(transcript.segments[0]?.label).toBeNull();
  });
});

describe('Korean papers’ interviews with a consul general', () => {
  it('reads the paper’s and the consul’s labels, questions that ask by their endings, and the editor’s note that the text is a Q&A', () => {
    const transcript = read(
      page('차창순 총영사 인터뷰', [
        '지난달 26일, 차창순 오클랜드총영사가 새로 부임했다. 차 총영사는 일요시사와 가진 이메일 인터뷰를 통해 포부를 밝혔다.',
        '차 총영사와 이메일로 나눈 인터뷰를 문답식으로 정리했다.',
        '<p><strong>일요시사:</strong> 부임을 축하합니다. 먼저 오클랜드 첫인상을 말씀해 주시지요.</p>',
        '<p><strong>차 총영사:</strong> 지난 8월 26일 부임하여 일부 동포 인사들과 인사를 나눴습니다.</p>',
        '<p><strong>일요시사:</strong> 외교부에 입부한 뒤 주로 어떤 업무를 담당하셨는지요.</p>',
        '<p><strong>차 총영사:</strong> 재외동포 지원을 하는 재외국민과 등에 근무하면서 주로 영사 업무를 담당했습니다.</p>',
      ]),
      'https://www.sundaysisa.example.nz/news/articleView.html?idxno=1234',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.paragraphs.length}`)).toEqual([
      'remarks:null:2',
      'question:일요시사:1',
      'answer:차창순:1',
      'question:일요시사:1',
      'answer:차창순:1',
    ]);
  });

  it('splits "▲ question – answer" paragraphs into the question and its answer', () => {
    const transcript = extractTranscript(
      page('신임 김재수 총영사 인터뷰', [
        '<p><strong>▲ 공관업무 중 시정검토할 사항은</strong> – 부임한지 얼마 안됐기 때문에 현재 공관사항을 보고받는 중이다.</p>',
        '<p><strong>▲ 총영사관의 조직을 개편할 의향은</strong> – 아직 거기까지 생각해보지 못했다. 우선은 민원 업무를 강화할 방침이다.</p>',
        '<p><strong>▲ 대외민원업무를 강화하겠다는 의미는</strong> – 동포들에게 봉사하는 기관으로서 섬기는 정신으로 하겠다는 의미다.</p>',
      ]),
      new URL('https://www.sundayjournal.example.com/2008/06/08/interview'),
      { force: true },
    ).transcript!;
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.paragraphs[0]!.slice(0, 8)}`)).toEqual([
      'question:null:공관업무 중 시',
      'answer:김재수:부임한지 얼마 ',
      'question:null:총영사관의 조직',
      'answer:김재수:아직 거기까지 ',
      'question:null:대외민원업무를 ',
      'answer:김재수:동포들에게 봉사',
    ]);
  });
});

describe('a Chinese press conference whose labels stand alone in bold, with no colon', () => {
  it('reads the moderator, the office before a name, the outlet’s journalist and the name alone that the title gives', () => {
    const transcript = read(
      page('外交部部长王毅就中国的外交政策和对外关系答记者问', [
        '<p><strong>主持人 何绍仁</strong></p>',
        '各位记者朋友,大家上午好。欢迎参加十二届全国人大五次会议记者会。本场记者会的主题是中国的外交政策和对外关系。',
        '<p><strong>外交部部长 王毅</strong></p>',
        '各位记者朋友,大家上午好。每年全国人大都安排我在3月8号举行记者会,今年同样是如此。',
        '<p><strong>新华社记者</strong></p>',
        '外长您好。我们知道今年5月份中国将举办“一带一路”国际合作高峰论坛。请问外长,中国在此时举办这样一个论坛有何考虑?',
        '<p><strong>王毅</strong></p>',
        '这是一个好问题,恰好是我第一个想回答大家的问题。',
      ]),
      'https://www.cnganbu.example.cn/2017-03/08/c_1234.htm',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.label}`)).toEqual([
      'remarks:何绍仁:主持人 何绍仁',
      'remarks:王毅:外交部部长 王毅',
      'question:新华社记者:新华社记者',
      'answer:王毅:王毅',
    ]);
  });

  it('still drops a part of the headline restated above the text', () => {
    const transcript = read(
      page('2024年10月8日外交部发言人毛宁主持例行记者会', [
        '毛宁主持例行记者会',
        '<p><b>法新社记者:</b>中方对此有何评论?</p>',
        '<p><b>毛宁:</b>我们注意到有关报道。</p>',
        '<p><b>路透社记者:</b>你能否证实有关消息?</p>',
        '<p><b>毛宁:</b>我没有可以提供的信息。</p>',
      ]),
      'https://www.fmprc.example.cn/fyrbt_673021/202410/t20241008_1.shtml',
    );
    expect(transcript.segments.map((segment) => segment.paragraphs[0])).not.toContain('毛宁主持例行记者会');
  });
});

describe('an interview whose editor’s note and journalist carry labels of their own', () => {
  it('gives the editor’s note to no one, and reads a name and an outlet with a dash between as the journalist', () => {
    const transcript = read(
      page('Đại sứ Mỹ tại Việt Nam: Quan hệ Việt - Mỹ có giá trị nội tại', [
        '<p><em>Lời Toà Soạn: Gần 2 tuần sau chuyến thăm của tổng thống Joe Biden đến Việt Nam, VOA đã phỏng vấn Đại sứ Marc Knapper.</em></p>',
        '<p><strong>Khánh An – VOA: Ông đánh giá thế nào về chuyến thăm của tổng thống Biden?</strong></p>',
        '<p><strong>Đại sứ Knapper:</strong> Vâng, trước hết, đây là một chuyến thăm lịch sử đối với quan hệ hai nước.</p>',
        '<p><strong>Khánh An – VOA: Quan hệ hai nước sẽ phát triển ra sao trong thời gian tới?</strong></p>',
        '<p><strong>Đại sứ Knapper:</strong> Chúng tôi sẽ tiếp tục hợp tác trong mọi lĩnh vực.</p>',
      ]),
      'https://www.voatiengviet.example.com/a/dai-su-knapper/7280000.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.label}`)).toEqual([
      'remarks:null:Lời Toà Soạn:',
      'question:Khánh An:Khánh An – VOA:',
      'answer:Knapper:Đại sứ Knapper:',
      'question:Khánh An:Khánh An – VOA:',
      'answer:Knapper:Đại sứ Knapper:',
    ]);
  });

  it('reads no label in a dateline and a sentence with a dash before its colon', () => {
    expect(readLabel('Berlin – Der Minister sagte: Wir kommen morgen.')).toBeNull();
  });
});

describe('a label that gives the office in lower-case words the vocabulary does not hold', () => {
  it.each([
    ['Jana Nováková, tisková mluvčí ministerstva:', 'Jana Nováková, tisková mluvčí ministerstva', ''],
    [
      'Tomáš Dvořák, předseda vlády Slovenské republiky: Dobrý den, vážení novináři.',
      'Tomáš Dvořák, předseda vlády Slovenské republiky',
      'Dobrý den, vážení novináři.',
    ],
  ])('reads %j as a named label', (line, text, rest) => {
    expect(readLabel(line)).toMatchObject({ kind: 'named', text, rest });
  });

  it.each([
    'Dear Colleagues, ladies and gentlemen: welcome to Prague.',
    'Mr President, distinguished delegates:',
    'Petr Novák, který dnes řekl: Vláda rozhodla.',
    'Александр Дмитриевич, как тяжек труд: сегодня выходной день.',
    'Jan Svoboda, tiskový mluvčí: vláda dnes schválila rozpočet.',
  ])('reads no label in %j', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it('makes the speaker neither official nor journalist by the office alone: the turns tell who asks', () => {
    expect(readSpeaker('Jana Nováková, tisková mluvčí ministerstva')).toMatchObject({ name: 'Jana Nováková', journalist: false });
    expect(readSpeaker('Валерий Санфиров, радиостанция «Маяк»')).toMatchObject({ journalist: true });
  });

  it('reads a government press conference whose labels give such offices as remarks by their speakers', () => {
    // Detection's label scan (the content script's) does not read these labels: the page is read as "Extract anyway" reads it.
    const { transcript } = extractTranscript(
      page('Tisková konference po jednání vlády, 12. května 2023', [
        'Jana Nováková, tisková mluvčí vlády:',
        'Dámy a pánové, dobrý den, vítejte na tiskové konferenci po jednání vlády. Nyní prosím pana premiéra.',
        'Tomáš Dvořák, předseda vlády: Dobrý den. Vláda dnes schválila návrh rozpočtu na příští rok a také novelu zákona o státní službě.',
        'Rozpočet počítá s nižším schodkem než letos. Děkuji.',
      ]),
      new URL('https://vlada.example.cz/cz/media-centrum/tiskove-konference/tiskova-konference-po-jednani-vlady-12-kvetna-2023'),
      { force: true },
    );
    expect(transcript!.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual(['remarks:Jana Nováková', 'remarks:Tomáš Dvořák']);
  });
});
