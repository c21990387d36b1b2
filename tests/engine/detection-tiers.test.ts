// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript, judgeTranscript } from '../../lib/detect';
import { extractTranscript } from '../../lib/extract';
import { engineLabel } from '../../lib/detection/engine-labels';
import { matchLabel } from '../../lib/segment/labels';
import { FEATURE_NAMES } from '../../lib/detection/features';
import { DETECTION_MODEL } from '../../lib/detection/weights';
import { page } from './rule-pages';
import { titleNamesNonTranscript } from '../../lib/metadata/kind';

/**
 * Detection in two tiers: the engine judges a page (after the user's click, on any site) with
 * segmentation's reading of labels, less a page's fields, and the guessed headline; the content
 * script judges the known sites' page loads with matchLabel and the first <h1>, within its bytes.
 */

describe("the engine's reading of labels: a page's fields are no speaker's", () => {
  it.each([
    ['نشر بتاريخ: 11/09/2016 ( آخر تحديث: 11/09/2016 الساعة: 22:12 )', ''],
    ['Giriş Tarihi: 27.9.2025 21:58 Son Güncelleme: 27.9.2025 22:10', ''],
    ['کد خبر: ۹۰۴۰۸۸۳', ''],
    ['Share: Facebook Twitter WhatsApp', ''],
    ['শেয়ার করুন: Facebook Twitter', ''],
    ['Читайте новости по меткам:', ''],
    ['Weitere Storys:', ''],
    ['ليست هناك تعليقات:', ''],
    ['Muhabir: Ezgisu Şimşek', ''],
    ['記者: 高攀 劉品然 胡友松 檀易曉', ''],
    // A media advisory's form fields.
    ['Media Participation: Journalists may view the briefing via live streaming on the channels below.', ''],
    ['HASHTAG: #SAInternationalUpdate', ''],
    ['Zeit: Freitag, 26. Januar 2024, 14 Uhr', ''],
    ['時 間: 中華民國107年10月17日(星期三)上午9時1分', ''],
    ['اشتراک گذاری: تلگرام | توییتر | واتساپ', ''],
    // A news report's attribution of the quote after it.
    ['وتابع شكري: "يتم تبادل وجهات النظر بما يؤدي في النهاية إلى مصلحة البلدين"', ''],
    ['بقائی ادامه داد: کشورهای منطقه یک صدا با این موضوع مخالفت کرده‌اند', ''],
    ['活动一开始,大使阁下发表了欢迎词,他说道:“去年,中俄两国媒体交流年活动的成功举办”', ''],
  ])('reads no label in %j', (line, bold) => {
    expect(matchLabel(line, bold)).not.toBeNull();
    expect(engineLabel(line, bold)).toBeNull();
  });

  it.each([
    'MS. NULAND: Elise, yeah.',
    'QUESTION: Thank you, Patrick. This morning, there was a meeting.',
    'Reporter: Thank you, Minister.',
    '記者: 請問大使如何看待中美關係？',
    '문: 코로나 끝난 후 워싱턴 총영사로서 가장 중점을 두신 일은 무엇입니까?',
    'Q: 1. Has the ministry received the note?',
    'Speaker 2 (00:14): Well, I think the talks went well.',
  ])('keeps the label of %j', (line) => {
    expect(engineLabel(line, '')).not.toBeNull();
  });
});

describe("the engine's judgement of a news report with a field that looks like a label", () => {
  it.each(['Giriş Tarihi: 27.9.2025 21:58 Son Güncelleme: 27.9.2025 22:10', 'Muhabir: Ezgisu Şimşek'])('turns it away with %j', (field) => {
    const report = page('Dışişleri Bakanı Fidan Avusturyalı mevkidaşı ile görüştü', [
      field,
      'Dışişleri Bakanı Hakan Fidan, Avusturya Dışişleri Bakanı ile Ankara’da bir araya geldi ve bölgedeki gelişmeleri ele aldı.',
      'Görüşmede iki ülke arasındaki ticaret ve göç konularında işbirliğinin artırılması üzerinde duruldu.',
      'Bakanlar yıl sonundan önce Viyana’da yeniden bir araya gelme konusunda anlaştı.',
    ]);
    expect(detectTranscript(report, new URL('https://news.example.com.tr/dunya/fidan-avusturya')).transcript).toBe(false);
  });
});

describe("the engine's judgement of a media advisory whose form fields look like labels", () => {
  it('turns it away', () => {
    const advisory = page('Minister to host a media briefing on international relations', [
      'The Minister of International Relations will host a media briefing on the department’s work over the past year.',
      'Date: Monday, 14 December 2020',
      'Media Participation: Journalists may view the briefing via live streaming on the department’s channels.',
      'HASHTAG: #InternationalUpdate',
    ]);
    expect(detectTranscript(advisory, new URL('https://www.gov.example/news/media-advisory')).transcript).toBe(false);
  });
});

describe("an automatic transcript's numbered voices", () => {
  const lines = [
    'Speaker 1 (00:00): Minister, thank you for joining us this morning. What does the new trade agenda mean for us?',
    'Speaker 2 (00:09): Well, good morning. It means we have to be very careful about our exporters and our markets.',
    'Speaker 1 (00:31): Do you think the tariffs will stay in place for long?',
    'Speaker 2 (00:36): I think a lot of people expect them to stay, but we are talking to our partners every day.',
  ];

  it('are two people taking turns for the engine', () => {
    const doc = page('Minister on the new trade agenda', lines);
    const url = new URL('https://radio.example.nz/podcasts/minister-trade-agenda');
    expect(detectTranscript(doc, url).features!.speakers).toBeCloseTo(Math.log1p(2));
    expect(detectTranscript(doc, url).features!.alternation).toBe(1);
  });
});

describe("the content script's judgement", () => {
  it('takes the first <h1> for the headline, where the engine guesses the heading that reads best as one', () => {
    const doc = page('Joint press conference of the foreign ministers', ['MR SMITH: Good afternoon.', 'QUESTION: Minister, what was agreed?']);
    const section = doc.createElement('h1');
    section.textContent = 'News';
    doc.body.insertBefore(section, doc.body.firstChild);
    const url = new URL('https://www.example.org/news/joint-press-conference');
    expect(judgeTranscript(doc, url).headline?.text).toBe('News');
    expect(detectTranscript(doc, url).headline?.text).toBe('Joint press conference of the foreign ministers');
  });
});

describe("the engine's judgement of a press interview that sets its questions in italics", () => {
  const paragraphs = [
    '<p><em>Tendrá ya las maletas preparadas para su nuevo destino en Harare, ¿verdad?</em></p>',
    'Me gustaría estar allí a principios de noviembre, cuando termine el traspaso con mi antecesor.',
    '<p><em>¿Qué le llevó a ingresar en la carrera diplomática?</em></p>',
    'Siempre me gustó. Toda mi familia es de Derecho, pero yo quería conocer otros países y otras lenguas.',
    '<p><em>¿Qué importancia tiene para España este país?</em></p>',
    'Es un socio importante en la región y tiene un gran potencial en agricultura y minería.',
  ];
  const url = new URL('https://www.periodico.example.es/aragon/2022/10/20/embajadora-zimbabue.html');

  it('finds it by its questions in italics', () => {
    expect(detectTranscript(page('Ana López: “Tenemos que empezar a ver la parte positiva de África”', paragraphs), url).transcript).toBe(true);
  });

  it('does not count one question in italics (a quotation, an editor’s note)', () => {
    const one = page('Ana López: “Tenemos que empezar a ver la parte positiva de África”', [
      paragraphs[0]!,
      'La embajadora llega a Harare en noviembre. Fue destinada antes en Angola y Mozambique, y conoce bien la región.',
      'En su familia todos son juristas; ella quiso conocer otros países y otras lenguas desde muy joven.',
    ]);
    expect(detectTranscript(one, url).features!.asking).toBe(0);
  });
});

describe('the engine\'s judgement of a Korean paper\'s interview set as "▲ question – answer" paragraphs', () => {
  const paragraphs = [
    '▲ 부산 국제시장을 둘러보는 신임 총영사',
    '▲ 부임 소감은 – 동포 여러분께 봉사하는 자세로 일하겠다는 각오로 왔습니다.',
    '▲ 총영사관의 조직을 개편할 의향은 – 아직 거기까지 생각해보지 못했다. 우선은 민원 업무를 강화할 방침이다.',
    '▲ 민원업무를 강화하겠다는 의미는 – 동포들에게 봉사하는 기관으로서 섬기는 정신으로 하겠다는 의미다.',
  ];
  const url = new URL('https://www.koreatimes-la.example.com/news/articleView.html?idxno=12345');

  it('finds it, and reads the caption over it as no one’s turn', () => {
    const result = extractTranscript(page('신임 총영사 인터뷰', paragraphs), url);
    expect(result.detected).toBe(true);
    expect(result.transcript!.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe("detection's model", () => {
  // transcriptProbability (lib/sites/judge.ts) adds the weights in the order they are written, which
  // the fit writes in FEATURE_NAMES' order: the content script carries no list of names.
  it("holds one weight for each feature, in FEATURE_NAMES' order", () => {
    expect(Object.keys(DETECTION_MODEL.weights)).toEqual([...FEATURE_NAMES]);
  });
});

describe("the engine's reading of an FAQ's and a notice's title in more languages", () => {
  it.each([
    'Perguntas Frequentes',
    'Perguntas mais frequentes',
    'Вопрос-ответ',
    'Domande frequenti',
    'Sıkça Sorulan Sorular',
    'الأسئلة الشائعة',
    'Media Advisory: Minister to brief the press on the summit',
    'DIRCO to host a media briefing on international relations',
    'Highlights from news conference of State Councilor and Foreign Minister Wang Yi',
    'مؤتمر صحفي مشترك لوزيري الخارجية غدًا',
  ])('reads %j as no transcript', (title) => {
    expect(titleNamesNonTranscript(title)).toBe(true);
  });

  it('turns an FAQ away that asks and answers under labels', () => {
    const faq = page('Perguntas Frequentes', [
      'Pergunta: Quais são os documentos necessários para solicitar um passaporte no consulado?',
      'Resposta: O requerente deve apresentar o documento de identidade, o título de eleitor e uma fotografia recente.',
      'Pergunta: Quanto tempo leva para receber o passaporte depois do atendimento no consulado?',
      'Resposta: O prazo normal de entrega é de cerca de quinze dias úteis a contar da data do atendimento.',
    ]);
    expect(detectTranscript(faq, new URL('https://consulado.example.gov.br/perguntas-frequentes')).transcript).toBe(false);
  });
});

describe("a masthead's acronym spelled out is no speaker's label", () => {
  it.each(['ACE – Associação dos Correspondentes Estrangeiros', 'SNDMAE — Sindacato Nazionale Dipendenti Ministero Affari Esteri'])(
    'reads no label in %j',
    (line) => {
      expect(matchLabel(line, '')).not.toBeNull();
      expect(engineLabel(line, '')).toBeNull();
    },
  );

  it.each(['CCTV – President Xi Jinping met the press today after the talks.', 'NHK – Minister, what did you discuss with your counterpart?'])(
    'keeps the outlet label of %j',
    (line) => {
      expect(engineLabel(line, '')).not.toBeNull();
    },
  );
});

describe('a press conference set as a definition list, each speaker in the term before the speech', () => {
  const conference = (terms: [string, string]) =>
    page('閣議後記者会見概要', [
      `<dl><dt>${terms[0]}</dt><dd>今日内閣改造ということですが、就任から11ヶ月を振り返っての今のご心境をお聞かせください。</dd>` +
        `<dt>${terms[1]}</dt><dd>年金、医療、介護、労働問題まで、それから途中で色々な問題も出てきましたが、全力で取り組んできました。</dd>` +
        `<dt>${terms[0]}</dt><dd>総理から改造に向けて何かお話はあったでしょうか。</dd>` +
        `<dt>${terms[1]}</dt><dd>全くありません。私としては与えられた仕事を最後までやるだけです。</dd></dl>`,
    ]);

  it('is a transcript when the terms are labels', () => {
    expect(detectTranscript(conference(['記者:', '大臣:']), new URL('https://www.ministry.example.go.jp/kaiken/2008-08-01.html')).transcript).toBe(true);
  });
});
