// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../lib/segment/speakers';
import { guestNameIn, namesInTitle } from '../../lib/segment/title-names';
import { page, read } from './rule-pages';

/**
 * Taiwan's Legislative Yuan gazette writes each speaker as surname, office, given name ("黃委員國昌:", "林部長佳龍:"):
 * the person is the surname and the given name; a member (委員) asks, the minister and his staff answer.
 */
describe('a Legislative Yuan label of surname, office and given name', () => {
  it.each([
    ['黃委員國昌', '黃國昌', false],
    ['林部長佳龍', '林佳龍', true],
    ['李處長佩華', '李佩華', true],
  ])('%j is %j', (label, name, official) => {
    const form = readSpeaker(label);
    expect(form.name).toBe(name);
    expect(form.official).toBe(official);
    expect(form.roleOnly).toBe(false);
  });

  it('leaves an office before a full name, and two offices, as they were', () => {
    expect(readSpeaker('外交部長王毅').name).not.toBe('外王毅');
    expect(readSpeaker('副部長王毅').name).not.toBe('副王毅');
    expect(readSpeaker('王代表委員').name).not.toBe('王委');
    expect(readSpeaker('崔大使').roleOnly).toBe(true);
  });

  it('names the member who asks and the minister who answers', () => {
    const doc = page('黃國昌 @ 第11屆第1會期外交及國防委員會第30次全體委員會議', [
      '黃委員國昌:謝謝主席,麻煩請部長。',
      '主席:請部長。',
      '黃委員國昌:部長好。針對駐美大使在他住的地方採買的事情,引發了社會非常多的討論,你們為什麼編密件?',
      '林部長佳龍:委員好。我是不是請同仁來說明一下?',
      '李處長佩華:報告委員,因為我們各個外館的經費明細是放在我們的機密預算的內容去表達。',
      '黃委員國昌:對不起,我們還是回到法規來講,是我引的條次錯了嗎?',
      '林部長佳龍:他是說總預算在提出的時候有列在機密預算。',
    ]);
    const transcript = read(doc, 'https://dataly.openfun.app/collection/item/ivod/1/gazette');
    const names = transcript.participants.map((participant) => participant.name);
    expect(names).toEqual(expect.arrayContaining(['黃國昌', '林佳龍', '李佩華']));
    expect(names.some((name) => name.includes('委員') || name.includes('部長'))).toBe(false);
    const huang = transcript.segments.filter((segment) => segment.speaker === '黃國昌');
    expect(huang.some((segment) => segment.kind === 'question')).toBe(true);
    expect(transcript.segments.filter((segment) => segment.speaker === '林佳龍').every((segment) => segment.kind !== 'question')).toBe(true);
  });
});

/**
 * A Korean title or lead that names a governor or the chief of staff before the office, the province or the house
 * between ("원희룡 제주도지사 출마선언 …", "박지원(朴智元) 청와대 비서실장은 …"); a date's day glued to the next word
 * ("11일새 총리서리") is no name.
 */
describe('a Korean name before a governor’s or a chief of staff’s office', () => {
  it.each([
    ['원희룡 제주도지사 출마선언 기자회견 일문일답 요지', '원희룡'],
    ['박지원(朴智元) 청와대 비서실장은 11일새 총리서리에 장 상 이화여대 총장을 지명하고', '박지원'],
  ])('%j names %j', (title, name) => {
    expect(namesInTitle(title)[0]).toBe(name);
  });

  it('reads no name from a date glued to the next word, nor from a market', () => {
    expect(namesInTitle('청와대는 11일새 총리서리에 장 상 총장을 지명했다')).not.toContain('일새');
    expect(namesInTitle('재래식 전통시장 살리기 대책')).toEqual([]);
  });

  it('names who answers the press conference’s unlabelled answers', () => {
    const doc = page('원희룡 제주도지사 출마선언 기자회견 일문일답 요지', [
      '<p><b>- 도지사직 사퇴 여부도 포함되는가?</b></p>',
      '그 여부까지 포함한다. 오늘부터 제가 출마선언 함으로써 어느 시점에서 대행으로 넘어간다는 것을 말씀드린다.',
      '<p><b>- 선거 준비는 어떻게 하실 계획인가?</b></p>',
      '오늘은 대략적인 것들을 말씀드리고 구체적인 계획은 다음에 말씀드리겠다.',
      '<p><b>- 현직 도지사로서 유리하다고 보는가?</b></p>',
      '지금 도지사에게 도전하고 있는 분들도 훌륭한 분들이다. 도민께서 판단하실 것이다.',
    ]);
    const transcript = read(doc, 'http://www.headlinejeju.co.kr/news/articleView.html?idxno=1');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((segment) => segment.speaker === '원희룡')).toBe(true);
  });
});

/**
 * A title that gives a full name, a comma and the office, then the office's country in the genitive, as Czech,
 * Slovak, Romanian and the Slavic languages write it: "Amir Weissbrod, velvyslanec Izraele v Česku", "Daniel
 * Ioniță, Ambasadorul României în Republica Moldova". The name holds the office; the country is no one.
 */
describe('a full name before its office and the office’s country', () => {
  it.each([
    ['Amir Weissbrod, velvyslanec Izraele v Česku', 'Amir Weissbrod', 'Izraele'],
    ['Daniel Ioniță, Ambasadorul României în Republica Moldova', 'Daniel Ioniță', 'României'],
  ])('%j names %j, not %j', (title, name, country) => {
    expect(guestNameIn(title)).toBe(name);
    expect(namesInTitle(title)).not.toContain(country);
  });

  it('keeps a surname alone after an office where no name stands before it', () => {
    expect(namesInTitle('Interview with Secretary Blinken, Minister of State')).toContain('Blinken');
  });

  it('reads no name from a tags line that lists a name and an office', () => {
    expect(namesInTitle('Schlagwörter: BPK, Steffen Seibert, Regierungssprecher', { afterOffice: true })).toEqual([]);
  });

  it('names who answers an interview under such a title', () => {
    const doc = page('Amir Weissbrod, velvyslanec Izraele v Česku', [
      '<p><b>Nastoupil jste do funkce velvyslance velmi krátce po příměří. Jaké to pro vás bylo?</b></p>',
      'Byly to dva těžké roky. Doufejme, že to znamená nový začátek, který bude znamenat lepší stabilitu pro celý region.',
      '<p><b>Jak vnímáte vztahy mezi Izraelem a Českem?</b></p>',
      'Vztahy jsou výborné a jsem rád, že mohu pokračovat v práci svých předchůdců tady v Praze.',
      '<p><b>Co chcete během svého působení změnit?</b></p>',
      'Chtěl bych, aby se obě země ještě více sblížily v oblasti vědy, obchodu a kultury.',
    ]);
    const transcript = read(doc, 'https://www.idnes.cz/zpravy/zahranicni/weissbrod-izrael-velvyslanec-rozhovor.A250101_1');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((segment) => segment.speaker === 'Amir Weissbrod')).toBe(true);
  });
});

/**
 * A podcast's transcript that names its host once with the Nordic word for host before the name and labels the
 * host's later turns by initials ("Programledare Kristoffer Triumf (i fortsättningen benämnd KT):", then "KT:"): the
 * word is no part of the name, so the initials are the host's.
 */
describe('a host’s word before the name, and the host’s initials after', () => {
  it('reads the name without the host’s word', () => {
    expect(readSpeaker('Programledare Kristoffer Triumf (i fortsättningen benämnd KT)').name).toBe('Kristoffer Triumf');
    expect(readSpeaker('Juontaja Lotta Backlund').name).toBe('Lotta Backlund');
  });

  it('gives the initials’ turns to the host', () => {
    const doc = page('UD-podden avsnitt 34: I knipa utomlands – vad kan en ambassad hjälpa till med?', [
      'Programledare Kristoffer Triumf (i fortsättningen benämnd KT): Välkommen till ett nytt avsnitt av UD-podden. Med mig i studion har jag Emelie Rennerfelt. Välkommen hit!',
      'Emelie Rennerfelt (i fortsättningen benämnd ER): Tack så jättemycket!',
      'KT: Jag blev andfådd av att säga din titel. Varför har du en så lång titel?',
      'ER: Det kanske är enhetens namn som är långt. Vi jobbar med konsulära frågor och civilrätt.',
      'KT: Okej, så vad gör man som svensk om man hamnar i knipa utomlands?',
      'ER: Då kan man alltid kontakta ambassaden eller UD:s jour dygnet runt.',
    ]);
    const transcript = read(doc, 'https://www.regeringen.se/ud-podden/avsnitt-34');
    const names = transcript.participants.map((participant) => participant.name);
    expect(names).toContain('Kristoffer Triumf');
    expect(names).not.toContain('KT');
    expect(names.some((name) => name.startsWith('Programledare'))).toBe(false);
  });
});

/**
 * A transcript that labels the guest and the interviewer by initials ("SN:", "LB:") under a title and an opening
 * that name the guest with no office to place him ("Tämä oli Sauli Niinistön viimeinen vaalipuhe", "Sauli Niinistö on
 * ollut …") and the interviewer with her initials late in a paragraph ("Haastattelijana oli Lotta Backlund (LB).").
 * An outlet's initials stay as written ("TNT:" is The New Times').
 */
describe('initials that a title’s or an opening’s full name spells, placed or not', () => {
  const speakersOf = (title: string, paragraphs: string[]) => {
    const transcript = read(page(title, paragraphs), 'https://www.verkkouutiset.fi/tama-oli-viimeinen-vaalipuhe/');
    return transcript.segments.map((segment) => segment.speaker);
  };

  it('names the guest and the interviewer', () => {
    const speakers = speakersOf('Tämä oli Sauli Niinistön viimeinen vaalipuhe sanasta sanaan', [
      'Sauli Niinistö on ollut vaaleissa ehdolla 1970-luvun lopulta alkaen. Nyt edessä ei välttämättä enää ole kampanjoita.',
      'Verkkouutiset julkaisee tässä vaalitilaisuudessa pidetyn puheen ja haastattelun kokonaisuudessaan sanasta sanaan. Tilaisuuksissa oli satoja kuulijoita, ja tunnelma oli koko päivän ajan erittäin hyvä ja odottava. Haastattelijana oli Lotta Backlund (LB).',
      'SN: Meininki on oikein hyvä. Tultiin Lauttasaaresta ja siellä oli melkein yhtä paljon väkeä kuin täälläkin.',
      'LB: Mutta hei, puhutaan heti vähän näistä kampanjan teemoista. Mikä oli kaikkein tärkeintä nostaa esille?',
      'SN: Jos me kukin kohdaltamme ajattelemme omaa elämäämme, niin kyllä se rauhasta lähtee, hyvä elämä.',
      'LB: Nyt on aika monta viikkoa kiertämistä takana. Ovatko nämä teemat yllättäneet?',
      'SN: Eivät oikeastaan. Kansalaiset ovat puhuneet samoista asioista koko kampanjan ajan.',
    ]);
    expect(speakers).toContain('Sauli Niinistö');
    expect(speakers).toContain('Lotta Backlund');
    expect(speakers).not.toContain('SN');
    expect(speakers).not.toContain('LB');
  });

  it('leaves an outlet’s initials as written', () => {
    const speakers = speakersOf('Kenya’s envoy to Rwanda speaks to The New Times', [
      'Kenya’s High Commissioner to Rwanda sat down with The New Times to discuss trade and the region.',
      'TNT: This happens to be your first visit to the newsroom. How do you find Kigali?',
      'Mutua: Kigali is a wonderful city and I feel at home here.',
      'TNT: You came into office with a strong mandate on trade. What are your priorities?',
      'Mutua: My priority is to deepen trade between our two countries.',
    ]);
    expect(speakers).not.toContain('The New Times');
  });
});

/**
 * A Ukrainian committee's stenogram labels its chair by the part alone ("ГОЛОВУЮЧИЙ.") under the line that says who
 * chairs the sitting ("Веде засідання голова Комітету ГОПКО Г.М."): the chair's turns are that member's.
 */
describe('the chair of a committee’s sitting', () => {
  const sitting = (chairLine: string) =>
    read(
      page('Стенограма засідання Комітету 11.07.2017', [
        'засідання Комітету у закордонних справах',
        chairLine,
        '<p><b>ГОЛОВУЮЧИЙ.</b> Уже у нас є кворум для того, щоб ми могли розпочати засідання, дуже коротко.</p>',
        'В когось є якісь пропозиції для того, щоб до порядку денного додати ще якісь питання, чи зняти? Немає?',
        '<p><b>ТАРАСЮК Б.І.</b> В мене пропозиція, щоб ми, значить, провели закрите засідання з заслуховуванням міністра.</p>',
        '<p><b>ГОЛОВУЮЧИЙ.</b> Дякую, Борисе Івановичу. Колеги, хто за те, щоб підтримати цю пропозицію?</p>',
        '<p><b>ТАРАСЮК Б.І.</b> На закритому засіданні в п’ятницю, як ми домовлялися минулого разу.</p>',
        '<p><b>ГОЛОВУЮЧИЙ.</b> Добре. Дякую, колеги, переходимо до наступного питання порядку денного.</p>',
      ]),
      'https://zakordon.rada.gov.ua/news/Diyalnist_komitetu/stenogramy/1.html',
    );

  it.each(['Веде засідання голова Комітету ГОПКО Г.М.', 'Веде засідання Голова Комітету Г.М.ГОПКО'])('is named by %j', (chairLine) => {
    const speakers = sitting(chairLine).segments.map((segment) => segment.speaker);
    expect(speakers.some((speaker) => speaker?.includes('Гопко'))).toBe(true);
    expect(speakers).not.toContain('Головуючий');
  });
});

/**
 * A Chinese headline's kind of text after an office is no name ("美媒与驻美大使访谈实录", an interview's record with the
 * ambassador): the lead names him ("崔天凯大使接受…采访"), and "崔大使:" is that ambassador.
 */
describe('a Chinese interview’s words after an ambassador’s office', () => {
  it('name no one', () => {
    expect(namesInTitle('答非所问的最高境界!美媒与驻美大使访谈实录')).toEqual([]);
    expect(namesInTitle('驻英国大使刘晓明接受专访')).toEqual(['刘晓明']);
  });

  it('leave the lead to name the ambassador the surname labels', () => {
    const transcript = read(
      page('答非所问的最高境界!美媒与驻美大使访谈实录', [
        '2月13日,崔天凯大使接受美国全国公共广播电台(NPR)早间新闻节目主持人英斯基普采访,就中国抗击新冠肺炎疫情等回答了提问。',
        '英斯基普:我们今天采访目的是讨论中国应对新冠肺炎疫情的情况。这是中国近年来面临的最严重的挑战吗?',
        '崔大使:新冠肺炎疫情是对中国的巨大挑战,某种程度上来说,对整个国际社会也是一个巨大挑战。',
        '英斯基普:这是否已构成对中国治理体系有效性的一次考验?',
        '崔大使:正如我刚才所说,这对任何政府、任何治理体系都是巨大挑战。',
      ]),
      'https://www.kantie.org/topics/cui-tiankai-npr',
    );
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((segment) => segment.speaker === '崔天凯')).toBe(true);
  });
});

/** English news calls an envoy "diplomat" before the name: "interview with veteran Chinese diplomat Cui Tiankai". */
describe('a diplomat before the name', () => {
  it.each([
    ['Excerpts from interview with veteran Chinese diplomat Cui Tiankai', 'Cui Tiankai'],
    ["China's top diplomat Wang Yi meets Blinken", 'Wang Yi'],
  ])('%j names %j', (title, name) => {
    expect(guestNameIn(title)).toBe(name);
  });

  it('names who answers the unlabelled answers', () => {
    const transcript = read(
      page('Excerpts from interview with veteran Chinese diplomat Cui Tiankai', [
        '<p><b>How would you describe the state of relations between China and the United States today?</b></p>',
        'Especially the US. But I also think many countries are now worried about where the relationship is going.',
        '<p><b>What did you learn from your years as ambassador in Washington?</b></p>',
        'As the Chinese ambassador, for more than eight years, I learnt that we have to keep talking to each other.',
        '<p><b>Are you optimistic about the future?</b></p>',
        'Well, if I could be totally honest with you, I am cautiously optimistic, as I have always been.',
      ]),
      'https://www.straitstimes.com/asia/east-asia/excerpts-from-interview-with-cui-tiankai',
    );
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((segment) => segment.speaker === 'Cui Tiankai')).toBe(true);
  });
});
