// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../lib/segment/label-reading';
import { readSpeaker } from '../../lib/segment/speakers';
import { page, read } from './rule-pages';

/**
 * Who asks on a broadcast's transcript: the host and the interviewer, whom labels name by their
 * part and not by name, in the languages of the corpus; and the Japanese minutes' labels padded
 * to the width of three characters.
 */

describe("a host's label", () => {
  it.each(['Водещ', 'Водеща', 'Ведучий', 'Ведуча', 'Műsorvezető', 'Mv.', 'Mv', 'مجری', 'مذيع'])('%j is a moderator', (label) => {
    expect(readSpeaker(label)).toMatchObject({ moderator: true, official: false });
  });

  it("does not take a name that begins with a host's abbreviation for a host", () => {
    expect(readSpeaker('Mvula').moderator).toBe(false);
  });

  it('gives the questions to no one and the answers to the guest on a Bulgarian radio interview', () => {
    const transcript = read(
      page('Най-силната подкрепа за сирийските граждани е търсенето на мирно решение', [
        'Разговор с министър Кристиан Вигенин в БНР, „Събота 150”, 14.12.2013',
        'Водещ: Добър ден, господин министър. Как оценявате ситуацията в Сирия?',
        'Кристиан Вигенин: Добър ден на вас и на слушателите. Ситуацията остава изключително тежка.',
        'Водещ: Какво може да направи България?',
        'Кристиан Вигенин: Ние подкрепяме търсенето на мирно решение и помагаме на бежанците.',
      ]),
      'https://www.mfa.example.bg/bg/news/interview',
    );
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Кристиан Вигенин'],
      ['question', null],
      ['answer', 'Кристиан Вигенин'],
    ]);
  });
});

describe("an interviewer's label", () => {
  it.each(['INTERVIEWER: Good afternoon everyone. What brings you to Munich?', 'Interviewer: Thank you for joining us.'])('%j asks, unnamed', (line) => {
    expect(readLabel(line)).toMatchObject({ kind: 'question' });
  });
});

describe('a Japanese label padded to three characters', () => {
  it('reads "(記 者)" as the journalist\'s label, kept as the page writes it', () => {
    expect(readLabel('(記 者)')).toMatchObject({ kind: 'question', raw: '(記 者)' });
    expect(readLabel('(記 者) 今後の国会答弁にどのように臨まれるのか。')).toMatchObject({ kind: 'question', raw: '(記 者)' });
  });

  it('leaves a sentence with a space after its first character alone', () => {
    expect(readLabel('大 きな問題です。')).toBeNull();
  });
});

describe("Japan's local minutes", () => {
  it.each([
    ['(○:広田市長)令和6年度第6回倉吉市議会に提案いたします議案', '(○:広田市長)', 'named', '広田市長'],
    ['(■:日本海新聞)皆さんお疲れ様です。', '(■:日本海新聞)', 'named', '日本海新聞'],
    ['○知事 皆さん、お疲れさまでございます。', '○知事', 'named', '知事'],
    ['○広報課長 ただいまから、記者会見を始めさせていただきます。', '○広報課長', 'named', '広報課長'],
    ['記者)', '記者)', 'question', '記者'],
    ['大臣)', '大臣)', 'named', '大臣'],
  ])('read %j as a label', (line, raw, kind, text) => {
    expect(readLabel(line)).toMatchObject({ raw, kind, text });
  });

  it.each(['○冒頭発言', '○冒頭発言 まず私から', 'ところ)'])('leave a topic heading alone: %j', (line) => {
    expect(readLabel(line)?.kind ?? null).not.toBe('named');
  });

  it('give an office after a surname to that person, not to the page’s other official', () => {
    const transcript = read(
      page('令和6年度9月市議会定例会前の記者会見', [
        '(○:山本企画課長)それでは9月議会前記者会見を開会いたします。',
        '(○:広田市長)令和6年度第6回市議会に提案いたします議案としましては、報告案件が1件でございます。',
        '(■:日本海新聞)ありがとうございました。質問のある社はお願いします。',
        '(記者)予算案の規模はどうなっていますか。',
        '(○:広田市長)前年度並みでございます。',
      ]),
      'https://www.city.example.jp/kaiken/2024-08-28.html',
    );
    expect(transcript.segments.map((segment) => segment.speaker)).toEqual(['山本', '広田', '日本海新聞', null, '広田']);
  });
});

describe("a prefecture's minutes: Q or A and the speaker in bold, a role alone on its line", () => {
  it.each([
    ['Q 代表幹事(時事通信) 政府が入国を解禁する方向です。', 'Q 代表幹事(時事通信)', 'named', '代表幹事(時事通信)'],
    ['A 知事 国際的な人の往来については、', 'A 知事', 'named', '知事'],
  ])('read %j, its bold opening, as a label', (line, bold, kind, text) => {
    expect(readLabel(line, bold)).toMatchObject({ raw: bold, kind, text });
  });

  it.each([
    ['記者', 'question'],
    ['市長', 'named'],
  ])('read the role %j alone on its line as a label', (line, kind) => {
    expect(readLabel(line)).toMatchObject({ raw: line, kind, rest: '' });
  });

  it.each(['知事発表', '質疑'])('leave a heading alone: %j', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it('finds the minutes, drops the notice of the video, and reads the press club’s question and the mayor’s answer', () => {
    const transcript = read(
      page('2016年10月31日記者会見「カープの今季の活躍ぶりについて外2件」', [
        '動画は下記からご覧ください。',
        '<ul><li>- 【カープの今季の活躍ぶりについて】</li><li>- 【競輪事業について】</li></ul>',
        '記者',
        'カープについてです。今季の活躍ぶりについてお伺いしたいと思います。',
        '市長',
        '今季の活躍ぶりがまちに与えた影響は、皆さんも周知のとおりです。',
      ]),
      'https://www.city.example.jp/site/mayor/kaiken-20161031.html',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs[0]!.slice(0, 6)])).toEqual([
      ['question', 'カープについ'],
      ['answer', '今季の活躍ぶ'],
    ]);
  });

  it('reads a question under Q and an outlet, and the answer under A and the office', () => {
    const transcript = read(
      page('令和4年5月11日 新潟県知事 定例記者会見', [
        '<h2>質疑</h2>',
        '<p><strong>Q 代表幹事(時事通信)</strong><br>政府が外国人観光客の入国を一部解禁する方向で調整しています。効果をどう見ますか。</p>',
        '<p><strong>A 知事</strong><br>国際的な人の往来については、全国知事会議でも議論がありました。</p>',
        '<p><strong>Q 代表幹事(時事通信)</strong><br>県としての対策はありますか。</p>',
        '<p><strong>A 知事</strong><br>検討してまいります。</p>',
      ]),
      'https://www.pref.example.jp/kaiken/20220511.html',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
    expect(transcript.segments[0]!.speaker).toMatch(/^代表幹事/u);
  });
});

describe('Malay question and answer words', () => {
  it.each([
    ['Soalan: Apakah keadaan ekonomi negara?', 'question'],
    ['Jawapan: Sepanjang tahun 2014, ekonomi kita berkembang.', 'answer'],
  ])('%j', (line, kind) => {
    expect(readLabel(line)).toMatchObject({ kind });
  });
});

describe("a host's welcome in more languages", () => {
  it('is remarks, and so is the guest’s thanks, before the first question', () => {
    const transcript = read(
      page('Tojes time: intervju med utenriksminister Anniken Huitfeldt', [
        'Asle Toje: Velkommen til Tojes time, og i dag har vi besøk av utenriksminister Anniken Huitfeldt.',
        'Anniken Huitfeldt: Tusen, tusen takk.',
        'Asle Toje: Hva er den største utfordringen for norsk utenrikspolitikk nå?',
        'Anniken Huitfeldt: Krigen i Europa, uten tvil. Den endrer alt vi gjør.',
      ]),
      'https://www.minerva.example.no/tojes-time',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'remarks', 'question', 'answer']);
  });
});

describe("a newspaper's name as the asker's label", () => {
  it.each(['Tribun', 'Diário de Notícias', 'Jornal', 'Krant'])('%j is an outlet, who asks', (label) => {
    expect(readSpeaker(label)).toMatchObject({ journalist: true, official: false });
  });

  it('gives the unlabelled answers to its bold questions to the guest, not to the newspaper', () => {
    const transcript = read(
      page('Menlu Retno Marsudi di Akhir Jabatannya: Perang Dagang Bisa Bergeser ke Konflik Militer', [
        'MENJELANG pergantian kabinet, kami mewawancarai Menteri Luar Negeri Retno Marsudi di kantornya di Jakarta.',
        '<p><strong>Tribun: Apakah belakangan ini Anda pernah diajak berdiskusi oleh Presiden mengenai lembaga ini?</strong></p>',
        'Kami tidak bicara secara khusus membahas hal itu. Namun kami selalu memberikan masukan.',
        '<p><strong>Tribun: Menurut Ibu, lebih baik seperti sekarang ini atau tidak?</strong></p>',
        'Saya tidak mau mendahului keputusan presiden. Tidak etis.',
      ]),
      'https://www.presnapress.example.id/retno-marsudi',
    );
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Tribun'],
      ['answer', 'Retno Marsudi'],
      ['question', 'Tribun'],
      ['answer', 'Retno Marsudi'],
    ]);
  });
});

describe("a news site's source tag in 【】", () => {
  it.each([
    '【财新网】4月3日,崔天凯大使在华盛顿接受连线采访。',
    '【环球网综合报道】2020年9月4日,外交部发言人华春莹主持例行记者会。',
    '【北京共同】中国外交部の報道官は記者会見で述べた。',
  ])('is no label: %j', (line) => {
    expect(readLabel(line)).toBeNull();
  });

  it('leaves a speaker in 【】 a label', () => {
    expect(readLabel('【岸田外務大臣】本日は2点申し上げます。')).toMatchObject({ kind: 'named', text: '岸田外務大臣' });
  });
});

describe('the Arabic answer word "الإجابة"', () => {
  it('is an anonymous answer', () => {
    expect(readLabel('الإجابة: نعم، هذا صحيح.')).toMatchObject({ kind: 'answer' });
  });
});

describe('a Korean question or answer word that closes a parenthesis', () => {
  it.each([
    ['질문) 우선 부임하시어 지금까지 어떻게 지내셨는지?', 'question'],
    ['답변) 지난 9/11일 도착하여 지금까지 약 2개월이 지났습니다.', 'answer'],
  ])('%j', (line, kind) => {
    expect(readLabel(line)).toMatchObject({ kind, strength: 'strong' });
  });

  it('leaves a list item "A) …" alone', () => {
    expect(readLabel('A) first option')).toBeNull();
  });
});

describe("a news site's kicker over the lead ('SON DAKİKA HABERİ:')", () => {
  it('speaks for no one, and its lead names the minister who answers', () => {
    const transcript = read(
      page('Türkiye Gazetesi', [
        'SON DAKİKA HABERİ: Dışişleri Bakanı Mevlüt Çavuşoğlu önemli açıklamalarda bulundu. Bakan Çavuşoğlu gazetecilerin sorularını yanıtladı.',
        'SORU: Büyükelçiler Kararnamesinde son durum nedir?',
        'Yeni Büyükelçiler kararname taslağı hazır. Sayın Cumhurbaşkanımıza arzedeceğiz.',
        'SORU: Yunanistan ile bir görüşme planlanıyor mu?',
        'Planlanmış bir görüşme yok. Böyle bir girişim de yok.',
      ]),
      'https://www.turkiyegazetesi.example.tr/gundem/cavusoglu',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'Mevlüt Çavuşoğlu'],
      ['question', null],
      ['answer', 'Mevlüt Çavuşoğlu'],
    ]);
  });

  it('reads "Anadolu Ajansı" as an outlet', () => {
    expect(readSpeaker('Anadolu Ajansı').journalist).toBe(true);
  });
});

describe("a minister's site that titles an interview by its host", () => {
  it('names the guest from the host’s first question, not the host the title names', () => {
    const transcript = read(
      page('TV interview with Kieran Gilbert, Sky News', [
        'Kieran Gilbert:',
        "Let's go live to the Trade Minister, Don Farrell. He joins us from Adelaide. What do you make of the tariffs announced today?",
        'Minister for Trade:',
        'Look, I ignore these insults Kieran. Today is a very bad day for our relationship with the United States.',
        'Gilbert:',
        'You were critical of the former government, though. Is that fair?',
        'Minister for Trade:',
        "That's apples and pears I'm afraid, Kieran.",
      ]),
      'https://www.minister.example.gov.au/farrell/transcript/tv-interview-kieran-gilbert-sky-news',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Kieran Gilbert'],
      ['answer', 'Don Farrell'],
      ['question', 'Kieran Gilbert'],
      ['answer', 'Don Farrell'],
    ]);
    expect(transcript.participants.map((participant) => participant.name)).toEqual(['Kieran Gilbert', 'Don Farrell']);
  });
});

describe("a Korean broadcaster's transcript: marked names closed by an angle bracket, and the credits over it", () => {
  it.each([
    ['◇ 김현정> 안녕하십니까?', '김현정', '안녕하십니까?'],
    ['◆ 정의용> 네, 안녕하세요.', '정의용', '네, 안녕하세요.'],
    ['◎ 박정호 > 오늘은 중요한 분을 모셨습니다.', '박정호', '오늘은 중요한 분을 모셨습니다.'],
    ['▶ 박진> 그렇습니다.', '박진', '그렇습니다.'],
  ])('reads %j as a label', (line, text, rest) => {
    expect(readLabel(line)).toMatchObject({ text, rest, kind: 'named' });
  });

  it.each(['한국일보 > 정치', '홈 > 뉴스 > 국제', '자막> 2차 인선, 평가는?', '◇ 자막> 외교부 장관 발언', '최대환 앵커> 네, 현장 연결합니다.'])(
    'reads no label in %j',
    (line) => {
      expect(readLabel(line)).toBeNull();
    },
  );

  it('gives the host the questions and the guest the answers, by the credits, and drops the credits', () => {
    const transcript = read(
      page('외교부 장관 인터뷰', [
        '<p>■ 방송 : KBS 라디오 &lt;주진우 라이브&gt; (17:00~18:00)<br>■ 진행 : 주진우 / KBS 기자<br>■ 대담 : 조현 / 외교부 장관</p>',
        '◇ 주진우> 오늘은 외교부 장관 모셨습니다. 장관님 나와 계십니다.',
        '◆ 조현> 네, 안녕하세요.',
        '◇ 주진우> 취임하시고 첫 방송 출연이시죠. 요즘 정상회담 준비로 바쁘시다고 들었습니다.',
        '◆ 조현> 네, 그렇습니다. 정상회담 준비가 제일 바쁩니다.',
        '◇ 주진우> 관세 협상 얘기도 해보겠습니다. 어떻게 되고 있습니까?',
        '◆ 조현> 계속 협의하고 있습니다.',
        '◇ 주진우> 오늘 말씀 고맙습니다.',
      ]),
      'https://radio.broadcaster.example.kr/interview/20251001',
    );
    const roles = new Map(transcript.participants.map((participant) => [participant.name, participant.role]));
    expect(roles).toEqual(
      new Map([
        ['주진우', 'journalist'],
        ['조현', 'official'],
      ]),
    );
    expect(transcript.segments.flatMap((segment) => segment.paragraphs).join(' ')).not.toContain('■');
  });
});
