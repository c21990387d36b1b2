// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { accentedAsIn, readSpeaker, sameSurname } from '../../lib/segment/speakers';
import { namesInTitle } from '../../lib/segment/title-names';
import { parseDocument } from '../../scripts/lib/parse-html';

describe('readSpeaker: offices, CJK names, outlets, moderators', () => {
  it.each([
    ['Minister', { roleOnly: true, official: true }],
    ['Foreign Minister', { roleOnly: true, official: true }],
    ['崔大使', { roleOnly: true, official: true, name: '崔' }],
    ['總統', { roleOnly: true, official: true }],
    ['法新社记者', { journalist: true, official: false, roleOnly: false }],
    ['华春莹', { name: '华春莹', roleOnly: false, journalist: false }],
    ['WAGNER (AA)', { name: 'Wagner' }],
    ['Vors. Welty', { moderator: true, official: false, journalist: false }],
    // The institution before the office is no one's name: the office alone speaks.
    ['外交部发言人', { roleOnly: true, officeOnly: true, official: true }],
    ['使館發言人', { roleOnly: true, officeOnly: true, official: true }],
    ['驻英国使馆发言人', { roleOnly: true, officeOnly: true, official: true }],
    ['阿部外相', { name: '阿部', officeOnly: false, official: true }],
    // Chinese portals write "采访人员" (interviewer) where the ministry wrote "记者".
    ['中国日报采访人员', { journalist: true, official: false }],
    // A consul's office after a Japanese or Korean name; an office, a space, then the name.
    ['竹内総領事', { name: '竹内', official: true }],
    ['田中副総領事', { name: '田中', official: true }],
    ['차 총영사', { name: '차', official: true }],
    ['外交部部长 王毅', { name: '王毅', official: true, moderator: false }],
    ['主持人 何绍仁', { name: '何绍仁', moderator: true, official: false }],
    // An automatic transcript's numbered voices are two people.
    ['Speaker 1', { name: 'Speaker 1', surname: 'speaker 1' }],
    ['Speaker 2', { name: 'Speaker 2', surname: 'speaker 2' }],
  ])('%j', (label, traits) => {
    expect(readSpeaker(label)).toMatchObject(traits);
  });
});

function page(title: string, paragraphs: string[]): Document {
  const body = paragraphs.map((paragraph) => (paragraph.startsWith('<') ? paragraph : `<p>${paragraph}</p>`)).join('\n');
  return parseDocument(`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><main>${body}</main></body></html>`);
}

function read(doc: Document, url: string) {
  const result = extractTranscript(doc, new URL(url));
  expect(result.detected).toBe(true);
  return result.transcript!;
}

describe('extractTranscript on multilingual pages', () => {
  it('reads a Korean briefing’s <질문> and <답변> as questions and answers', () => {
    const transcript = read(
      page('외교부 대변인 정례브리핑 (2024. 12. 19.)', [
        '&lt;질문&gt; 중국 정부의 발표에 대한 우리 정부의 입장은 무엇입니까?',
        '&lt;답변&gt; 질문 주신 사안에 대해서는 정부는 관련 동향을 예의주시하고 있습니다.',
        '&lt;질문&gt; 한미 외교장관 회담 일정이 확정되었습니까?',
        '&lt;답변&gt; 현재로서는 구체적으로 말씀드릴 사항이 없습니다. 일정이 확정되면 알려드리겠습니다.',
        '&lt;질문&gt; 일본과의 협의는 어떻게 진행되고 있습니까?',
        '&lt;답변&gt; 양국은 긴밀히 소통하고 있습니다.',
      ]),
      'https://www.mofa.go.kr/www/brd/m_4076/view.do?seq=1',
    );
    expect(transcript.language).toBe('ko');
    expect(transcript.kind).toBe('briefing');
    expect(transcript.date).toBe('2024-12-19');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(transcript.segments.map((segment) => segment.label)).toEqual(['<질문>', '<답변>', '<질문>', '<답변>', '<질문>', '<답변>']);
    expect(transcript.segments[0]!.paragraphs).toEqual(['중국 정부의 발표에 대한 우리 정부의 입장은 무엇입니까?']);
    expect(transcript.segments.filter((segment) => segment.kind === 'question').every((segment) => segment.speaker === null)).toBe(true);
    expect(transcript.exchanges).toHaveLength(3);
  });

  it('gives an editor’s lead to no one and the labelled turns to their speakers', () => {
    const lead = 'Foreign Ministry Spokesperson Hong Lei held a regular press conference on December 13, 2013.';
    const transcript = read(
      page("Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 13, 2013", [
        lead,
        'Hong Lei: I have two announcements to make. At the invitation of the government, the Foreign Minister will visit next week.',
        'Q: What is China’s comment on the situation in the region?',
        'Hong Lei: We have noted the reports. China hopes the parties will resolve their differences through dialogue.',
        'Q: Can you confirm the dates of the visit?',
        'Hong Lei: We will release the information in due course.',
      ]),
      'https://www.fmprc.gov.cn/eng/xwfw_665399/s2510_665401/t1108870.shtml',
    );
    expect(transcript.segments[0]).toMatchObject({ speaker: null, label: null, paragraphs: [lead] });
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', 'Hong Lei'],
      ['question', null],
      ['answer', 'Hong Lei'],
      ['question', null],
      ['answer', 'Hong Lei'],
    ]);
    expect(transcript.participants).toEqual([{ name: 'Hong Lei', role: 'official', labels: ['Hong Lei:'], turns: 3 }]);
  });

  it('reads a press interview’s bold questions and gives the answers to the interviewee the title names', () => {
    const transcript = read(
      page('Interview with Ignazio Cassis', [
        '<p><b>Mr Cassis, how do you assess the outcome of the conference?</b></p>',
        'It was a first step. The participants agreed on a common communiqué, and that is more than many expected.',
        '<p><b>Why was Russia not invited?</b></p>',
        'We made clear from the start that the conference would prepare the ground for a peace process in which both parties would take part.',
        '<p><b>What comes next for Switzerland?</b></p>',
        'We will keep talking to all sides. Switzerland has the trust of many countries, and we intend to use it.',
      ]),
      'https://www.eda.admin.ch/eda/en/fdfa/fdfa/aktuell/newsuebersicht/2024/06/interview.html',
    );
    expect(transcript.kind).toBe('interview');
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Ignazio Cassis'],
      ['question', null],
      ['answer', 'Ignazio Cassis'],
      ['question', null],
      ['answer', 'Ignazio Cassis'],
    ]);
    expect(transcript.segments[2]!.paragraphs).toEqual(['Why was Russia not invited?']);
  });

  it('reads an unlabelled speech whose title says remarks', () => {
    const paragraphs = [
      'Thank you, Mr. President. Excellencies, ladies and gentlemen, I am grateful to be here today.',
      'We are living through a decisive decade. I have seen with my own eyes the damage that floods and droughts bring to communities that did the least to cause this crisis.',
      'I urge every government to present new plans this year. We cannot afford to wait, and we must not waste the opportunity that we have in front of us.',
      'I call on the largest emitters to lead. Our common future depends on the choices we make in the next few years, and I count on you to make the right ones.',
    ];
    const transcript = read(
      page('Remarks by the Secretary-General at the Opening of the Climate Summit', paragraphs),
      'https://www.un.org/sg/en/content/sg/speeches/2024-01-01/remarks.html',
    );
    expect(transcript.kind).toBe('remarks');
    expect(transcript.segments.every((segment) => segment.kind === 'remarks')).toBe(true);
    expect(transcript.segments.flatMap((segment) => segment.paragraphs)).toEqual(paragraphs);
  });
});

describe('a spokesperson who hands the briefing over to a new one', () => {
  it('opens with remarks under a name the title does not give, because she greets the journalists', () => {
    const html = `<!doctype html><html><head><title>2019年7月19日外交部发言人耿爽主持例行记者会</title></head><body>
      <h1>2019年7月19日外交部发言人耿爽主持例行记者会</h1><div class="content">
      <p>陆慷:各位记者朋友们,大家下午好!别来无恙?今天是我最后一次来到这个讲台,接替我的是新闻司副司长耿爽。</p>
      <p>耿爽:谢谢陆慷司长!很高兴和大家见面。下面我发布一条消息。</p>
      <p>问:美方近日宣布对华加征关税,中方对此有何回应?</p>
      </div></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.mirror.example.cn/news/2019-07-19.html')).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', '陆慷'],
      ['remarks', '耿爽'],
      ['question', null],
    ]);
  });

  it('gives an answer under its role alone to the briefing’s host the title names, not to the one who opened', () => {
    const html = `<!doctype html><html><head><title>2019年7月19日外交部发言人耿爽主持例行记者会</title></head><body>
      <h1>2019年7月19日外交部发言人耿爽主持例行记者会</h1><div class="content">
      <p>陆慷:各位记者朋友们,大家下午好!今天是我最后一次来到这个讲台。八年来,感谢大家的支持和理解。接替我的是新闻司副司长耿爽,相信大家会像支持我一样支持他。</p>
      <p>耿爽:谢谢陆慷司长!很高兴和大家见面。</p>
      <p>问:美方近日宣布对华加征关税,中方对此有何回应?</p>
      <p>答:我们已多次表明立场。</p>
      </div></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.mirror.example.cn/news/2019-07-19.html')).transcript!;
    expect(transcript.segments.at(-1)).toMatchObject({ kind: 'answer', speaker: '耿爽' });
  });
});

describe('a name read from capitals that dropped its accents', () => {
  it('is one person with the name the title spells', () => {
    expect(sameSurname('γεραπετριτης', 'γεραπετρίτης')).toBe(true);
    expect(accentedAsIn(readSpeaker('Γ. ΓΕΡΑΠΕΤΡΙΤΗΣ'), 'Συνέντευξη του Υπουργού Εξωτερικών Γιώργου Γεραπετρίτη στον Alpha').name).toBe('Γ. Γεραπετριτης');
    expect(accentedAsIn(readSpeaker('Γ. ΓΕΡΑΠΕΤΡΙΤΗΣ'), 'Συνέντευξη του Υπουργού Εξωτερικών Γιώργος Γεραπετρίτης στον Alpha').name).toBe('Γ. Γεραπετρίτης');
    expect(accentedAsIn(readSpeaker('Ν. ΔΕΝΔΙΑΣ'), 'Νίκος Δένδιας: Η συμφωνία αναβαθμίζει τις σχέσεις').name).toBe('Ν. Δένδιας');
  });

  it('leaves a name written in lower case as it is', () => {
    expect(accentedAsIn(readSpeaker('Nikos Dendias'), 'Νίκος Δένδιας').name).toBe('Nikos Dendias');
  });
});

describe('an office and its state, and an office at an outlet', () => {
  it('reads "PRESIDENTE DE LA REPÚBLICA" as an office alone, no one named "República"', () => {
    expect(readSpeaker('PRESIDENTE DE LA REPÚBLICA')).toMatchObject({ official: true, roleOnly: true });
    expect(readSpeaker('Президент Республики')).toMatchObject({ official: true, roleOnly: true });
  });

  it('reads a news director as a journalist, named as a name in capitals is', () => {
    expect(readSpeaker('JUAN GOSSAÍN, DIRECTOR DE NOTICIAS DE RCN')).toMatchObject({ name: 'Juan Gossaín', journalist: true, official: false });
    expect(readSpeaker('Maria Zakharova, Director of the Information and Press Department')).toMatchObject({ official: true, journalist: false });
  });
});

describe('Arabic, Persian and Turkish labels of office', () => {
  it('reads a courtesy and an office alone as the official the title names', () => {
    expect(readSpeaker('معالي الوزير')).toMatchObject({ official: true, roleOnly: true });
    expect(readSpeaker('سعادة السفير')).toMatchObject({ official: true, roleOnly: true });
    expect(readSpeaker('سخنگوی وزارت امور خارجه')).toMatchObject({ official: true });
  });

  it('reads the office after an Arabic comma or a dash as the name’s', () => {
    expect(readSpeaker('عادل الجبير، وزير الخارجية السعودي')).toMatchObject({ name: 'عادل الجبير', official: true });
    expect(readSpeaker('سيلفيو بيرلسكوني- رئيس الحكومة الإيطالية')).toMatchObject({ name: 'سيلفيو بيرلسكوني', official: true });
  });

  it('reads a woman president’s label and Hindi’s secretary as offices alone', () => {
    expect(readSpeaker('Presidenta')).toMatchObject({ official: true, roleOnly: true });
    expect(readSpeaker('सचिव (पूर्व)')).toMatchObject({ official: true, roleOnly: true });
  });

  it('reads the programme’s host as a host', () => {
    expect(readSpeaker('المقدم')).toMatchObject({ moderator: true });
    expect(readSpeaker('المذيعة')).toMatchObject({ moderator: true });
  });

  it('reads an office in Turkish capitals, whose I is dotless', () => {
    expect(readSpeaker('DIŞİŞLERİ BAKANI MEVLÜT ÇAVUŞOĞLU')).toMatchObject({ name: 'Mevlüt Çavuşoğlu', official: true });
  });
});

describe('Hong Kong’s and Taiwan’s government labels', () => {
  it('reads a department before its head’s office as an office alone ("政務司司長", "保安局局長"), not a surname', () => {
    expect(readSpeaker('政務司司長')).toMatchObject({ officeOnly: true, official: true });
    expect(readSpeaker('保安局局長')).toMatchObject({ officeOnly: true, official: true });
    expect(readSpeaker('王司長')).toMatchObject({ name: '王', officeOnly: false });
  });

  it('reads the name between a unit chief’s office and the verb of reporting ("…司長吳尚年報告")', () => {
    expect(readSpeaker('外交部國際組織司司長吳尚年報告')).toMatchObject({ name: '吳尚年', official: true });
    expect(readSpeaker('亞西及非洲司司長楊心怡大使報告')).toMatchObject({ name: '楊心怡', official: true });
  });

  it('gives a Chief Secretary’s answers to the official the lead names, and an editor’s "【导读】" to no one', () => {
    const html = `<html><head><title>政務司司長會見傳媒談話全文</title></head><body><h1>政務司司長會見傳媒談話全文</h1><main>
<p>【导读】以下是政務司司長張建宗今日出席青年論壇後會見傳媒的談話全文:</p>
<p>記者:司長,你會否鼓勵律政司司長去立法會講解一下?</p>
<p>政務司司長:司長都已經說了,她亦都說會認真考慮。</p>
<p>記者:大灣區大學方面有沒有甚麼進展?</p>
<p>政務司司長:目前已有部分香港的院校在大灣區設了分校。</p>
</main></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.info.gov.hk/gia/general/201812/28/P2018122800630.htm'), {
      force: true,
    }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', '張建宗'],
      ['question', null],
      ['answer', '張建宗'],
    ]);
  });
});

describe('a Russian title’s one initial and surname, the office a few words back', () => {
  const title = 'Стенограмма интервью Министра иностранных дел Беларуси М.Рыженкова МИЦ «Известия» (27 января 2025 г., г.Минск)';

  it('reads "М.Рыженкова" before an outlet’s initials, and not "M. Jean" of a courtesy title and a full name', () => {
    expect(namesInTitle(title)).toEqual(['М.Рыженкова']);
    expect(namesInTitle('Entretien de M. Jean-Noël Barrot au Figaro')).not.toContain('M. Jean-Noël');
  });

  it('gives the answers to him in the nominative, not to the first name and patronymic the question addresses', () => {
    const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><main>
<p><strong>Максим Владимирович, вчера в Беларуси прошли президентские выборы. Как Вы их оцените?</strong></p>
<p>Я могу оценить выборы в первую очередь как сам избиратель.</p>
<p><strong>Как Вы оцениваете присутствие иностранных наблюдателей?</strong></p>
<p>Мы пригласили всех, кто хотел приехать, и многие приехали.</p>
</main></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://mfa.gov.by/press/news_mfa/abc.html'), { force: true }).transcript!;
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['М.Рыженков', 'М.Рыженков']);
  });
});

describe('a parliament’s chair at question time', () => {
  const read = (paragraphs: string[]) => {
    const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
    const html = `<html><head><title>Fragestunde</title></head><body><h1>Fragestunde</h1><main>${body}</main></body></html>`;
    return extractTranscript(parseDocument(html), new URL('https://www.parlament.example.at/stenogramm/fragestunde'), { force: true }).transcript!.segments.map(
      (segment) => [segment.kind, segment.speaker],
    );
  };

  it('gives the floor in remarks, whatever the office the label gives ("Präsident", "Vizepräsidentin")', () => {
    expect(
      read([
        'Präsident Wolfgang Sobotka: Wir kommen nun zur 1. Anfrage, jener des Herrn Abgeordneten Lopatka. – Bitte.',
        'Abgeordneter Reinhold Lopatka (ÖVP): Frau Bundesministerin, wie beurteilen Sie die Lage an der Grenze?',
        'Präsident Wolfgang Sobotka: Die Frau Bundesministerin ist nun am Wort. – Bitte.',
        'Bundesministerin Karin Kneissl: Die Lage ist ernst, aber wir arbeiten mit allen Partnern zusammen.',
        'Vizepräsidentin Petra Pau: Sie haben das Wort zur ersten Nachfrage.',
        'Abgeordneter Reinhold Lopatka (ÖVP): Und was tun Sie mit den Nachbarstaaten?',
      ]),
    ).toEqual([
      ['remarks', 'Wolfgang Sobotka'],
      ['question', 'Reinhold Lopatka'],
      ['remarks', 'Wolfgang Sobotka'],
      ['answer', 'Karin Kneissl'],
      ['remarks', 'Petra Pau'],
      ['question', 'Reinhold Lopatka'],
    ]);
  });
});

describe('a programme’s presenter labelled by the role alone', () => {
  it('is an unnamed host: an asker with no name ("PRESENTER-", "Anchor:")', () => {
    expect(readSpeaker('PRESENTER')).toMatchObject({ moderator: true });
    const html = `<html><head><title>Hakan Fidan on France 24's Tête-à-Tête</title></head><body><h1>Hakan Fidan on France 24's Tête-à-Tête</h1><main>
<p>Presenter: I want to begin with Syria. You are planning to visit Damascus: what will you tell them?</p>
<p>Hakan Fidan: We will tell them that the region needs stability and that we will support them.</p>
<p>Presenter: And what about the refugees in Türkiye, will they go home?</p>
<p>Hakan Fidan: Many of them want to go home, and we will help those who do.</p>
</main></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.mfa.gov.tr/interview-fidan.en.mfa'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Hakan Fidan'],
      ['question', null],
      ['answer', 'Hakan Fidan'],
    ]);
  });
});

describe('an Arabic programme’s host labelled by the role alone', () => {
  it('is an unnamed asker ("المحاور:", "المذيع:")', () => {
    const html = `<html><head><title>حوار مع وزير الخارجية</title></head><body><h1>حوار مع وزير الخارجية</h1><main>
<p>المحاور: معالي الوزير، كيف تقيمون العلاقات مع الجوار؟</p>
<p>الوزير أمير خان متقي: علاقاتنا جيدة مع جميع الجيران ونحن نعمل على تطويرها.</p>
<p>المحاور: وماذا عن المساعدات الدولية؟</p>
<p>الوزير أمير خان متقي: نرحب بكل مساعدة لا تشترط شروطاً سياسية.</p>
</main></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.news.example.af/interview'), { force: true }).transcript!;
    expect(transcript.segments.filter((segment) => segment.kind === 'question').map((segment) => segment.speaker)).toEqual([null, null]);
  });
});

describe('a conference call’s operator', () => {
  it('is no one by name: "Operator:" opens the call in remarks', () => {
    const html = `<html><head><title>Media teleconference on Libya</title></head><body><h1>Media teleconference on Libya</h1><main>
<p>Operator: Good afternoon, ladies and gentlemen. Welcome to today's call on Libya.</p>
<p>John Baird: Thank you. We have taken three decisions today, and I will explain each of them.</p>
<p>Operator: The first question is from the Globe and Mail. Please go ahead.</p>
<p>Question: Minister, how long will the mission last?</p>
<p>John Baird: As long as it takes to protect civilians.</p>
</main></body></html>`;
    const transcript = extractTranscript(parseDocument(html), new URL('https://www.international.example.ca/call'), { force: true }).transcript!;
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
    expect(transcript.participants.map((participant) => participant.name)).not.toContain('Operator');
  });
});
