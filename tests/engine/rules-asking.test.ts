// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ASKS, ASKS_FOR_ONESELF, ENDS_ASKING, FAQ_QUESTION } from '../../lib/text/asking';
import { namesInTitle } from '../../lib/segment/title-names';
import { matchLabel } from '../../lib/segment/labels';
import { officeOfInitials, readSpeaker } from '../../lib/segment/speakers';
import { page, read } from './rule-pages';

/**
 * Rules for telling who asks in dialogues whose questions carry no question mark of the Latin
 * kind (Japanese "…ですか。", Greek "…;"), and for naming speakers whom the labels give by surname
 * or not at all: a Japanese or Korean press conference's opening, a name set after an office at a
 * sentence's end.
 */

describe('a question in any script', () => {
  it.each([
    ['Latin', 'What will you do?'],
    ['full-width', '今後どうされますか？'],
    ['Arabic', 'ما هو موقفكم؟'],
    ['Greek question mark', 'Ισχύει ή όχι ότι ο υπουργός θα πάει;'],
    ['Greek question mark after a quotation', 'Τι σημαίνει «ευρωπαϊκή λύση»;'],
    ['Japanese か and a full stop', 'どのレベルが対応するというのは、大臣が決めるんですか。'],
    ['a stray full stop after the question mark', 'O que dizer sobre representar o Brasil na celebração?.'],
  ])('%s asks', (_script, text) => {
    expect(ASKS.test(text)).toBe(true);
    expect(ENDS_ASKING.test(text)).toBe(true);
  });

  it.each([
    ['an English semicolon', 'We met the minister; the talks went well.'],
    ['Japanese か inside a sentence', '何をすべきか考えているところでございます。'],
    ['a plain Greek statement', 'Η κυβέρνηση θα ανακοινώσει τις αποφάσεις της αύριο.'],
  ])('%s does not', (_case, text) => {
    expect(ASKS.test(text)).toBe(false);
  });
});

describe('a dialogue of two people the title names', () => {
  it('makes the one whose turns end in "…ですか。" the asker, though no turn has a question mark', () => {
    const transcript = read(
      page('山田太郎・外務大臣と作家の林花子氏の対談', [
        '山田太郎・外務大臣と作家の林花子氏が、外務省で対談した。',
        '林: 外務大臣のお仕事は、想像以上にお忙しいと聞きますが、一日の予定はどなたが決めるんですか。',
        '山田: 基本的には事務方が案を作り、私が最終的に判断します。国会の日程もありますので、調整は大変です。',
        '林: 海外出張も多いそうですね。移動の間はお休みになれるんですか。',
        '山田: 機内では資料を読んでいることが多いですね。到着してすぐに会談ということもよくあります。',
        '林: 大臣みずから会談に出るのは、よほどの重要案件ですか。',
        '山田: 内容によって対応を変えています。相手の国との関係も考えて判断しています。',
      ]),
      'https://dot.example.jp/articles/taidan',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:林花子',
      'answer:山田太郎',
      'question:林花子',
      'answer:山田太郎',
      'question:林花子',
      'answer:山田太郎',
    ]);
  });

  it('reads Greek questions, which end in a semicolon', () => {
    const transcript = read(
      page('Ενημέρωση των πολιτικών συντακτών από τον Κυβερνητικό Εκπρόσωπο', [
        'ΑΝΤΩΝΑΡΟΣ: Χαίρετε. Παρακαλώ, τις ερωτήσεις σας.',
        'ΣΠΥΡΑΚΗ: Κύριε Εκπρόσωπε, θα συναντηθεί ο Πρωθυπουργός με τον Πρόεδρο της Κύπρου αυτή την εβδομάδα;',
        'ΑΝΤΩΝΑΡΟΣ: Δεν υπάρχει κάτι προγραμματισμένο για αυτή την εβδομάδα. Θα σας ενημερώσουμε έγκαιρα.',
        'ΣΠΥΡΑΚΗ: Ισχύει ή όχι ότι ο υπουργός Εξωτερικών θα ταξιδέψει στην Άγκυρα;',
        'ΑΝΤΩΝΑΡΟΣ: Αυτό που αναφέρετε δεν έχει αποφασιστεί ακόμη.',
      ]),
      'https://www.hri.example.org/greek/2005/briefing.html',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'question', 'answer', 'question', 'answer']);
  });
});

describe('a press conference whose official says who speaks', () => {
  it('gives the anonymous answers to the minister who introduces himself in the opening remarks', () => {
    const transcript = read(
      page('大臣会見概要 平成21年9月17日', [
        '皆さん、こんにちは。防衛大臣に就任いたしました北村一郎でございます。今日初めての会見ですので、よろしくお願いいたします。',
        'Q:インド洋の補給支援活動について、今後の方針をお聞かせください。',
        'A:お答えしたとおりでございます。各国との協議も当然しなくてはならないと考えております。',
        'Q:普天間飛行場の移設については、どのように対応されますか。',
        'A:沖縄県民の皆さんの意見をよく伺いながら、対応を協議していきたいと思います。',
      ]),
      'https://www.mod.example.jp/kisha/2009/09/17.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:北村一郎',
      'question:null',
      'answer:北村一郎',
      'question:null',
      'answer:北村一郎',
    ]);
  });

  it('does not take a host who gives his name in English for the official', () => {
    const transcript = read(
      page('A Conversation with the Foreign Minister', [
        'Good afternoon. My name is Mike Peterson, and we are delighted to welcome you to this conversation.',
        'Question: Minister, what is your priority for the summit?',
        'Answer: Our priority is to keep the talks going and to agree on the next steps.',
        'Question: And on trade?',
        'Answer: We will set out our position next week.',
      ]),
      'https://www.institute.example.org/events/conversation',
    );
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('Mike Peterson');
  });
});

describe('a name that ends a sentence', () => {
  it('is the holder of the office set before it', () => {
    expect(namesInTitle('На початку осені до України приїхав новий посол ЄС – Матті Маасікас.')).toEqual(['Матті Маасікас']);
    expect(namesInTitle('This autumn the EU sent a new ambassador, Matti Maasikas.')).toEqual(['Matti Maasikas']);
  });

  it('is not a place further after the office', () => {
    expect(namesInTitle('Discurso de Embajador de España, Fiesta Nacional.')).toEqual([]);
  });
});

describe("a Japanese Prime Minister's press conference reposted with each label alone on its line", () => {
  it('reads "(内閣広報官)" as the moderator and "(安倍総理)" as the Prime Minister, though no words follow on their line', () => {
    expect(matchLabel('(内閣広報官)')).toMatchObject({ text: '内閣広報官', kind: 'named', rest: '' });
    expect(matchLabel('（岸田総理）')).toMatchObject({ text: '岸田総理', kind: 'named', rest: '' });
    expect(matchLabel('(写真)')).toBeNull();

    const transcript = read(
      page('安倍内閣総理大臣記者会見', [
        '<p><strong>(内閣広報官)</strong></p>',
        'それでは、皆様からの御質問をお受けいたします。所属とお名前を明らかにして御質問をお願いいたします。',
        '<p><strong>(記者)</strong></p>',
        '幹事社、時事通信の宮澤と申します。憲法改正について伺います。臨時国会に改憲案を提出されるおつもりですか。',
        '<p><strong>(安倍総理)</strong></p>',
        '憲法改正については、国会での議論を深めていただきたいと考えております。',
      ]),
      'https://www.kantei.example.jp/statement/2017/0912kaiken.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.label}`)).toEqual(['remarks:(内閣広報官)', 'question:(記者)', 'answer:(安倍総理)']);
    // The moderator is named by the office alone: the label stays, no one is named.
    expect(transcript.segments[0]!.speaker).toBeNull();
  });
});

describe('labels that abbreviate', () => {
  it('reads "Fr.:" and "A.:" as a question and an answer (a German embassy, after "Frage:" and "Antwort:"), and question words in capitals without their accents', () => {
    expect(matchLabel('Fr.: Danke. Nun, Herr Botschafter, wie sehen Sie das?')).toMatchObject({ kind: 'question', text: 'Fr.' });
    expect(matchLabel('A.: Ich freue mich sehr, hier zu sein.')).toMatchObject({ kind: 'answer', text: 'A.' });
    expect(matchLabel('Antw.: Ja, natürlich.')).toMatchObject({ kind: 'answer' });
    // Capitals drop the accents: Greek's "ΔΗΜΟΣΙΟΓΡΑΦΟΣ:", French "REPONSE :".
    expect(matchLabel('ΔΗΜΟΣΙΟΓΡΑΦΟΣ: Υποδεχόμαστε τον Υπουργό Εξωτερικών.')).toMatchObject({ kind: 'question' });
    expect(matchLabel('ΕΡΩΤΗΣΗ: Τι θα γίνει;')).toMatchObject({ kind: 'question' });
    expect(matchLabel('ΑΠΑΝΤΗΣΗ: Θα δούμε.')).toMatchObject({ kind: 'answer' });
    expect(matchLabel('REPONSE : Nous verrons.')).toMatchObject({ kind: 'answer' });
    // A name with an initial is a name.
    expect(matchLabel('A. Smith: Thank you.')).toMatchObject({ kind: 'named', text: 'A. Smith' });
  });

  it('gives "PM:" to the Prime Minister the title names, and keeps it an interviewer’s initials where a name spells them', () => {
    const doorstop = read(
      page('Transcript of doorstop interview with Prime Minister Julia Gillard, Canberra', [
        'JOURNALIST: Prime Minister, are you considering a new ban on live cattle exports?',
        'PM: Minister Ludwig is addressing this issue. We have worked hard on standards.',
        'JOURNALIST: Can you clarify the situation, was he offered a job?',
        'PM: The story on the front page today is completely untrue.',
      ]),
      'https://www.pm.example.gov.au/press-office/transcript-doorstop-canberra',
    );
    expect(doorstop.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'question:null',
      'answer:Julia Gillard',
      'question:null',
      'answer:Julia Gillard',
    ]);

    const magazine = read(
      page('Bernard Kouchner : « La diplomatie, ce n’est pas de la morale »', [
        'Paris Match : Monsieur le ministre, êtes-vous satisfait de votre bilan ?',
        'Bernard Kouchner : Satisfait, non. Mais nous avons avancé sur plusieurs dossiers.',
        'PM : Lesquels ?',
        'Bernard Kouchner : Le Proche-Orient, d’abord, et l’Afghanistan.',
      ]),
      'https://www.parismatch.example.com/actu/kouchner-interview',
    );
    expect(magazine.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'question:Paris Match',
      'answer:Bernard Kouchner',
      'question:Paris Match',
      'answer:Bernard Kouchner',
    ]);
  });
});

describe('askers and answers that pages mark in other ways', () => {
  it('takes the asker named in brackets after "<질문>" out of the question', () => {
    const transcript = read(
      page('외교부 대변인 정례브리핑', [
        '&lt;질문&gt; (일간대한뉴스 이명근 기자) 이번에 대통령 취임식 관련 외빈들이 많이 오신다고 하였는데 미국에서는 누가 오십니까?',
        '&lt;답변&gt; 미국 정부는 금번 신임 대통령 취임식에 경축사절단을 파견한다고 밝힌 바 있습니다.',
        '&lt;질문&gt; (일간대한뉴스 이명근 기자) 그러면 사절단의 구성은 언제 발표됩니까?',
        '&lt;답변&gt; 구체적인 구성은 미국 측이 발표할 예정입니다.',
      ]),
      'https://www.dhns.example.co.kr/news/briefing',
    );
    expect(
      transcript.segments.filter((segment) => segment.kind === 'question').map((segment) => `${segment.speaker}|${segment.paragraphs[0]!.slice(0, 8)}`),
    ).toEqual(['일간대한뉴스 이명근 기자|이번에 대통령 ', '일간대한뉴스 이명근 기자|그러면 사절단의']);
  });

  it('reads dashes that mark only the answers, each after a plain paragraph that asks', () => {
    const transcript = read(
      page('Tân Phó Thủ tướng nói về Biển Đông', [
        'Với trọng trách mới ông sẽ lưu ý như thế nào đến vấn đề Biển Đông?',
        '- Chủ quyền luôn là vấn đề thiêng liêng của đất nước. Bảo vệ chủ quyền là nhiệm vụ hàng đầu.',
        'Năm nay ngoại giao Việt Nam có những dấu ấn gì nổi bật, thưa ông?',
        '- Năm nay Việt Nam đã có dấu ấn rõ rệt khi có thêm nhiều đối tác chiến lược.',
      ]),
      'https://baophapluat.example.vn/chinh-tri/tan-pho-thu-tuong-noi-ve-bien-dong',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('does not take the minister who invites a visitor ("应外交部长王毅邀请") for the speaker', () => {
    expect(namesInTitle('应外交部长王毅邀请，阿根廷外长将于5月18日至20日访华。')).toEqual([]);
    expect(namesInTitle('外交部长王毅会见阿根廷外长')).toEqual(['王毅']);
  });
});

describe('labels and offices read whole', () => {
  it('reads an outlet in quotation marks as a bold label ("„Krone“:")', () => {
    expect(matchLabel('„Krone“: Sind Sie glücklich, dass Sie weiterregieren dürfen?', '„Krone“:')).toMatchObject({ kind: 'named', text: '„Krone“' });
  });

  it('reads words in lower case after an office as when or where, not a name', () => {
    expect(readSpeaker('Le Premier ministre lors de son départ pour Paris')).toMatchObject({ roleOnly: true, official: true });
    expect(readSpeaker('Ministre de la Défense Florence Parly').name).toBe('Florence Parly');
  });

  it('finds the guest a Chinese title names before "做客" (a guest of a programme)', () => {
    expect(namesInTitle('中国驻日大使崔天凯做客凤凰卫视谈胡锦涛访日')).toEqual(['崔天凯']);
  });
});

describe('officials the page names by office first', () => {
  it('makes the named speaker who answers the labelled outlets the official, where the office stands alone over the briefing', () => {
    const transcript = read(
      page('2023年7月24日:中国外交部の定例記者会見全文日本語訳', [
        '報道官:',
        '毛宁',
        'CCTV記者:カンボジア人民党は国政選挙で勝利したと発表しました。これに対する中国のコメントは?',
        '毛寧:良き隣人、良き友人として、我々はカンボジアの国政選挙の成功を温かく祝福します。',
        '聯合ニュース:最近、韓国の数カ所で不審な国際小包が届いている。中国側はどう対応するのか?',
        '毛寧:中国側は韓国側から調査協力の要請を受けており、これに関して調査を行っている。',
      ]),
      'https://china-data.example.jp/2023/07/24/briefing',
    );
    expect(transcript.segments.filter((segment) => segment.label === '毛寧:').map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'answer:毛寧',
      'answer:毛寧',
    ]);
  });

  it('reads "PRESIDENTE DELLA REPUBBLICA:" as an office, and "HE:" as His Excellency, the guest the title names', () => {
    expect(readSpeaker('PRESIDENTE DELLA REPUBBLICA')).toMatchObject({ roleOnly: true, official: true });
    expect(namesInTitle('H.E. Mr. Rupert Thomas Holborow')).toEqual(['Rupert Thomas Holborow']);
    const transcript = read(
      page('H.E. Mr. Rupert Thomas Holborow', [
        'The New Zealand High Commissioner to India talks to Asia News Agency about the growing bilateral ties.',
        'ANA: Excellency, India and New Zealand enjoy cordial ties. How do you see them growing?',
        'HE: It is certainly true that India and New Zealand share warm and common bonds.',
        'ANA: What about trade between the two countries?',
        'HE: Trade has grown a great deal in the last ten years, and it will grow further.',
      ]),
      'https://www.nbnindia.example.in/interview-holborow',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Rupert Thomas Holborow',
      'Rupert Thomas Holborow',
    ]);
  });
});

describe('what the speaker rules must not take (review of the fifth session)', () => {
  it('names no one from "以上でございます", a journalist\'s "と申します" or "대변인 브리핑입니다"', () => {
    const closing = read(
      page('大臣会見記録', [
        '私からは以上でございます。',
        'Q:普天間飛行場の移設については、どのように対応されますか。',
        'A:沖縄県民の皆さんの意見をよく伺いながら、対応を協議していきたいと思います。',
      ]),
      'https://www.mofa.example.jp/kaiken/2024.html',
    );
    expect(closing.segments.map((segment) => segment.speaker)).not.toContain('以上');
    const journalist = read(
      page('記者会見', [
        '時事通信の宮澤と申します。よろしくお願いいたします。',
        'Q:憲法改正について伺います。臨時国会に改憲案を提出されるおつもりですか。',
        'A:国会での議論を深めていただきたいと考えております。',
      ]),
      'https://www.kantei.example.jp/kaiken.html',
    );
    expect(journalist.segments.map((segment) => segment.speaker)).not.toContain('宮澤');
    const korean = read(
      page('외교부 정례브리핑', [
        '안녕하십니까. 대변인 브리핑입니다. 오늘은 발표 사항이 없습니다.',
        '<질문> 한미 외교장관 회담은 언제 열립니까?'.replace('<', '&lt;').replace('>', '&gt;'),
        '<답변> 일정이 확정되는 대로 알려 드리겠습니다.'.replace('<', '&lt;').replace('>', '&gt;'),
      ]),
      'https://www.mofa.example.go.kr/briefing',
    );
    expect(korean.segments.map((segment) => segment.speaker)).not.toContain('브리핑');
  });

  it('names the Korean vice-minister who introduces himself after his office', () => {
    const transcript = read(
      page('2023년 외교부 업무보고 브리핑', [
        '새해 복 많이 받으세요. 1차관 조현동입니다. 올해 외교부의 업무 계획을 보고드리겠습니다.',
        '&lt;질문&gt; 올해 가장 중요한 과제는 무엇입니까?',
        '&lt;답변&gt; 경제 안보 외교를 강화하는 것입니다.',
      ]),
      'https://www.korea.example.kr/briefing/2023-01-10',
    );
    expect(transcript.segments[0]!.speaker).toBe('조현동');
  });

  it('keeps a named journalist who asks without a question mark an asker, where an office answers', () => {
    const transcript = read(
      page('Press briefing by the Spokesperson', [
        'Spokesperson: Good afternoon. I have two announcements before your questions.',
        'John Smith: Thanks. A follow-up on the trade talks, if I may.',
        'Spokesperson: The talks continue next week in Geneva.',
        'Reuters: Will the minister attend the summit?',
        'Spokesperson: Yes, he will attend.',
      ]),
      'https://www.mfa.example.org/briefings/2024-05-02',
    );
    expect(transcript.participants.find((participant) => participant.name === 'John Smith')?.role).not.toBe('official');
  });

  it('keeps a capitalised name particle after an office a name ("Ministro Di Maio")', () => {
    expect(readSpeaker('Ministro Di Maio').name).toBe('Di Maio');
    expect(readSpeaker('Presidente Da Silva').name).toBe('Da Silva');
    expect(readSpeaker('Ministro da Defesa')).toMatchObject({ roleOnly: true });
  });

  it('reads the offices "EAM:", "FM:", "DPM:" and "SG:" as offices, and "(Minister)" alone on a line as no label', () => {
    for (const initials of ['EAM', 'FM', 'DPM', 'SG']) expect(officeOfInitials(readSpeaker(initials))).toMatchObject({ name: initials, roleOnly: true });
    expect(matchLabel('(Minister)')).toBeNull();
    expect(matchLabel('[Moderator]')).toMatchObject({ kind: 'named' });
  });

  it('does not read a Japanese heading\'s "…とは何か" or a quotation\'s "「何をすべきか」" as a question', () => {
    expect(ENDS_ASKING.test('日本外交とは何か')).toBe(false);
    expect(ASKS.test('「何をすべきか」を検討しているところでございます。')).toBe(false);
  });
});

describe("an FAQ's question, in a reader's voice", () => {
  it.each([
    'How do I apply for a visa?',
    '¿Cómo puedo renovar mi pasaporte?',
    'What is an OCI card?',
    'Where should I apply for a visa?',
    'Brauche ich ein Visum?',
    'How much is the visa fee?',
    'Are there any dress requirements for visa interviews?',
    'Puis-je voyager avec un passeport expiré ?',
  ])('"%s" is one', (question) => {
    expect(FAQ_QUESTION.test(question) || ASKS_FOR_ONESELF.test(question)).toBe(true);
  });

  it.each([
    '¿Cómo describiría este año las relaciones entre México y España?',
    'V Evropě se diskutuje zákaz víz. Je to podle vás potřeba?',
    'Brojnim veleposlanicima je istekao mandat, ima li dogovora?',
    'Di tutti i ruoli che ha ricoperto c’è un’esperienza che le è rimasta nel cuore?',
    '– Du har jobbet i UD siden 1998. Hva er det som fascinerer deg?',
    '-Usted menciona una agenda bilateral y me gustaría consultarle: ¿qué opina?',
  ])('"%s", an interviewer\'s, is not', (question) => {
    expect(FAQ_QUESTION.test(question) || ASKS_FOR_ONESELF.test(question)).toBe(false);
  });
});
