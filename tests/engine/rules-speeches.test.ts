// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { FIRST_PERSON, GREETING } from '../../lib/text/register';
import { kindFromTitle, titleNamesNonTranscript } from '../../lib/metadata/kind';
import { namesInTitle } from '../../lib/segment/title-names';
import { page, read } from './rule-pages';

/**
 * Speeches at a forum (the UN General Assembly, a conference, a reception), reposted by news
 * sites: no labels and no questions, so the speaker's address to the chair and the delegates, and
 * the first person, are what tell them from a report.
 */

describe('a speech addressing the chair and the delegates', () => {
  it.each([
    'Señor Presidente de la Conferencia; Señores Delegados:',
    'Monsieur le Président, Mesdames et Messieurs les délégués,',
    'Herr Präsident, meine Damen und Herren,',
    'Distinguished guests, ladies and gentlemen,',
    '主席先生,各位同事!',
    '議長、議長のもと、国連は創立75周年を祝います。',
    '존경하는 의장님, 사무총장님, 그리고 각국 대표 여러분',
    'السيد الرئيس، أصحاب المعالي والسعادة',
  ])('opens with a greeting: %j', (line) => {
    expect(GREETING.test(line)).toBe(true);
  });

  it.each([
    'Monsieur Dupont a été nommé ambassadeur.',
    'Monsieur Le Drian a déclaré que la France restait engagée.',
    'Madame la ministre a annoncé une visite.',
    'Distinguished Professor Smith said the talks went well.',
    '議長は会議の開会を宣言した。',
    '主席说,会议将于明天开幕。',
  ])('is not a report that names the chair: %j', (line) => {
    expect(GREETING.test(line)).toBe(false);
  });

  it("is read as a speech on a news site's repost, in Japanese", () => {
    const transcript = read(
      page('安倍首相の国連演説全文', [
        '米ニューヨークを訪問中の安倍晋三首相は24日午後、国連総会で一般討論演説を行った。演説の全文は次の通り。',
        '議長、議長のもと、国連は創立75周年を祝います。',
        '75年前、国連は、二度と戦争の惨禍を繰り返さないとの決意のもとに生まれました。',
        '日本は、国連の理念を共有し、平和と繁栄のために力を尽くしてまいりました。',
        '私たちは、感染症との闘いに勝利しなければなりません。',
      ]),
      'https://jp24h.example.com/post/123.html',
    );
    expect(transcript.segments.some((segment) => segment.kind === 'remarks')).toBe(true);
    expect(transcript.segments.some((segment) => segment.kind === 'question')).toBe(false);
  });
});

describe('the first person in Korean', () => {
  it.each([
    '나는 오늘 이 연설을 준비하면서 유엔의 역할을 생각했습니다.',
    '저는 대한민국 대통령으로서 이 자리에 섰습니다.',
    '제가 말씀드리고 싶은 것은 평화입니다.',
  ])('speaks: %j', (line) => {
    expect(FIRST_PERSON.test(line)).toBe(true);
  });

  it.each(['그 가운데 하나는 경제 협력이다.', '떠나는 대표단을 배웅했다.'])('is not a word that ends the same: %j', (line) => {
    expect(FIRST_PERSON.test(line)).toBe(false);
  });
});

describe('a report of a speech', () => {
  it('is not a transcript for its greeting quoted mid-paragraph', () => {
    const doc = page('Erdoğan addressed the UN General Assembly', [
      'President Recep Tayyip Erdoğan addressed the UN General Assembly on Tuesday, the agency reported.',
      'He said that the world is bigger than five, and opened with "Mr President, distinguished delegates".',
      'Officials said the speech focused on Gaza and the reform of the Security Council.',
    ]);
    expect(extractTranscript(doc, new URL('https://news.example.com/world/erdogan-un')).detected).toBe(false);
  });
});

describe("a government portal's repost of a speech, under its initials' dateline", () => {
  const speech = [
    'VGP – PM Nguyễn Tấn Dũng on August 30 hosted a solemn reception to the diplomatic corps on the occasion of the 68th anniversary of the National Day of Việt Nam. The following is the full text of the speech.',
    'Excellency Ambassador Jorge Rondon Uzcategui of Venezuela, Acting Dean of the Diplomatic Corps,',
    'Ladies and Gentlemen,',
    'On behalf of the leaderships of the Party and State of Việt Nam, I would like to extend my warmest welcome to all of you.',
    'In the past 68 years, the Vietnamese people have overcome numerous difficulties and challenges.',
  ];

  it('reads the initials and dash as a dateline, not a speaker, and gives the speech to the Prime Minister the lead names', () => {
    const transcript = read(page("PM's speech at National Day Banquet", speech), 'https://news.example.gov.vn/pms-speech-at-national-day-banquet-2013.htm');
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.label}`)).toEqual([
      'remarks:null:null',
      'remarks:Nguyễn Tấn Dũng:null',
    ]);
  });

  it('keeps initials and a dash as a label where they recur (a newspaper interviewer)', () => {
    const transcript = read(
      page('Entrevista ao ministro dos Negócios Estrangeiros', [
        'DN – Como vê a situação na Europa neste momento?',
        'É uma situação difícil, mas temos de manter a unidade entre os aliados.',
        'DN – E a relação com os Estados Unidos?',
        'Continua a ser essencial para a nossa segurança e para a da Europa.',
      ]),
      'https://www.dn.example.pt/entrevista/ministro',
    );
    expect(transcript.segments.filter((segment) => segment.label?.startsWith('DN')).length).toBe(2);
  });

  it('does not take "Nam" in Việt Nam for the first person', () => {
    expect(FIRST_PERSON.test('Thủ tướng Việt Nam tiếp Đại sứ Venezuela')).toBe(false);
  });
});

describe('a label that names a part of the text', () => {
  it('is no speaker: "Opening Remarks:" before the Prime Minister’s words, "Kurzfassung:" before a summary', () => {
    const transcript = read(
      page('Press conference of the Prime Minister Anwar Ibrahim with editors', [
        'Opening Remarks: For the benefit of the guest from international media, I will speak in English.',
        'We have had a very productive week, and I want to thank all of you for coming.',
        'Question: Prime Minister, what is the outcome of the summit?',
        'Anwar Ibrahim: The outcome is a commitment to open trade and to peace in the region.',
      ]),
      'https://www.pmo.example.gov.my/2025/05/teks-ucapan/',
    );
    expect(transcript.participants.map((participant) => participant.name)).not.toContain('Opening Remarks');
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: 'Anwar Ibrahim' });
  });
});

describe('a speech whose headline names only the occasion', () => {
  const speech = [
    'Madame la Présidente du Comité des Ministres, chère Dominique,',
    'Mesdames et Messieurs les Ministres,',
    'Soixante-quinze ans après la création du Conseil de l’Europe, le continent a changé de visage, et ses institutions avec lui.',
    'Les premiers signataires du traité de Londres voulaient une Europe unie par le droit, la démocratie et les droits de l’homme.',
    'De dix États membres à quarante-six aujourd’hui, chacun a ratifié la Convention européenne des droits de l’homme.',
    'Je me pose souvent cette question : que penseraient de nous aujourd’hui ceux qui ont signé le traité fondateur ?',
  ];

  it('is a transcript when its text opens by addressing the audience, after a credit line', () => {
    const doc = page('Cérémonie commémorative à l’occasion du 75e anniversaire', [
      'As delivered by Marija Pejčinović Burić, Secretary General of the Council of Europe, in Strasbourg',
      ...speech,
    ]);
    expect(extractTranscript(doc, new URL('https://www.coe.example.int/fr/discours-75e')).detected).toBe(true);
  });

  it('is not, when the address comes after a report has begun', () => {
    const doc = page('Cérémonie commémorative à l’occasion du 75e anniversaire', [
      'La Secrétaire générale a pris la parole hier à Strasbourg devant les ministres des quarante-six États membres réunis pour la cérémonie.',
      'Elle a rappelé les origines de l’organisation et a salué le travail accompli depuis sa création, selon un communiqué.',
      'Les ministres ont ensuite adopté une déclaration commune sur l’avenir de l’organisation et sur les priorités des prochaines années.',
      ...speech,
    ]);
    expect(extractTranscript(doc, new URL('https://www.news.example.fr/ceremonie-75e')).detected).toBe(false);
  });
});

describe('the first person in Dutch, the Scandinavian languages, Czech and Greek', () => {
  it.each([
    'Ik ben verheugd u hier te mogen verwelkomen.',
    'Wij hebben het afgelopen jaar veel bereikt in de Veiligheidsraad.',
    'Jag vill tacka er alla för att ni kommit hit i dag.',
    'Vores samarbejde er stærkere end nogensinde.',
    'Naše země stojí pevně na straně Ukrajiny.',
    'Εμείς θα συνεχίσουμε να στηρίζουμε τη διεθνή νομιμότητα.',
  ])('speaks: %j', (line) => {
    expect(FIRST_PERSON.test(line)).toBe(true);
  });

  it.each(['Já foi dito que a reunião terminou sem acordo.', 'Les onze ministres se sont réunis hier.', 'Vi ringrazio per l’invito.'])(
    'is not a word that means something else in another language: %j',
    (line) => {
      expect(FIRST_PERSON.test(line)).toBe(false);
    },
  );
});

describe("a speech's particulars above its first words (a mission's statement to the Security Council)", () => {
  const speech = [
    'Mr. President,',
    'Allow me, at the outset, to express our appreciation to your delegation for organizing today’s Open Debate.',
    'We believe that the principal organs of the United Nations should act in accordance with the Charter.',
    'We do not favour attempts to assume the work of other organs in this Council.',
  ];

  it('drops the centred lines of title, date, byline and office, and keeps one turn from the address', () => {
    const transcript = read(
      page('Statement by India at the UNSC Open Debate', [
        '<p align="center"><b>UNSC Open Debate on </b></p>',
        '<p align="center"><b>‘Peace and security through preventive diplomacy: </b></p>',
        '<p align="center">[Tuesday, 16 November 2021; 1000 hrs EDT/ 2030 hrs IST]</p>',
        '<p align="center"><b><u>INDIA STATEMENT</u></b></p>',
        '<p align="center">By</p>',
        '<p align="center"><b>Ambassador R. Ravindra</b></p>',
        '<p align="center">Deputy Permanent Representative</p>',
        ...speech,
      ]),
      'https://www.mission.example.gov.in/IndiaatUNSC?id=4424',
    );
    expect(transcript.segments.map((segment) => [segment.speaker, segment.paragraphs[0], segment.paragraphs.length])).toEqual([
      ['R. Ravindra', 'Mr. President,', 4],
    ]);
  });

  it('drops a byline however long, and the note that the text is as prepared', () => {
    const transcript = read(
      page('Statement at the UN Security Council Open Debate on multilateral cooperation', [
        '<p><em>Statement delivered by Chargé, H.E. Ambassador Rebecca Bryant, Australian Mission to the United Nations</em></p>',
        '<p><em>(As prepared for delivery)</em></p>',
        ...speech,
      ]),
      'https://un.mission.example.gov.au/statements/240716',
    );
    expect(transcript.segments.map((segment) => [segment.speaker, segment.paragraphs[0], segment.paragraphs.length])).toEqual([
      ['Rebecca Bryant', 'Mr. President,', 4],
    ]);
  });
});

describe('a text that stops inside its last paragraph', () => {
  const paragraphs = [
    'PRESIDENT BIDEN:  Good evening, everyone.  Last year at the NATO summit in Lithuania, the United States brought together every member of the G7.',
    'President Zelenskyy and I have just now signed that agreement between the United States and Ukraine.',
  ];

  it('keeps the cut-off paragraph in the turn, not as a briefing’s topic heading', () => {
    const last = 'Back in 2022, two days after Russia’s invasion, members of the G7 and the E';
    const transcript = read(
      page('Remarks by President Biden and President Zelenskyy of Ukraine in Joint Press Conference', [...paragraphs, last]),
      'https://doourbest.example.org/news/biden-zelenskyy-joint-press-conference',
    );
    expect(transcript.segments.at(-1)!.paragraphs.at(-1)).toBe(last);
    expect(transcript.headings.map((heading) => heading.text)).not.toContain(last);
  });

  it.each(['J’aime Je n’aime pas', 'Greek Government Press Briefings | HR-Net (Hellenic Resources Network)'])(
    'leaves %j, furniture, out of the turn',
    (last) => {
      const transcript = read(
        page('Remarks by President Biden and President Zelenskyy of Ukraine in Joint Press Conference', [...paragraphs, last]),
        'https://doourbest.example.org/news/biden-zelenskyy-joint-press-conference',
      );
      expect(transcript.segments.at(-1)!.paragraphs).not.toContain(last);
    },
  );
});

describe('speeches the new pages showed', () => {
  it('reads remarks "in Joint Statement" as spoken, not as a joint statement issued on paper', () => {
    expect(kindFromTitle('Remarks by President Biden and President Zelenskyy of Ukraine in Joint Statement')).not.toBe('other');
    expect(titleNamesNonTranscript('Remarks by President Biden and President Zelenskyy of Ukraine in Joint Statement')).toBe(false);
    expect(titleNamesNonTranscript('Joint Statement of the Ministers of Foreign Affairs')).toBe(true);
  });

  it.each([
    'Messaggio dell’Ambasciatore Francesco Azzarello in occasione della Festa della Repubblica italiana',
    'Message from the Ambassador on Independence Day',
    'Mensaje del Embajador con motivo de las Fiestas Patrias',
    'Grußwort des Botschafters zum Tag der Deutschen Einheit',
  ])('names a message of an official as a statement: %j', (title) => {
    expect(kindFromTitle(title)).toBe('statement');
  });

  it('reads a Japanese speech’s thanks for attending as its greeting, and the ambassador before "挨拶" as its speaker', () => {
    expect(GREETING.test('本日は天皇誕生日レセプションにご出席いただき,ありがとうございます。')).toBe(true);
    expect(GREETING.test('ご来賓の皆様、本日はようこそお越しくださいました。')).toBe(true);
    expect(namesInTitle('平成28年度 天皇誕生日祝賀レセプション 上月大使挨拶')).toEqual(['上月']);
  });
});
