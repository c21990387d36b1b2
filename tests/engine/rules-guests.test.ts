// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { guestNameIn, leadNameIn, namesInTitle, surnameAsTitleSubject, surnameBeforeColon } from '../../lib/segment/title-names';
import { extractTranscript } from '../../lib/extract';
import type { Transcript } from '../../lib/transcript-schema';
import { page } from './rule-pages';
import { parseDocument } from '../../scripts/lib/parse-html';

/** The page read as a transcript whatever detection says: these rules name speakers, they do not find pages. */
function read(doc: Document, url: string): Transcript {
  return extractTranscript(doc, new URL(url), { force: true }).transcript!;
}

/**
 * Who the guest of a news site's interview is, when no label names them: the name an office
 * places in the editor's lead, the surname the headline puts before its colon, the name nearest
 * the office a headline gives alone. Not the first capitalised words of the lead (an airline, a
 * school, a newspaper, a country).
 */

/** A question as news sites set it, in bold. */
const asked = (question: string) => `<p><b>${question}</b></p>`;
const qa = (answer: string) => [
  asked('¿Cuál es el balance final de la gira?'),
  answer,
  asked('¿Y ahora qué sigue?'),
  'Seguiremos trabajando con todos los socios.',
];

describe('the guest an editor’s lead names', () => {
  it('is the name an office places, not the first name the lead gives', () => {
    expect(
      leadNameIn(
        'Una hora antes de aterrizar en Ezeiza, en el avión de Aerolíneas Argentinas que traía a la comitiva, el canciller Santiago Cafiero habló con este diario.',
        true,
      ),
    ).toBe('Santiago Cafiero');
    expect(leadNameIn('Mindkét ország konfliktusba került, mondta Iain Lindsay, nagykövet.', true)).toBe('Iain Lindsay');
  });

  it('reads an office in apposition, after the name or before it', () => {
    expect(leadNameIn('Ông Raymond Burghardt, Đại sứ Hoa Kỳ tại Việt Nam, hiện đang có mặt ở Washington.', true)).toBe('Raymond Burghardt');
    expect(leadNameIn('O ministro das Relações Exteriores, Ernesto Araújo, terá um começo de dezembro movimentado.', true)).toBe('Ernesto Araújo');
  });

  it('is no name inside a quotation, even one the text leaves open', () => {
    expect(
      leadNameIn('Para Rafael Mello Vidal, os dois Governos convergem. “Quando olho para a agenda do Presidente João Lourenço e quando vemos a agenda', true),
    ).toBeUndefined();
    expect(leadNameIn('Para Rafael Mello Vidal, os dois Governos convergem.', false)).toBe('Rafael Mello Vidal');
  });

  it('reads initials and a surname as a name only where an office or a courtesy title places them', () => {
    expect(leadNameIn('Ông hiện đang có mặt ở Washington D.C. Hôm qua, ông đã dành cho Ban Việt Ngữ cuộc phỏng vấn.', true)).toBeUndefined();
    expect(namesInTitle('Closing Statement of H.E. Prof. S. Jayakumar, Minister for Foreign Affairs, at the Meeting')[0]).toBe('S. Jayakumar');
  });

  it('reads "His Excellency" spelt out as a courtesy title before the name', () => {
    expect(
      namesInTitle('Statement by His Excellency Georges Rebelo Pinto Chikoti Secretary-General to the 117th Session of the OACPS Council of Ministers')[0],
    ).toBe('Georges Rebelo Pinto Chikoti');
    expect(namesInTitle('Discurso de Su Excelencia el Presidente Luis Abinader')[0]).toBe('Luis Abinader');
    // An initial without its dot after a courtesy title or an office, as Singapore writes it.
    expect(namesInTitle('Transcript of Sydney Morning Herald’s Interview with Mr K Shanmugam, Minister for Home Affairs')[0]).toBe('K Shanmugam');
    expect(namesInTitle('Minister K Shanmugam said the law would stay')[0]).toBe('K Shanmugam');
    expect(namesInTitle('Plan B Approved by the Cabinet')).toEqual([]);
    // An undersecretary and a deputy minister are offices before a name.
    expect(namesInTitle('Intervista al Sottosegretario Giorgio Mulè')[0]).toBe('Giorgio Mulè');
    expect(namesInTitle('Intervista al Viceministro Edmondo Cirielli')[0]).toBe('Edmondo Cirielli');
    expect(namesInTitle('Il Console Generale Francesco Forte: la comunità italiana protagonista')[0]).toBe('Francesco Forte');
    expect(namesInTitle('Il Segretario Generale António Guterres a Roma')[0]).toBe('António Guterres');
    // "with" capitalised in a title that capitalises every word.
    expect(namesInTitle('Intervju Med Margot Wallström')[0]).toBe('Margot Wallström');
    expect(namesInTitle('Entrevista Con Marcelo Ebrard')[0]).toBe('Marcelo Ebrard');
    // Romanian puts the possessive after the word: "Excelența Sa".
    expect(namesInTitle('Interviu cu Excelenţa Sa Daniel Ioniţă, Ambasadorul României în R. Moldova')[0]).toBe('Daniel Ioniţă');
  });

  it('reads a Chinese name before an office and "就" (on): the ambassador, not his country', () => {
    expect(namesInTitle('刘晓明大使就中美经贸磋商等问题答记者问')[0]).toBe('刘晓明');
    expect(namesInTitle('俄罗斯大使就乌克兰问题答记者问')).toEqual([]);
  });

  it("reads the ministry's name between the office and its holder as the office's", () => {
    expect(leadNameIn('Minister van Buitenlandse Zaken Maxime Verhagen (52) heeft naar eigen zeggen een fantastische baan.', true)).toBe('Maxime Verhagen');
    expect(leadNameIn('The Minister of Foreign Affairs Wang Yi met reporters after the talks.', true)).toBe('Wang Yi');
  });

  it('gives the answers to the minister the lead names by office, after an airline', () => {
    const transcript = read(
      page('"Brasil tiene que cuidar el Mercosur"', [
        'Una hora antes de aterrizar en el aeropuerto de Ezeiza, en el avión de Aerolíneas Argentinas que traía de regreso a la comitiva oficial, el canciller Santiago Cafiero habló con este diario sobre la gira.',
        ...qa('Muy satisfactorio. La voz de la Argentina fue escuchada en todos los foros.'),
      ]),
      'https://www.news.example.ar/cafiero-balance-gira',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Santiago Cafiero',
      'Santiago Cafiero',
    ]);
  });
});

describe('the surname a headline puts before its colon', () => {
  it('is confirmed by an office’s phrase of capitalised words before it in the lead', () => {
    expect(
      surnameBeforeColon('Wardana: Nggak Mungkin Tumpang Tindih', [
        '“Nggak mungkin tumpang tindih,” ungkap Wakil Menteri Luar Negeri Wardana kepada Rakyat Merdeka di Jakarta, kemarin.',
      ]),
    ).toBe('Wardana');
  });

  it('outranks a lead’s first name that no office places', () => {
    const transcript = read(
      page('Wardana: Nggak Mungkin Tumpang Tindih, Saya Kan Pembantunya Menlu', [
        'RMOL. Tugas Wakil Menteri Luar Negeri tidak akan tumpang tindih dengan tugas Menteri Luar Negeri.',
        '“Nggak mungkin tumpang tindih. Sebab, wakil menteri adalah pembantu menteri luar negeri,” ungkap Wakil Menteri Luar Negeri Wardana kepada Rakyat Merdeka di Jakarta, kemarin.',
        'Berikut kutipan selengkapnya;',
        asked('Apa ada arahan lain?'),
        'Presiden memberikan arahan agar memberikan perhatian kepada diplomasi ekonomi.',
        asked('Bagaimana pembagian tugasnya?'),
        'Saya kan pembantunya Menlu, jadi saya membantu tugas beliau.',
      ]),
      'https://www.news.example.id/wardana-wamenlu',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Wardana', 'Wardana']);
  });
});

describe('a surname that opens the headline as its subject', () => {
  it('is the guest where the body gives it with given names, and where the lead names no one else', () => {
    const transcript = read(
      page('Pape nægter at svare på spørgsmål om sin mands usandheder', [
        '<p>Spørgsmål: Kan du ikke forstå, at der er en interesse for det?</p>',
        '<p>- Jeg kan godt forstå, at der er en interesse for det.</p>',
        '<p>Spørgsmål: Hvorfor svarer du ikke?</p>',
        '<p>- Det kan man godt gisne over.</p>',
        '<p>Ekstra Bladet har skrevet, at Søren Pape Poulsen som justitsminister holdt møder i Egypten.</p>',
      ]),
      'https://jp.example.dk/indland/pape-naegter-at-svare',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Søren Pape', 'Søren Pape']);
  });

  it('needs the body to give it with given names before it', () => {
    expect(surnameAsTitleSubject('Pape nægter at svare', ['Søren Pape Poulsen som justitsminister'])).toBe('Søren Pape');
    expect(surnameAsTitleSubject('Pape nægter at svare', ['Der er ingen navne her.'])).toBeNull();
  });
});

describe('the name a headline gives after a closing quotation mark and a colon', () => {
  it('is the guest, whom the body need not name, and a group of states in the standfirst is no one', () => {
    const doc = parseDocument(`<!doctype html><html><head><title>x</title></head><body><article>
      <h1>“Ya ni siquiera la cadena de mando la controla Maduro”: Juan Guaidó</h1>
      <h2 class="lead">A su salida de la reunión del Grupo de Lima, el presidente interino de Venezuela habló de las deserciones.</h2>
      <div class="article-body">
      ${asked('¿Cuándo y cómo va a regresar a Venezuela?')}
      <p>Esta semana estaremos de regreso en Caracas, ejerciendo nuestras funciones.</p>
      ${asked('¿El ELN está muy grande en Venezuela?')}
      <p>Así es, Venezuela ha sido santuario. Eso no lo podemos permitir.</p>
      </div></article></body></html>`);
    const transcript = read(doc, 'https://noticias.example.com.co/guaido-entrevista');
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Juan Guaidó', 'Juan Guaidó']);
  });
});

describe('dashes under bold questions and statements', () => {
  it('answers an interview whose questions are set in bold and answers in dashes, one of them after a statement put to the guest', () => {
    const transcript = read(
      page('Entrevista con el canciller Marcelo Ebrard', [
        'El contexto complejo que se encontró Marcelo Ebrard al aceptar el cargo de canciller de México no lo pudo imaginar.',
        asked('¿Se imaginaba la complejidad diplomática en la que le ha tocado trabajar?'),
        '— Ha sido más complejo de lo que esperábamos, tanto por la pandemia como por la nueva geopolítica.',
        asked('México ha movido a Latinoamérica y a sus gobiernos a la izquierda.'),
        '—Vamos a una posición más hacia la igualdad; tuvimos un buen tiempo donde todo era libre mercado.',
        asked('¿Afectará a México el conflicto en Ucrania?'),
        '— Nos puede afectar desde el punto de vista de los precios.',
      ]),
      'https://www.publimetro.example.cl/noticias/ebrard',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Marcelo Ebrard',
      'question:null',
      'answer:Marcelo Ebrard',
      'question:null',
      'answer:Marcelo Ebrard',
    ]);
  });

  it('leaves a bold line that names who speaks next, not a statement put to them', () => {
    const transcript = read(
      page('The wishes of foreign ambassadors on the December holidays', [
        'High-ranking foreign officials from the embassies shared their wishes with our readers this week.',
        asked('Ilkka Räisänen, Ambassador of Finland to Kazakhstan'),
        '- I am here for two years now. I have noticed big changes in the city and in the country.',
        asked('Haitham Salah Kamel, Ambassador of Egypt to Kazakhstan'),
        '- I have been in Kazakhstan for one year, and I wish every family peace and happiness.',
      ]),
      'https://e-history.example.kz/en/wishes',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'question').map((segment) => segment.paragraphs[0])).not.toContainEqual(
      expect.stringMatching(/^(?:Ilkka|Haitham)/u),
    );
  });
});

describe('a full name that opens the headline as its subject', () => {
  const doorstop = (title: string) =>
    read(
      page(title, [
        asked('Prime Minister, are you considering a new ban on live exports?'),
        'Minister Ludwig is addressing this issue. We have obviously seen the footage.',
        asked('Were you overruled, though?'),
        'I have just said it is completely untrue, and let me make that very clear.',
      ]),
      'https://blog.example.com/2012/03/doorstop.html',
    ).segments.flatMap((segment) => (segment.kind === 'answer' ? [segment.speaker] : []));

  it('names the answers where nothing else on the page does', () => {
    expect(doorstop('Julia Gillard has no idea about veracity')).toEqual(['Julia Gillard', 'Julia Gillard']);
    expect(doorstop('Orbán Viktor az indiai útjáról: az ünnepek között is sokat dolgoztunk')).toEqual(['Orbán Viktor', 'Orbán Viktor']);
  });

  it('is no preposition, kind of text or list of questions that opens a headline', () => {
    expect(doorstop('Fra Eidsvåg til Kuala Lumpur i morgen')).toEqual([null, null]);
    expect(doorstop('Selected Questions and Answers after the ASEAN Summits')).toEqual([null, null]);
    expect(doorstop('Intervju Hrvatske nastave s generalnim konzulom')).toEqual([null, null]);
  });
});

describe('the guest a headline names by office alone', () => {
  it('is the lead’s name nearest that office, not a school the lead names first', () => {
    const transcript = read(
      page('Besuch beim Außenminister', [
        'Interviewtermin im Auswärtigen Amt: Alina, Anastasia, Clara und David, vier junge Journalisten vom Französischen Gymnasium, trafen Außenminister Frank-Walter Steinmeier.',
        asked('Ein Außenminister muss viel reisen. Mögen Sie das?'),
        'Nicht das Reisen ist das Problem, sondern die wenige Zeit zu Hause.',
        asked('Was war Ihr schönstes Erlebnis?'),
        'Es gibt viele schöne Erlebnisse, aber die Begegnungen mit Menschen sind die wichtigsten.',
      ]),
      'https://www.news.example.de/besuch-beim-aussenminister',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Frank-Walter Steinmeier',
      'Frank-Walter Steinmeier',
    ]);
  });
});

describe('a name after an office, then a preposition that is a particle elsewhere', () => {
  it('ends before the preposition when two words follow it', () => {
    // Indonesian "di" (at) after the minister's name: "di Akhir Jabatannya" is the headline's.
    expect(namesInTitle('Menlu Retno Marsudi di Akhir Jabatannya: Perang Dagang Bisa Bergeser ke Konflik Militer')[0]).toBe('Retno Marsudi');
  });

  it('keeps a surname the particle opens, and names no outlet', () => {
    expect(namesInTitle('presidente Luiz Inácio Lula da Silva a respeito da guerra')).not.toContain('Luiz Inácio Lula');
    expect(namesInTitle('Intervista del Presidente del Consiglio a Sette Magazine del Corriere della Sera')).not.toContain('Sette Magazine');
  });
});

describe("a Japanese minister's press conference minutes", () => {
  it.each([
    ['中川財務大臣兼金融担当大臣閣議後記者会見の概要', '中川'],
    ['世耕経済産業大臣の閣議後記者会見の概要', '世耕'],
    ['小宮山大臣閣議後記者会見概要', '小宮山'],
  ])('names the minister the title opens on: %j', (title, name) => {
    expect(namesInTitle(title)[0]).toBe(name);
  });

  it('reads no name in a ministry alone: "法務大臣閣議後記者会見の概要"', () => {
    expect(namesInTitle('法務大臣閣議後記者会見の概要')).toEqual([]);
  });

  it('gives the anonymous answers to that minister', () => {
    const transcript = read(
      page('鈴木財務大臣兼内閣府特命担当大臣閣議後記者会見の概要', [
        '問)ロシアによるウクライナ侵略から1年になりますが、所感をお願いします。',
        '答)2月24日で、ロシアのウクライナ侵略から1年となります。引き続きG7と連携してまいります。',
        '問)国会の日程についてはいかがでしょうか。',
        '答)国会の同意の日程だと承知しております。',
      ]),
      'https://www.mof.example.go.jp/kaiken/20230210.html',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', '鈴木'],
      ['question', null],
      ['answer', '鈴木'],
    ]);
  });
});

describe('a guest named after an office in the forms the new pages gave', () => {
  it.each([
    ['No:221/20, Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov answers the question of local media', 'Jeyhun Bayramov'],
    ['Fiji PM Bainimarama – Radio Transcript of Interview with Radio Tarana Journalist', 'Bainimarama'],
    ['Інтерв’ю з Генеральним консулом України в Чикаго Сергієм Коледовим', 'Сергієм Коледовим'],
    ['Интервью с генконсулом Игорем Петровым', 'Игорем Петровым'],
    ['18日に広島市を訪れた韓国の姜昌一(カン・チャンイル)駐日大使(69)が、中国新聞のインタビューに応じた。', '姜昌一'],
    ['堀江良一駐ミクロネシア連邦大使を講師にお招きして', '堀江良一'],
  ])('reads %j', (title, guest) => {
    expect(guestNameIn(title)).toBe(guest);
  });

  it.each(['新任駐韓米国大使、初インタビュー', '駐日韓国大使館の発表', 'Head To Head: the week in politics'])('names no one in %j', (title) => {
    expect(guestNameIn(title)).toBeUndefined();
  });
});
