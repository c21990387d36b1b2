// @vitest-environment node
import { parseDocument } from '../../scripts/lib/parse-html';
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { readBlocks } from '../../lib/page/blocks';
import { extractTranscript } from '../../lib/extract';
import { block, page, read } from './rule-pages';

/**
 * Furniture of news sites and reposts that stands among a transcript's paragraphs: adverts' places,
 * comment and reaction boxes, reprint notices, captions that end with their credit.
 */
const before = 'Nous avons eu une discussion très franche sur la situation au Proche-Orient et sur la suite.';
const after = 'Нам предстоит большая работа, и мы к ней готовы. Спасибо за вопрос.';
const kept = (line: string) => dropBoilerplate([block(before), block(line), block(after)], { title: 'Point de presse' }).map((found) => found.text);

describe('furniture among the paragraphs', () => {
  it.each([
    'Continua após a publicidade',
    'Story continues below advertisement',
    'Комментарии (0)',
    'Добавление комментария',
    'Comments (12)',
    'Quelle est votre réaction ?',
    '轉載請註明: 全球連線|崔天凱:希望這能夠成為一個開端 - 楠木軒',
    '转载请保留出处',
    'Alexander Schallenberg war schon unter Brigitte Bierlein das, was er auch jetzt ist: Außenminister. Foto: Außenministerium / Andy Wenzel',
    '(資料圖片僅供參考)',
    '（资料图）',
    '기사 원문: http://www.ytn.co.kr/_ln/0101_201801101133059302',
    '原文链接：https://mp.weixin.qq.com/s/abcdef',
    'Source: The Embassy of the Russian Federation to the United Kingdom and Northern Ireland',
    'Excerpt reproduced with permission from Foreign Policy, Copyright 2009',
    '责任编辑：钱亦琛',
    '陈艳婷编辑',
    '關鍵詞:',
    '（完）',
    '香港特別行政區政府新聞處 | 關閉視窗',
    '上一頁 1 2 3 下一頁',
    'Comparte esto: Facebook Twitter',
    'Tác giả: Chung Hoàng (ghi)',
    'Etiquetas: Chile, CIPER, embajadores',
    '香港时间10时32分',
    'Issued at HKT 10:32',
    'Теги: МИД России, брифинг, Захарова',
    'Schlagworte: Außenpolitik, Russland',
    'Retrouvez des photos de cet événement sur Flickr.',
    'Voir la vidéo de ce discours.',
    'HOST: MICHAEL MORELL',
    'Megosztás: Facebook Messenger',
    'Megosztás:',
    'Guest: Michael C. Polt',
    'اشتراک گذاری: تلگرام | واتساپ | ایکس   نسخه چاپی',
    '動画は下記からご覧ください。',
    '(As prepared for delivery)',
    'Haberin Devamı',
    "Il Giornale d'Italia è anche su Whatsapp. Clicca qui per iscriversi al canale",
    'Copyrights © dampress.net',
    '< Copyright ⓒ mbn. 무단전재 및 재배포 금지 >',
    'Serwis internetowy, z którego korzystasz, używa plików cookies.',
    'You are subscribed to Collected Releases for U.S. Department of State.',
    'Skip to main content',
    'A A A',
    '您现在的位置: 首页 > 留学新闻',
    'Zapis stenograficzny jest tekstem nieautoryzowanym.',
    'Иллюстрация: goodfon.ru',
    'Bron: Razende Robot Reporter',
    'Lagt inn av Kinaforum kl. 10:15',
    'quatremer.jpg',
    '1534748733(1).png',
    'Pour consulter l’ensemble du diaporama, cliquez-ici',
    'TITLE: Joint Press Conference with Dr Hassan Wirajuda - Foreign Minister of Indonesia.',
    'Subscribe to: Post Comments (Atom)',
    'by Nilantha Ilangamuwa',
    'Por MARÍA JESÚS PEREIRA / Sevilla',
    'Von Matthias Koch',
  ])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it.each([
    'Comments from the minister were welcome, and we will answer them in writing next week.',
    'Host: Assalam-o-Alaikum Sir and welcome to the show.',
    'Comments (3) from the minister were welcome, and we will answer them in writing.',
    'What is your reaction to the court ruling on Tuesday?',
    'Quelle est votre réaction à la décision du Conseil ?',
    'Ваша реакция на заявление министра?',
    'Оставить комментарий по этому вопросу я не могу.',
    'We need better rules for the banks. Credit: that is what firms need most.',
    'Les banques prêtent moins. Crédit : les banques doivent suivre les règles.',
    'Il a dit que la suite après la publicité du rapport dépendait du Conseil.',
    '(资料图) 据中国驻英国大使馆网站25日消息,中国驻英国使馆发言人就有关问题答记者问。',
    'Full text: https://www.mfa.gov.cn publishes every briefing, and we read it there each week.',
    'We discussed the copyright law of 2009 and how it affects our publishers and our readers abroad.',
    '编辑部的同事们都很关心这个问题。',
    'Share this view: Facebook and Twitter must do more against disinformation.',
    'We must skip to the main content of the agreement, which is the trade chapter.',
    'Copyright law was never the issue in these talks; investment was, and it still is.',
    'He would not click on anything from that account, and here is why: it was a trap.',
    'We received the report as budget.png and then as a spreadsheet.',
    'by NATO Secretary General Jens Stoltenberg',
    'Por Dios, ¿qué pasó?',
  ])('keeps a sentence that only mentions them: %j', (line) => {
    expect(kept(line)).toContain(line);
  });
});

describe('a blog that reposts a transcript', () => {
  /** A Blogger page: the blog's name in its header and before the <title>'s colon, the post title in an <h3>, the byline at its foot. */
  const blogPost = (postTitle: string, byline: string) =>
    parseDocument(`<!doctype html><html lang="fr"><head><title>Ozar Diplo: ${postTitle}</title></head><body>
<header class="site-header"><div class="logo"><a href="/">Ozar Diplo</a></div></header>
<main><article class="post"><h3 class="post-title">Politique étrangère - Ukraine - Sahel - ${postTitle}</h3>
<div class="post-body">
<p>Q - Monsieur le ministre, la guerre en Ukraine entre dans son deuxième mois. Que peut faire la France ?</p>
<p>R - La France agit avec ses partenaires européens pour obtenir un cessez-le-feu.</p>
<p>Q - Et au Mali, faut-il partir ?</p>
<p>R - Nous restons engagés au Sahel, mais autrement.</p>
<p>Q - Et l’Iran ?</p>
<p>R - Les négociations de Vienne doivent aboutir.</p>
</div><div class="post-footer">${byline}</div></article></main></body></html>`);

  it('reads the headline after the blog’s name, and gives the answers to the minister it names, not to the blog', () => {
    const transcript = read(
      blogPost(
        'Entretien de M. Jean-Yves Le Drian, ministre de l’Europe et des affaires étrangères, avec France 24 (Paris, 30/03/2022)',
        'Publié par Ozar Diplo',
      ),
      'https://ozardiplo.blogspot.com/2022/04/entretien-de-m-jean-yves-le-drian.html',
    );
    expect(transcript.title).toBe('Entretien de M. Jean-Yves Le Drian, ministre de l’Europe et des affaires étrangères, avec France 24 (Paris, 30/03/2022)');
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Jean-Yves Le Drian',
      'Jean-Yves Le Drian',
      'Jean-Yves Le Drian',
    ]);
  });

  it('keeps the title of a politician’s own site, named for him, where the rest names no one', () => {
    const html = `<!doctype html><html><head><title>Penny Wong: Doorstop interview, Adelaide</title><meta property="og:site_name" content="Penny Wong"></head><body>
<header><a href="/">Penny Wong</a><nav><a href="/media">Media</a></nav></header>
<h1>Penny Wong: Doorstop interview, Adelaide</h1><main>
<p>JOURNALIST: Minister, will you raise the detention of Yang Hengjun?</p>
<p>MINISTER: Yes, I will continue to advocate for him at every opportunity.</p>
<p>JOURNALIST: What about the tariffs on wine?</p>
<p>MINISTER: We have been very clear that those tariffs should be removed and we will keep pressing.</p>
</main></body></html>`;
    const transcript = read(parseDocument(html), 'https://www.pennywong.example.au/media/doorstop-adelaide/');
    expect(transcript.title).toBe('Penny Wong: Doorstop interview, Adelaide');
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Penny Wong', 'Penny Wong']);
  });

  it.each([
    ['Publicado por Embajada de EE.UU. — Discurso de la Embajadora Jane Hartley', 'Jane Hartley'],
    ['Posted by Ambassador Jane Hartley, London, July 4, 2016', 'Jane Hartley'],
  ])('reads the speaker a dateline gives after its byline: %j', (line, speaker) => {
    const html = `<!doctype html><html><head><title>Remarks at the Fourth of July Reception</title></head><body><main><h1>Remarks at the Fourth of July Reception</h1>
<p>${line}</p>
<p>Good evening everyone, and welcome to Winfield House. It is wonderful to see so many friends here tonight to celebrate our independence.</p>
<p>This year we mark 240 years of American independence, and I am proud of the friendship between our two countries.</p>
<p>Question: Ambassador, what does the special relationship mean to you?</p>
<p>It means everything to me and to my country.</p>
</main></body></html>`;
    const result = extractTranscript(parseDocument(html), new URL('https://uk.usembassy.example.gov/remarks-july-4/'), { force: true });
    expect(result.transcript!.segments.find((segment) => segment.kind === 'answer')?.speaker).toBe(speaker);
  });

  it('gives the answers to no one rather than to the one who posted them', () => {
    // A <title> with no blog's name before it; the byline under the headline names the blog.
    const html = `<!doctype html><html lang="fr"><head><title>Transcription de l’entretien du ministre avec France 24</title></head><body>
<main><article class="post"><h3 class="post-title">Transcription de l’entretien du ministre avec France 24</h3>
<p class="byline">Posted by Ozar Diplo at 09:41</p><div class="post-body">
<p>Q - Monsieur le ministre, la guerre en Ukraine entre dans son deuxième mois. Que peut faire la France ?</p>
<p>R - La France agit avec ses partenaires européens pour obtenir un cessez-le-feu.</p>
<p>Q - Et au Mali, faut-il partir ?</p>
<p>R - Nous restons engagés au Sahel, mais autrement.</p>
</div></article></main></body></html>`;
    const transcript = read(parseDocument(html), 'https://ozardiplo.blogspot.com/2022/04/entretien.html');
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('Ozar Diplo');
  });
});

describe('a teaser’s link to the rest at a paragraph’s end', () => {
  it('is no text of the paragraph ("<a class="more-link">Читать далее</a>")', () => {
    const transcript = read(
      page('Интервью посла Швейцарии Ива Россье', [
        '<p>Вопрос: Господин Россье, прошел год с момента вашего приезда. Каковы первые итоги?</p>',
        '<p>Ответ: Все-таки рано подводить даже первые итоги. <a class="more-link" href="#">Читать далее</a></p>',
        '<p>Вопрос: Что было самым трудным?</p>',
        '<p>Ответ: Язык. Я учу русский каждый день.</p>',
      ]),
      'https://schwingen.example.net/rossier',
    );
    expect(transcript.segments[1]!.paragraphs).toEqual(['Все-таки рано подводить даже первые итоги.']);
  });
});

describe("a site's notices around the text", () => {
  const before = 'В среду Совет Федерации рассматривает проект бюджета, и мы хотели бы узнать ваше мнение.';
  const after = 'Что касается бюджета, то для нас это не документ, который принимается без обсуждения.';

  it.each([
    'Вы находитесь на старой версии сайта. Пройдите на актуальную версию по ссылке iltumen.ru',
    'You are viewing an archived version of this website. Visit our new site for the latest news.',
    '25 апреля 2024 года, 23:53 (UTC+9:00) t в Якутске: -5 (03:00)',
    'Tuesday 14:05 (GMT+1) London 12°C',
    'Print Friendly, PDF & Email',
    'No items found.',
    'A plugin is needed to display this content',
    'Change the behavior of the player',
    'You can also listen to the story in REAL AUDIO and WINDOWS MEDIA and MP3 formats.',
    'Podcast - Full Program Podcast - Individual Items',
    '我要评论',
    '字号:T|T',
  ])('drops %j', (line) => {
    expect(dropBoilerplate([block(before), block(line), block(after)], { title: 'Матвиенко об отмене санкций' }).map((kept) => kept.text)).toEqual([
      before,
      after,
    ]);
  });

  it('keeps an answer that says no items were found', () => {
    const answer = 'No items found in the inspectors’ report point to a breach, and we said so to the Council this morning.';
    expect(dropBoilerplate([block(before), block(answer)], { title: 'Press conference' }).map((kept) => kept.text)).toContain(answer);
  });

  it('keeps an answer that speaks of a time zone at length', () => {
    const answer =
      'We agreed to meet at 10:00 (GMT+2) on Monday, and I think that both sides will come with proposals that go further than what we discussed last week in Geneva.';
    expect(dropBoilerplate([block(before), block(answer)], { title: 'Press conference' }).map((kept) => kept.text)).toContain(answer);
  });
});

describe('a review of the seventh session’s rules: what they must leave alone', () => {
  const before = 'The Minister opened the meeting and thanked the delegations for coming to Geneva this week.';

  it('keeps a sentence that gives a time with its time zone', () => {
    const line = 'The Minister will hold a press conference on 5 May at 11:00 (GMT+3) at the Ministry.';
    expect(dropBoilerplate([block(before), block(line)], { title: 'Briefing' }).map((kept) => kept.text)).toContain(line);
  });

  it('keeps apart the wrapped lines of a dialogue in dashes, of labels alone on their line and of the White House’s "Q"', () => {
    const read = (html: string) =>
      readBlocks(parseDocument(`<!doctype html><html><body><div>${html}</div></body></html>`).querySelector('div')!).map((b) => b.text);
    expect(
      read(
        '<p>— Господин Посол, как вы оцениваете нынешнее состояние<br>отношений между нашими странами и ваши<br>ожидания на будущий год и дальше?<br>— Я думаю, что отношения развиваются, и мы<br>рассчитываем на новые совместные проекты в<br>области энергетики и транспорта.</p>',
      ),
    ).toHaveLength(2);
    expect(
      read(
        '<p>SPOKESPERSON:<br>Good afternoon, everyone, and thank you for coming to<br>the briefing today, we have a few announcements to make<br>QUESTION:<br>Could you tell us more about the visit of the<br>Minister to the region next week and its purpose?</p>',
      ),
    ).toEqual([
      'SPOKESPERSON:',
      'Good afternoon, everyone, and thank you for coming to the briefing today, we have a few announcements to make',
      'QUESTION:',
      'Could you tell us more about the visit of the Minister to the region next week and its purpose?',
    ]);
    expect(
      read(
        '<p>MS. PSAKI: Good afternoon, everyone, we have a number of things<br>to get through today, so let me start with the schedule and<br>then take your questions on the trip to Europe.<br>Q Thank you, Jen. Will the President meet the Chancellor<br>before the summit or only during it, in the end?</p>',
      ),
    ).toHaveLength(2);
  });
});

describe('a line of credits under an interview', () => {
  const before = 'Herr Botschafter, wie gefällt Ihnen Bern nach drei Jahren?';
  const after = 'Sehr gut. Die Stadt ist klein, aber man trifft hier die ganze Welt.';

  it.each(['Interview: Peter Hossli Fotos: Daniel Rihs', 'Texto: Ana Gil / Fotos: EFE', 'Text: Anna Meier, Bild: Keystone'])('drops %j', (line) => {
    expect(dropBoilerplate([block(before), block(line), block(after)], { title: 'Interview mit dem Botschafter' }).map((kept) => kept.text)).toEqual([
      before,
      after,
    ]);
  });

  it('keeps a turn that opens like a credit', () => {
    const line = 'Interview: Wir haben gefragt, was er denkt. Fotos: keine.';
    expect(dropBoilerplate([block(before), block(line), block(after)], { title: 'Interview mit dem Botschafter' }).map((kept) => kept.text)).toContain(line);
  });
});

describe('short lines before the first turn of a labelled page', () => {
  const dialogue = [
    'QUESTION: How would you describe relations between our two countries today?',
    'AMBASSADOR: They have never been better, and we intend to keep them so.',
    'QUESTION: What comes next?',
    'AMBASSADOR: A visit by the foreign minister in the spring.',
  ];

  it.each([['Press Release'], ['CORTES GENERALES'], ['Secretary of State Washington, DC'], ['着任インタビュー']])(
    'drops %j, which ends no sentence, from the turns',
    (line) => {
      const transcript = read(page('Interview with the Ambassador', [line, ...dialogue]), 'https://www.example.org/interview');
      expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
    },
  );

  it('keeps an editor’s lead that is a sentence, and a greeting', () => {
    const lead = 'The ambassador spoke to us before the visit.';
    const transcript = read(page('Interview with the Ambassador', [lead, ...dialogue]), 'https://www.example.org/interview');
    expect(transcript.segments[0]!.paragraphs).toEqual([lead]);
    const greeted = read(page('Interview with the Ambassador', ['Good morning', ...dialogue]), 'https://www.example.org/interview');
    expect(greeted.segments[0]!.paragraphs).toEqual(['Good morning']);
  });

  it('still reads the guest’s name from a dropped byline', () => {
    const transcript = read(
      page('주우루과이대사 인터뷰', [
        '최연충 주우루과이대사 / 2011.9.22 / Monte Carlo TV',
        '질문 1 : 한국 국경일의 의의는 무엇인지?',
        'ㅇ 한국은 장구한 역사를 가진 나라로 시조 단군이 약 5,000년 전에 나라를 세웠습니다.',
        '질문 2 : 국경일 계기 대사관에서 준비중인 행사는 무엇인지?',
        'ㅇ 그간 대사관에서는 국경일 계기 리셉션과 함께 가급적 문화행사를 갖고자 노력해 왔습니다.',
      ]),
      'https://www.example.kr/interview',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['최연충', '최연충']);
  });
});

describe('short lines before the first turn of a page of one voice, or of bold questions', () => {
  const speech = [
    'Good afternoon and welcome to the Atlantic Council. We are delighted to host the High Representative today.',
    'Europe and the United States share more than interests: we share the values on which our institutions rest.',
    'We will keep working together, as we always have, on security, on trade and on the climate.',
  ];

  it("drops a widget's or a directorate's line above a speech", () => {
    for (const line of ['Card image cap', 'Directorate of Information and Communication']) {
      const transcript = read(page('Remarks by the High Representative at the Atlantic Council', [line, ...speech]), 'https://www.example.org/remarks');
      expect(transcript.segments[0]!.paragraphs[0]).toBe(speech[0]);
    }
  });

  it('keeps the address that opens a speech', () => {
    const transcript = read(page('Remarks by the High Representative at the Atlantic Council', ['Mr President', ...speech]), 'https://www.example.org/remarks');
    expect(transcript.segments[0]!.paragraphs[0]).toBe('Mr President');
  });

  it("drops a reporter's name above the lead of an interview whose questions are bold", () => {
    const transcript = read(
      page('Entrevista a la canciller', [
        'Adriana Noboa',
        'La canciller habló con este diario sobre la relación con el Perú y Colombia antes de su viaje.',
        '<p><b>¿Cómo están las relaciones con el Perú?</b></p>',
        'Están en su mejor momento. Hemos firmado acuerdos en comercio y seguridad.',
        '<p><b>¿Y con Colombia?</b></p>',
        'También muy bien. Trabajamos juntos en la frontera.',
      ]),
      'https://www.example.ec/entrevista',
    );
    expect(transcript.segments[0]!.paragraphs).toEqual(['La canciller habló con este diario sobre la relación con el Perú y Colombia antes de su viaje.']);
  });
});

describe('a translator’s note over a speech', () => {
  it.each(['– Vrije vertaling –', 'Unofficial translation', 'Traduction libre', 'Неофициальный перевод'])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it('keeps a sentence that speaks of a translation', () => {
    expect(kept('Une traduction libre de ce texte a circulé hier.')).toHaveLength(3);
  });
});

describe('text a page hides from the eye for screen readers', () => {
  const texts = (html: string) =>
    readBlocks(parseDocument(`<!doctype html><html><body><div>${html}</div></body></html>`).querySelector('div')!).map((b) => b.text);

  it('is left out by its class: "hidden", "sr-only", "visually-hidden"', () => {
    expect(
      texts(
        '<p class="hidden">ここからこのページの情報です。</p><h2 class="sr-only">パンくずリスト(現在位置の表示)</h2><span class="visually-hidden">Skip</span><p>○知事 皆さん、お疲れさまでございます。</p>',
      ),
    ).toEqual(['○知事 皆さん、お疲れさまでございます。']);
  });

  it('keeps what only a small screen hides ("hidden-xs")', () => {
    expect(texts('<p class="hidden-xs">Thank you, Minister.</p>')).toEqual(['Thank you, Minister.']);
  });
});

describe("the furniture of Japan's local minutes and Malay blogs", () => {
  it.each(['Dicatat oleh idristalu', 'Diposkan oleh Admin', 'Transkrip', 'Transkript:', 'Transcripción'])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it('drops a contents heading and its entries, and a particular and its value', () => {
    const blocks = [
      block('会見の内容'),
      block('1.北村誠吾衆議院議員のご逝去について', { listItem: true, inPageLink: true }),
      block('ところ'),
      block('倉吉市役所 第2会議室'),
      block('○知事 皆さん、お疲れさまでございます。'),
    ];
    expect(dropBoilerplate(blocks, { title: '記者会見' }).map((found) => found.text)).toEqual(['○知事 皆さん、お疲れさまでございます。']);
    expect(dropBoilerplate([block('●会見内容●'), block('○知事 皆さん。')], { title: '記者会見' }).map((found) => found.text)).toEqual(['○知事 皆さん。']);
  });
});

describe('a Korean video page’s action bar', () => {
  it('is dropped', () => {
    const before = '또 기자들과 자유로운 문답 시간도 갖는다고 하는데요 아주 많은 질문들이 나올 것 같아요';
    expect(dropBoilerplate([block(before), block('좋아요 · 공유 · 저장')], { title: '신년 기자회견' }).map((kept) => kept.text)).toEqual([before]);
  });
});

describe("a recording's time before a paragraph's words", () => {
  it("is no one's word: a captioned address keeps its paragraphs, the times gone", () => {
    const transcript = read(
      page('Address to the Nation by the Prime Minister', [
        '<p><span class="ts">[00:00:00]</span> Fellow Barbadians, residing at home and abroad, good evening to you all.</p>',
        '<p><span class="ts">[00:00:08]</span> It does feel somewhat strange to address you again so soon, but I must.</p>',
        '<p>(00:00:21) This is the time of year when we take stock of what the Government has done.</p>',
      ]),
      'https://pmo.example.gov.bb/address-to-the-nation',
    );
    expect(transcript.segments.flatMap((segment) => segment.paragraphs.map((paragraph) => paragraph.slice(0, 16)))).toEqual([
      'Fellow Barbadian',
      'It does feel som',
      'This is the time',
    ]);
  });
});
