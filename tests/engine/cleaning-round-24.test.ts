// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCapitalsLine } from '../../lib/page/title-block';
import { cleanedLines, INTERVIEW_TURNS, page, read, TRANSCRIPT_LINE } from './rule-pages';

/** Step 2's furniture around a transcript (the 24th session). */
const paragraphs = (doc: Document) => read(doc, 'https://news.example.org/interview').segments.flatMap((segment) => segment.paragraphs);

describe("an interview's title block in capitals, before the first question", () => {
  it('is left out of the turns (a guest, offices and a place)', () => {
    const block = '<p><strong>H.E. MARTA OLSEN<br>AMBASSADOR OF THE KINGDOM OF NORWAY<br>DOYEN OF THE DIPLOMATIC CORPS IN LIMA</strong></p>';
    const text = paragraphs(page('Norway and Peru share more than fish, says the ambassador', [block, INTERVIEW_TURNS]));
    expect(text.some((line) => /DOYEN|AMBASSADOR OF/u.test(line))).toBe(false);
    expect(text[0]).toBe('Mr Minister, what did you discuss with your colleague today in the capital?');
  });

  it('is left out of the turns (an encounter, then its place and day)', () => {
    const block = '<p align="center"><b>MEETING OF THE<br>PRIME MINISTER<br>WITH THE PRESS</b></p><p align="center">VILLA MADAMA, 4 MAY 2009</p>';
    const text = paragraphs(page('The Prime Minister meets the press at Villa Madama', [block, INTERVIEW_TURNS]));
    expect(text.some((line) => /VILLA MADAMA|WITH THE PRESS/u.test(line))).toBe(false);
  });

  it.each([
    ['a question in capitals', 'WHAT DID YOU DISCUSS WITH THE MINISTER?'],
    ["a cable's labelled line", 'QUESTION: WHAT ABOUT THE VISAS'],
    ['a line with small letters', 'Ambassador of Norway'],
    ['a Chinese line', '外交部发言人答记者问'],
  ])('is no line of the block: %s', (_, line) => {
    expect(isCapitalsLine(line)).toBe(false);
  });

  it('keeps a single line in capitals, a label whose words follow', () => {
    const lines = ['SECRETARY HALL', 'Thank you all for coming this morning, and thank you to our hosts for the warm welcome.', TRANSCRIPT_LINE];
    expect(cleanedLines(lines)).toEqual(lines);
  });
});

describe("an interview's subtitle that names its guest, among the first lines", () => {
  it.each([
    ['ro', 'Interviu cu Excelenţa Sa Ion Popa, Ambasadorul României în R. Moldova'],
    ['it', "Intervista a Laura Conti, Ambasciatrice d'Italia in Portogallo"],
    ['en', 'Interview with Anna Berg, Deputy Minister of Foreign Affairs of Norway'],
    ['hr', 'Intervju s veleposlanikom Markom Horvatom'],
  ])('drops it (%s)', (_, line) => {
    expect(cleanedLines([line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE]);
  });

  it.each([
    ["an editor's lead that opens with the same words", 'Interview with the minister, who arrived in Oslo on Monday for two days of talks.'],
    ['a pointer to the interview', 'Rozhovor s ministrem si můžete pustit zde:'],
    ["an editor's lead with the day and a stop", 'Interview with Anna Berg, Minister of Foreign Affairs, given to the press on the agenda, Oslo, 12 May 2020.'],
    ["an editor's lead closed after a quotation mark", 'Интервью с политиком, депутатом трех созывов, председателем партии «Союз».'],
  ])('keeps %s', (_, line) => {
    expect(cleanedLines([line, TRANSCRIPT_LINE])).toEqual([line, TRANSCRIPT_LINE]);
  });
});

describe("a broadcaster's production cues, each alone on its line", () => {
  it.each([['(BEGIN VIDEO CLIP)'], ['(END VIDEOTAPE)'], ['(MUSIC PLAYING)'], ['(SOUNDBITE OF ARCHIVED RECORDING)']])('drops %s', (line) => {
    expect(cleanedLines([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, TRANSCRIPT_LINE]);
  });

  it.each([['(Laughter.)'], ['(Applause)'], ['(BEGIN VIDEO CLIP) We are now going to the border, where our correspondent is waiting.']])('keeps %s', (line) => {
    expect(cleanedLines([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE]);
  });
});

describe("a paywall's call to subscribe, or a plea for paid support, ends the text", () => {
  const offer = 'Monthly plan 9.99, cancel at any time';
  it.each([
    ['en', 'Subscribe to get unlimited access to all our journalism'],
    ['pl', 'SUBSKRYBUJ aby mieć dostęp do wszystkich artykułów portalu'],
    ['fr', 'Abonnez-vous pour accéder à tous nos articles et archives'],
    ['ko', '우리신문을 응원해주세요. 자발적 유료 구독 회원 모집'],
  ])('drops it and the offers under it (%s)', (_, line) => {
    expect(cleanedLines([TRANSCRIPT_LINE, line, offer])).toEqual([TRANSCRIPT_LINE]);
  });

  it('keeps an answer that speaks of subscribing', () => {
    const line = 'Subscribe to the idea that all of us share the burden, and you will see why we signed the treaty.';
    expect(cleanedLines([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE]);
  });
});

describe("an office's postal address under the text", () => {
  it.each([
    ['pl', 'Biuro Prasowe Sejmiku · ul. Lipowa 14, 15-424 Białystok'],
    ['it', 'Ufficio Stampa - Via Nazionale, 40 - 00184 Roma'],
    ['fr', 'Maison de la Presse – 12, rue des Lilas – 69003 Lyon'],
  ])('drops it (%s)', (_, line) => {
    expect(cleanedLines([TRANSCRIPT_LINE, line])).toEqual([TRANSCRIPT_LINE]);
  });

  it('keeps an answer that gives an address', () => {
    const line = 'The new consulate opens on Monday, at ul. Lipowa 14, 15-424 Białystok, and it will issue visas from the first day.';
    expect(cleanedLines([TRANSCRIPT_LINE, line])).toEqual([TRANSCRIPT_LINE, line]);
  });
});

describe("a writer's name printed twice in a row", () => {
  it('drops both, the author box and the signature', () => {
    expect(cleanedLines([TRANSCRIPT_LINE, 'Ana Souza', 'Ana Souza', TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, TRANSCRIPT_LINE]);
  });

  it("keeps a speaker's label over the words it names", () => {
    const lines = ['Ana Souza', 'Good evening, and thank you for joining us tonight from the capital.', 'Ana Souza', TRANSCRIPT_LINE];
    expect(cleanedLines(lines)).toEqual(lines);
  });
});

describe("a described video's words for the blind, in a broadcaster's transcript", () => {
  it.each([
    ['Anna sits in the studio. She is in her forties, with short dark hair, and wears a green jacket.'],
    ['Tom is in his sixties, with short gray hair and glasses. He wears a navy suit.'],
    ['A caption on screen reads "Trade after the election. @thedesk."'],
    ['The caption changes to "Tom Berg. Ambassador of Norway to Canada."'],
    ['Then, it changes again to "Watch the full interview at thedesk.example."'],
  ])('drops "%s"', (line) => {
    expect(cleanedLines([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, TRANSCRIPT_LINE]);
  });

  it('keeps an answer that says where someone sits', () => {
    const line = 'My colleague sits in the studio with me every week, and she would tell you the same about the treaty.';
    expect(cleanedLines([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE, line, TRANSCRIPT_LINE]);
  });
});

describe("a documents database's record over the text", () => {
  const record = [
    'Archive of Nordic Diplomacy (Project Leader: BERG Anna)',
    'Department of Political Science, University of the North',
    '[Title] Joint Press Conference of the Foreign Ministers',
    '[Place] Oslo',
    '[Date] March 3, 2011',
    '[Source] Ministry of Foreign Affairs',
    '[Full text]',
  ];
  it('drops the header and the particulars, and keeps the text under them', () => {
    expect(cleanedLines([...record, TRANSCRIPT_LINE])).toEqual([TRANSCRIPT_LINE]);
  });

  it('keeps a "[Full text]" line with no particulars above it', () => {
    const lines = [TRANSCRIPT_LINE, 'The minister then took questions.', '[Full text]', TRANSCRIPT_LINE];
    expect(cleanedLines(lines).slice(0, 2)).toEqual(lines.slice(0, 2));
  });
});
