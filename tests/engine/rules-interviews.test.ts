// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { matchLabel } from '../../lib/segment/labels';
import { guestNameIn, leadNameIn, namesInTitle } from '../../lib/segment/title-names';
import { extractTranscript } from '../../lib/extract';
import { block, page, read } from './rule-pages';
import { readLabel } from '../../lib/segment/label-reading';
import { readSpeaker } from '../../lib/segment/speakers';
import { ASKS, ENDS_ASKING } from '../../lib/text/asking';
import { parseDocument } from '../../scripts/lib/parse-html';
import type { Transcript } from '../../lib/transcript-schema';

/**
 * Rules for interviews as news sites, blogs and schools publish them: a lead, then questions and
 * answers with no names, the guest named by office in the headline and by name in the lead.
 */

describe("a blog's category line over the post", () => {
  const before = 'En estos días el embajador concedió una entrevista a nuestro periódico sobre su misión en el país.';
  const after = 'Más de cuatro años y medio. No es normal, es un periodo superior al habitual.';

  it.each(['Publicado en Entrevistas', 'Posted in Interviews', 'Publié dans Actualités', 'Filed under News'])('drops %j', (line) => {
    const kept = dropBoilerplate([block(before), block(line), block(after)], { title: 'Entrevista al Embajador' }).map((kept) => kept.text);
    expect(kept).toEqual([before, after]);
  });

  it('keeps a sentence that says where something was published', () => {
    const line = 'Published in the Official Journal on 3 May, the agreement enters into force in June.';
    expect(dropBoilerplate([block(before), block(line), block(after)], { title: 'Entrevista al Embajador' }).map((kept) => kept.text)).toContain(line);
  });
});

describe('an interview whose headline names the guest by office alone', () => {
  const questions = [
    '- Pouvez-vous nous expliquer en quoi consiste le métier d’Ambassadeur ?',
    'Être Ambassadeur, c’est représenter la France dans les pays étrangers, c’est parler au nom de la France.',
    '- Est-ce que c’est difficile ?',
    'Cela dépend des pays et des circonstances. À Madrid, c’est très agréable et très intéressant.',
  ];

  it('gives the answers to the name the lead sets beside that office, not to the first name it gives', () => {
    const transcript = read(
      page("Interview exclusive de M. l'Ambassadeur de France en Espagne par nos journalistes en herbe", [
        'Ce travail est le résultat d’ateliers d’écriture dirigés par Vincent Garnier, rédacteur en chef, et Bernard Paret. Les questions sont celles que nos élèves ont proposées.',
        'Les journalistes en herbe sont reçus dans le salon Richelieu où Jérôme Bonnafont, Ambassadeur de France en Espagne, les accueille.',
        ...questions,
      ]),
      'https://lfmadrid.example.org/interview-ambassadeur',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Jérôme Bonnafont',
      'question:null',
      'answer:Jérôme Bonnafont',
    ]);
  });

  it('reads an opening in the first person before the first question as the editor’s, not the guest’s', () => {
    const transcript = read(
      page('Interview exclusive de l’Ambassadeur de France', [
        'Nos élèves ont préparé leurs questions pendant trois semaines, et nous remercions l’Ambassadeur Jérôme Bonnafont de les avoir reçus.',
        ...questions,
      ]),
      'https://lfmadrid.example.org/interview-ambassadeur-2',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
    expect(transcript.segments[2]).toMatchObject({ kind: 'answer', speaker: 'Jérôme Bonnafont' });
  });
});

describe("a school's interview: the askers named on their bold questions, the answers plain", () => {
  it('answers a named bold question with the plain paragraph after it, and gives the next bold questions to the last asker named', () => {
    const transcript = read(
      page('Deux fiers hérauts rencontrent l’Ambassadeur', [
        'En poste à Pékin depuis le mois d’août, Monsieur l’Ambassadeur a tenu à visiter le lycée. Nos deux reporters l’ont interrogé.',
        '<p><strong>Karl : Quel a été votre cursus scolaire ?</strong></p>',
        'J’ai été au lycée, comme tout le monde, j’ai appris l’allemand en première langue et l’anglais en deuxième langue.',
        '<p><strong>Combien d’années sont requises pour devenir ambassadeur ?</strong></p>',
        'De longues années. Il faut avoir une expérience diversifiée. On devient ambassadeur à partir de 45 ans.',
        '<p><strong>Paul : En quoi consiste le métier d’ambassadeur ?</strong></p>',
        'Le métier d’ambassadeur est toujours un peu difficile à expliquer, mais il y a quatre choses à dire.',
      ]),
      'https://aefe-asie.example.org/2014/09/25/ambassadeur/',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:Karl',
      'answer:null',
      'question:Karl',
      'answer:null',
      'question:Paul',
      'answer:null',
    ]);
  });
});

describe('the guest a headline names after the word "interview"', () => {
  it.each([
    ['Interview d’Ignazio Cassis«À ce stade, oui, j’aimerais faire une deuxième présidence»', 'Ignazio Cassis'],
    ['Grande Entrevista Augusto Santos Silva', 'Augusto Santos Silva'],
    ["Entretien d'Emmanuel Macron avec TF1", 'Emmanuel Macron'],
  ])('%j names %j', (title, name) => {
    expect(namesInTitle(title)[0]).toBe(name);
  });

  it('is not a newspaper the interview was given to', () => {
    expect(namesInTitle('Interview Financial Times')).toEqual([]);
  });

  it('outranks a topic the headline names first, before a colon', () => {
    const title = 'Sénégal-Japon : interview de Fatou Diallo Ndiaye, ambassadrice du Sénégal au Japon';
    expect(guestNameIn(title)).toBe('Fatou Diallo Ndiaye');
    const transcript = read(
      page(title, [
        'En poste à Tokyo depuis deux ans, la diplomate revient sur les relations entre les deux pays.',
        '<p><strong>Quels sont les domaines de coopération entre le Sénégal et le Japon ?</strong></p>',
        'Il y a d’abord la pêche, puis la santé et les infrastructures. Le Japon nous accompagne depuis longtemps.',
        '<p><strong>Que souhaitez-vous renforcer dans les années à venir ?</strong></p>',
        'Nous voulons attirer davantage d’investissements privés japonais, dans l’agriculture surtout.',
      ]),
      'https://www.example-news.sn/senegal-japon-interview-ambassadrice',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'Fatou Diallo Ndiaye',
      'Fatou Diallo Ndiaye',
    ]);
  });

  it('is no word that qualifies an office’s place after it ("Посол Итальянской Республики"), but a surname alone after an office is', () => {
    expect(
      namesInTitle('Чрезвычайный и Полномочный Посол Итальянской Республики в Москве Чезаре Мария Рагальини: Италия всегда выступала против изоляции'),
    ).not.toContain('Итальянской');
    expect(namesInTitle('Bundesminister Steinmeier: Wir bleiben im Gespräch')).toEqual(['Steinmeier']);
  });

  it('is not the country of an office’s posting, where the holder’s full name follows it', () => {
    expect(namesInTitle('Посол Израиля в Украине Михаэль Бродский: Украина сталкивается с угрозами')).toEqual(['Михаэль Бродский']);
    expect(namesInTitle('На эти и другие вопросы ответила посол Израиля в России Дорит Голендер.')).toEqual(['Дорит Голендер']);
    expect(namesInTitle('Secretary Blinken in Kyiv')).toEqual(['Blinken']);
    expect(namesInTitle('Discurso de Embajador de España, Fiesta Nacional.')).toEqual([]);
  });

  it('is a full name that an office follows, as Hungarian and Finnish write it, unless the office is the next name’s', () => {
    expect(namesInTitle('David Cornstein amerikai nagykövet a kétoldalú kapcsolatokról, Orbánról, Trumpról')[0]).toBe('David Cornstein');
    expect(namesInTitle('Mikko Hautala suurlähettiläs kertoo kansalaisdiplomatiasta')).toEqual(['Mikko Hautala']);
    expect(namesInTitle('На эти вопросы Анатолия Кузичева ответила посол в России Дорит Голендер')).not.toContain('Анатолия Кузичева');
    expect(namesInTitle('Tacikistan’ın Ankara Büyükelçilik Müsteşarı Parviz Sodiqi: Bir Meslek Olarak Diplomatlık')[0]).toBe('Parviz Sodiqi');
  });

  it('is no one the headline quotes the guest speaking of', () => {
    expect(namesInTitle('“No existe tutelaje alguno de Estados Unidos en nuestro proceso político”')).toEqual([]);
    expect(namesInTitle('Antonio Tajani: «Nessun accordo con Giorgia Meloni sulla legge elettorale»')).toEqual(['Antonio Tajani']);
    // An office places a name inside a quotation too.
    expect(namesInTitle('«Ringrazio il ministro Antonio Tajani per il sostegno»')).toEqual(['Antonio Tajani']);
  });

  it('does not outrank the guest for an outlet after the word "interview" or a place after an office', () => {
    expect(guestNameIn('Посол України у Польщі Василь Зварич — інтерв’ю Радіо Свобода')).toMatch(/Василь Зварич$/u);
    expect(guestNameIn('Conférence de presse de Jean-Yves Le Drian, ministre de l’Europe et des affaires étrangères, à New York')).toBe('Jean-Yves Le Drian');
  });
});

describe('a Japanese interview whose questions open with a dash', () => {
  it.each(['――まず、メルボルンの印象は?', '−−外務大臣に就任されて、いかがですか?', '——特に専門とされてきた分野は何ですか?'])('asks: %j', (line) => {
    expect(matchLabel(line)).toMatchObject({ kind: 'question', dash: true });
  });

  it('is not a Chinese subheading set after a dash', () => {
    expect(matchLabel('——談中印關系')).toBeNull();
  });
});

describe('a news feature that labels only its one answerer', () => {
  it('reads a paragraph between the quotes that names him as the editor’s narration, not a question put to him', () => {
    const transcript = read(
      page('岩屋外務大臣がOBSの単独インタビューに応じる', [
        '衆議院大分3区選出の岩屋毅議員が外務大臣に就任してから2か月が経ちました。',
        '今年10月に発足した石破政権で外務大臣に就任した岩屋氏は、11月12日からペルーで開催されたAPEC閣僚会議で外遊デビューを果たしました。',
        '<p>岩屋外相:</p>',
        '「息つく暇もない2か月間でしたが、ようやく外遊も2回行い、外務大臣としての仕事に慣れてきました」',
        '今後の日中関係について聞きました。',
        '<p>岩屋外相:</p>',
        '「中国とは、戦略的互恵関係を包括的に推進していきたいと考えています」',
      ]),
      'https://newsdig.example.jp/articles/obs/1234',
    );
    const narration = transcript.segments.find((segment) => segment.paragraphs.some((paragraph) => paragraph.startsWith('今年10月')));
    expect(narration?.kind).not.toBe('question');
  });
});

describe('what the headline rules must not take for a guest (review of the fourth session)', () => {
  it.each(['Interview de l’Ambassadeur d’Arabie Saoudite', 'Live at 5 pm Eastern Time'])('%j names no one', (title) => {
    expect(namesInTitle(title)).toEqual([]);
  });

  it('gives the answers to the name beside the office, not to one beside the embassy', () => {
    const transcript = read(
      page("Interview exclusive de M. l'Ambassadeur de France par nos élèves", [
        'À l’Ambassade de France, Marie Dupont, directrice du lycée, présente aux élèves Jean Martin, Ambassadeur de France, qui répond à leurs questions.',
        '- Pouvez-vous nous expliquer en quoi consiste le métier d’Ambassadeur ?',
        'Être Ambassadeur, c’est représenter la France dans les pays étrangers.',
        '- Est-ce que c’est difficile ?',
        'Cela dépend des pays et des circonstances.',
      ]),
      'https://lycee.example.org/interview-ambassadeur',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Jean Martin', 'Jean Martin']);
  });
});

describe('a bold standfirst on a page that sets its questions in bold', () => {
  it('is the editor’s lead, not a question, where it asks nothing and speaks of the guest', () => {
    const transcript = read(
      page('«Liechtenstein hat mehr Gewicht und Stimme, als wir oft denken»', [
        '<p><strong>Als Aussenministerin betrachtet es Regierungsrätin Katrin Eggenberger als eine ihrer wichtigsten Aufgaben, Liechtenstein im Ausland zu vertreten.</strong></p>',
        '<p><strong>Frau Aussenministerin, die Corona-Pandemie hat seit März fast das gesamte öffentliche Interesse beansprucht. Wie haben Sie diese Zeit erlebt?</strong></p>',
        'Regierungsrätin Katrin Eggenberger: Zu Beginn der Krise haben wir an alle Reisenden appelliert, so schnell wie möglich zurückzukehren.',
        '<p><strong>Sie waren erst seit wenigen Monaten im Amt. Wie fällt Ihre Bilanz aus?</strong></p>',
        'Regierungsrätin Katrin Eggenberger: Die ersten Monate waren intensiv, aber lehrreich.',
      ]),
      'https://www.lie-zeit.example.li/2020/06/eggenberger/',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
    expect(transcript.segments[1]!.kind).toBe('question');
  });
});

describe("an editor's lead before the guest speaks", () => {
  it('is the editor’s though it quotes the guest in the first person, and though it names the guest by office only', () => {
    const quoting = read(
      page('Rubio dice que el mundo ha cambiado', [
        'Washington, DC, el secretario de Estado Marco Rubio dijo el jueves que «una de las premisas que creo que hay que revisar es la política exterior».',
        'Pregunta: ¿Qué espera de la reunión con sus homólogos europeos?',
        'Rubio: Espero una conversación franca sobre el futuro de la alianza.',
      ]),
      'https://www.diario.example.com/rubio-declaraciones/',
    );
    expect(quoting.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });

    const byOffice = read(
      page('Elena Madrazo: "El visado Schengen ha sido desplazado"', [
        'La embajadora de España en Ecuador abre un espacio en su agenda para atender a este diario y conversar sobre sus expectativas.',
        'Pregunta: ¿Qué objetivos tiene en este período como embajadora en Ecuador?',
        'Elena Madrazo: De Ecuador me interesa todo. Creo que llego en un momento político muy interesante.',
      ]),
      'https://www.expreso.example.ec/actualidad/elena-madrazo',
    );
    expect(byOffice.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
  });

  it('is the editor’s though it names an acronym that spells a pronoun in capitals ("EU", "US")', () => {
    const moreQuestions = [
      'STANDARD: Wie steht es um das Rahmenabkommen?',
      'Schallenberg: Die Situation ist derzeit sehr unbefriedigend.',
      'STANDARD: Sie besuchten auch Genf. Warum?',
      'Schallenberg: Die Reise nach Genf hatte ein multilaterales Ziel.',
    ];
    const lead = (acronym: string) =>
      read(
        page('Außenminister Schallenberg: "Menschenrechte sind kein Selbstzweck"', [
          `Außenminister Alexander Schallenberg ist der einzige Minister, der im Amt bleibt. Er zeigt Verständnis dafür, dass der Nachbar das Abkommen mit der ${acronym} noch hinauszögert.`,
          'STANDARD: Sie wurden in Bern geboren. Was bedeutet Ihnen die Reise?',
          'Schallenberg: Die Reise hat nicht nur nostalgischen Wert, sondern ist ein politisches Signal.',
          ...moreQuestions,
        ]),
        'https://www.derstandard.example.at/story/schallenberg',
      ).segments[0];
    expect(lead('EU')).toMatchObject({ kind: 'remarks', speaker: null });
    expect(lead('US')).toMatchObject({ kind: 'remarks', speaker: null });
    // The pronoun itself still speaks: the guest's own opening stays his.
    const spoken = read(
      page('Außenminister Schallenberg: "Menschenrechte sind kein Selbstzweck"', [
        'Ich bin Alexander Schallenberg, und ich freue mich, wieder in Bern zu sein.',
        'STANDARD: Sie wurden in Bern geboren. Was bedeutet Ihnen die Reise?',
        'Schallenberg: Die Reise hat nicht nur nostalgischen Wert.',
        ...moreQuestions,
      ]),
      'https://www.derstandard.example.at/story/schallenberg',
    ).segments[0];
    expect(spoken).toMatchObject({ kind: 'remarks', speaker: 'Schallenberg' });
  });

  it('is the editor’s though the editor says "I" or "we", where it speaks of the guest in the third person before the first question', () => {
    const russian = read(
      page('Алексей Бородавкин: дипломат на работе и в жизни', [
        'Чрезвычайный и полномочный посол России, приехавший в Женеву шесть лет назад, давно стал другом Нашей Газеты, хотя ни он, ни я не смогли вспомнить, с чего началось наше знакомство.',
        'Наша Газета: Какой была ваша первая встреча с Женевой?',
        'Алексей Бородавкин: Женева всегда была мне близка. Я работал здесь ещё молодым дипломатом.',
        'Наша Газета: Что изменилось с тех пор?',
        'Алексей Бородавкин: Изменилось многое, но не всё.',
      ]),
      'https://nashagazeta.example.ch/news/borodavkin',
    );
    expect(russian.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:Наша Газета',
      'answer:Алексей Бородавкин',
      'question:Наша Газета',
      'answer:Алексей Бородавкин',
    ]);
    // "Naciones Unidas" in the headline is no second guest.
    const spanish = read(
      page('Canciller Gustavo Meza-Cuadra: “No hubo mayor preocupación de Naciones Unidas sobre la situación en el Perú”', [
        'El canciller Gustavo Meza-Cuadra brinda detalles sobre cómo vivió esos días. Ese mismo 30 de setiembre culminaba en Nueva York su período como nuestro representante permanente.',
        '—¿Cuánto tiempo le tomó asimilar la decisión del presidente?',
        'Bueno, esta situación ha coincidido con el término de mis funciones en Nueva York.',
        '—¿Hubo preocupación en Naciones Unidas?',
        'No hubo mayor preocupación. Expliqué la situación a mis colegas.',
      ]),
      'https://elcomercio.example.pe/politica/canciller-meza-cuadra',
    );
    expect(spanish.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Gustavo Meza-Cuadra',
      'question:null',
      'answer:Gustavo Meza-Cuadra',
    ]);
  });

  it('stays the minister’s where he opens on a counterpart’s office and "I"', () => {
    const transcript = read(
      page('Foreign Minister Penny Wong in Jakarta', [
        'The Foreign Minister of Indonesia and I have just concluded a very productive annual meeting on trade and security.',
        'Question: Minister, did you raise the issue of the detained Australians?',
        'Wong: Yes, I did, and I will continue to raise it at every opportunity.',
        'Question: What about the new trade agreement?',
        'Wong: We expect to conclude it later this year.',
      ]),
      'https://www.foreignminister.example.gov.au/jakarta',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: 'Wong' });
  });

  it('stays the prime minister’s in a transcript all in capitals, where "WE" is no acronym', () => {
    const transcript = read(
      page('PRIME MINISTER MALCOLM FRASER: PRESS CONFERENCE, CANBERRA', [
        'WE HAVE HAD VERY GOOD TALKS TODAY WITH PRIME MINISTER MULDOON ON TRADE AND ON THE SITUATION IN THE REGION.',
        'QUESTION: PRIME MINISTER, WHAT ABOUT CLOSER ECONOMIC RELATIONS?',
        'MULDOON: WE ARE MAKING PROGRESS BUT THERE IS STILL A LONG WAY TO GO.',
        'QUESTION: AND THE BEEF QUOTAS?',
        'FRASER: THAT IS A MATTER FOR THE MINISTERS.',
      ]),
      'https://pmtranscripts.example.gov.au/release/transcript-4000',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: 'Fraser' });
  });

  it('stays the minister’s where he opens in the first person and names no guest in the third', () => {
    const transcript = read(
      page('Lavrov: we will respond to any sanctions', [
        'Good afternoon. We have just held talks with our colleagues, and I would like to share the results.',
        'Question: Will Russia respond to the new sanctions?',
        'Sergey Lavrov: We will respond, as we always have.',
        'Question: When?',
        'Sergey Lavrov: When we decide.',
      ]),
      'https://news.example.com/lavrov-sanctions',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: 'Sergey Lavrov' });
  });

  it('takes "Excerpts from the interview:" into the editor’s lead, not a turn of its own', () => {
    const transcript = read(
      page('Britain will be happy if India lifts investment limits', [
        'In the 60 years of independence from colonial rule, India has had a High Commissioner from the UK in Delhi throughout. Michael Arthur has held the post for three years.',
        'Excerpts from the Express interaction:',
        'MICHAEL ARTHUR: I have been in India for over three years and I must say it has been exciting.',
        'Q: What about the investment limits?',
        'MICHAEL ARTHUR: The market here has a greater role to play.',
      ]),
      'https://www.indianexpress.example.com/news/arthur/',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.paragraphs.length}`)).toEqual([
      'remarks:null:2',
      'remarks:Michael Arthur:1',
      'question:null:1',
      'answer:Michael Arthur:1',
    ]);
  });
});

describe('a dialogue in dashes under a news headline', () => {
  it('gives the whole opening before the first dashed question to the editor, the editor’s "we" too', () => {
    const transcript = read(
      page('Посол ЄС в Україні: Ми будемо поруч і надалі', [
        'На початку осені до України приїхав новий посол ЄС – Матті Маасікас.',
        'Про те, хто він та який досвід має, редакція розповідала ще влітку, а тепер ми отримали можливість розпитати дипломата.',
        '– Правда, що ви вже вчите українську?',
        '– Звісно, так, вчу. Я постійно чую та бачу написи українською.',
        '– Що для вас найважливіше в перші місяці?',
        '– Зустрічі з людьми. Я хочу почути, чого очікують українці.',
      ]),
      'https://www.eurointegration.example.ua/articles/2019/11/26/interview/',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.paragraphs.length}`)).toEqual([
      'remarks:null:2',
      'question:null:1',
      'answer:Матті Маасікас:1',
      'question:null:1',
      'answer:Матті Маасікас:1',
    ]);
  });
});

describe("a stenogram that names the guest alone on his line and sets the journalists' questions in dashes", () => {
  const stenogram = (guest: string) => [
    `<p class="name">${guest}</p>`,
    '— Да, видел. Понравилось.',
    '— А сами вы можете сплясать?',
    `<p class="name">${guest}</p>`,
    '— Знаете, я не танцор. Но музыку люблю с детства.',
    '— Как вы отдыхаете после долгих переговоров?',
    `<p class="name">${guest}</p>`,
    '— Читаю. Иногда играю в футбол с коллегами.',
    '— Что вы посоветуете молодым дипломатам?',
    `<p class="name">${guest}</p>`,
    '— Учить языки и историю. Без этого ничего не получится.',
  ];

  it('reads the unlabelled dashes as the questions and the guest’s as the answers', () => {
    const transcript = read(
      page('Полная стенограмма разговора главы МИД с журналистами газеты', stenogram('С. Лавров:')),
      'https://www.books.example.ru/read/stenogram/page-13',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:С. Лавров',
      'question:null',
      'answer:С. Лавров',
      'question:null',
      'answer:С. Лавров',
      'question:null',
      'answer:С. Лавров',
    ]);
  });
});

describe('a press interview that sets each question in bold at the head of its answer', () => {
  const interview = [
    'Em sua segunda passagem pela Esplanada dos Ministérios, o chanceler Mauro Vieira, 71 anos, está debruçado sobre uma agenda repleta de viagens.',
    '<p><strong>O que a visita aos Estados Unidos pode trazer de ganhos concretos para o Brasil?</strong> Essa visita é essencialmente política. O objetivo é restabelecer laços.</p>',
    '<div class="ad">Continua após a publicidade</div>',
    '<p><strong>Há alguma proposta de cooperação na mesa?</strong> Por enquanto, não. Só depois dessa reaproximação será possível conversar.</p>',
  ];

  it('is found, and reads the bold question and the plain answer as two turns; the advert’s place is no text', () => {
    const transcript = read(
      page('“Saímos de cima do muro”, diz novo chanceler Mauro Vieira', interview),
      'https://veja.example.com.br/mundo/saimos-de-cima-do-muro',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.paragraphs[0]!.slice(0, 20)}`)).toEqual([
      'remarks:null:Em sua segunda passa',
      'question:null:O que a visita aos E',
      'answer:Mauro Vieira:Essa visita é essenc',
      'question:null:Há alguma proposta d',
      'answer:Mauro Vieira:Por enquanto, não. S',
    ]);
  });

  it("does not read an FAQ's bold question in a reader's voice, nor a speech's one rhetorical question, as an interview", () => {
    const faq = extractTranscript(
      page('Visa information', [
        '<p><b>How do I apply for a visa?</b> You can apply online or at the consulate, with your passport and two photos.</p>',
        '<p><b>Can I travel with an expired passport?</b> No. Your passport must be valid for six months after your stay.</p>',
        '<p><b>How long does it take?</b> Applications are processed within ten working days of the appointment.</p>',
      ]),
      new URL('https://consulate.example.org/visa-faq'),
    );
    expect(faq.detected).toBe(false);

    const speech = read(
      page('Remarks by the Foreign Minister at the Policy Forum', [
        'Good morning, ladies and gentlemen. Thank you for inviting me to speak to you today.',
        '<p><strong>Why does this matter?</strong> Because our security depends on the rules we agreed together, and we will defend them.</p>',
        'We will keep working with our partners in the region and beyond. Thank you.',
      ]),
      'https://www.mfa.example.org/speeches/policy-forum',
    );
    expect(speech.segments.map((segment) => segment.kind)).toEqual(['remarks']);
  });

  it.each([
    [
      'Spanish, asking how with a formal "you"',
      'El embajador de España en México',
      '¿Cómo describiría este año las relaciones entre México y España?',
      'Puedo dar una respuesta en dos vertientes distintas. Una es relativa a las relaciones bilaterales, que son muy sólidas.',
    ],
    [
      'Czech, whose "je" is "is"',
      'Amir Weissbrod, velvyslanec Izraele v Česku',
      'V Evropě se diskutuje zákaz víz pro ruské občany. Je to podle vás potřeba?',
      'Myslím, že ano. Rozhodnutí musí být společné pro celou Evropskou unii, jinak nebude mít žádný účinek.',
    ],
    [
      'Italian, whose "mi" is "me" and "i" is "the"',
      'Intervista all’ambasciatore',
      'Presidente, mi dica: quali saranno i temi principali dei colloqui a Roma?',
      'Parleremo soprattutto di economia e di cultura, e poi della situazione internazionale, che preoccupa tutti noi.',
    ],
    [
      'English, asking what the priorities are',
      'Interview with the Foreign Minister',
      'What are some of the major priorities for the Ministry of Foreign Affairs this year?',
      'Our priorities are clear. We will deepen our ties with our neighbours and open two new missions in Africa.',
    ],
  ])("reads an interviewer's bold question in %s as a question, not an FAQ's", (_case, title, question, answer) => {
    const transcript = read(
      page(title, [`<p><strong>${question}</strong></p>`, answer, `<p><strong>${question.replace(/\?$/u, ' a dnes?')}</strong></p>`, answer]),
      'https://news.example.org/interview',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('leaves a paragraph whose bold opening asks and is answered by no more than a word', () => {
    const transcript = read(
      page('Entrevista com o chanceler Mauro Vieira', [...interview, '<p><strong>E o acordo com a União Europeia?</strong> Veremos.</p>']),
      'https://veja.example.com.br/mundo/entrevista',
    );
    expect(transcript.segments.at(-1)!.paragraphs.at(-1)).toBe('E o acordo com a União Europeia? Veremos.');
  });
});

describe('a dialogue in dashes whose line breaks were lost', () => {
  it('reads each "- question. - answer." paragraph as the question and its answer', () => {
    const transcript = read(
      page('Mən uzun illərdir heç kimə müsahibə vermirəm', [
        '- Həmişə də ən az iki ölkənin səfiri olmusunuz. - Əslində, Çində tək olmuşam. Hindistanda olarkən başqa ölkələrin də səfiri olmuşam.',
        '- O biri səfirlikləri hansı üsulla idarə edirsiniz? - Əsas səfirlik hardadırsa prioritet ölkə oradır.',
        '- Adınız bir az qalmaqallıdır, bilirsiz? - Nə mənada?',
      ]),
      'https://muhaz.example.org/musahibe.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.paragraphs[0]!.slice(0, 12)}`)).toEqual([
      'question:Həmişə də ən',
      'answer:Əslində, Çin',
      'question:O biri səfir',
      'answer:Əsas səfirli',
      'question:Adınız bir a',
      'answer:Nə mənada?',
    ]);
  });

  it('leaves a dialogue whose answers quote someone after a dash alone, where most paragraphs hold one turn', () => {
    const transcript = read(
      page('Интервью посла', [
        '– Как вы оцениваете отношения двух стран?',
        '– Отношения развиваются. Министр сказал: «Это главное». – Так говорят все, но это правда.',
        '– Что дальше?',
        '– Встреча министров. Посол добавил: «Мы готовы». – И это тоже правда.',
        '– Когда она состоится?',
        '– В марте, в Москве.',
      ]),
      'https://example.org/intervyu-posla-2',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  it('leaves one paragraph with a dash inside it alone', () => {
    const transcript = read(
      page('Интервью посла', [
        '– Как вы оцениваете отношения двух стран?',
        '– Отношения развиваются. Мы работаем вместе - и это главное. – Так говорят все, но это правда.',
        '– Что дальше?',
        '– Дальше будет новая встреча министров.',
      ]),
      'https://example.org/intervyu-posla',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe("the Sankei's interview: questions after a double dash, answers in 「」", () => {
  it('reads a double dash that runs into a number as a question, and the minister the title names in full', () => {
    expect(matchLabel('--9月13日の就任から5日目で国連総会に合わせて米国を訪問した')).toMatchObject({
      dash: true,
      rest: '9月13日の就任から5日目で国連総会に合わせて米国を訪問した',
    });
    expect(matchLabel('-5 degrees in the capital this morning')).toBeNull();
    expect(namesInTitle('上川陽子外相「日米韓、Ｇ７、ＧＳとの連携強化」')).toEqual(['上川陽子']);
    expect(namesInTitle('茂木外相会見')).toEqual(['茂木']);
  });
});

describe('an interview labelled by initials', () => {
  it('gives the initials that spell the guest the title names to the guest', () => {
    const transcript = read(
      page('Ambasador Aleksandra Piątkowska: Chile to piękny kraj', [
        'Dokładnie tydzień przed końcem jej pięcioletniej kadencji rozmawiamy z ambasador Aleksandrą Piątkowską.',
        'MT: Żal wyjeżdżać?',
        'AP: Bardzo żal. Po pierwsze dlatego, że Chile to piękny kraj.',
        'MT: Co było najtrudniejsze?',
        'AP: Trzęsienie ziemi w pierwszym roku mojej misji.',
      ]),
      'https://tresvodka.example.pl/wywiad-piatkowska',
    );
    expect(transcript.segments.filter((segment) => segment.label === 'AP:').map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'answer:Aleksandra Piątkowska',
      'answer:Aleksandra Piątkowska',
    ]);
  });
});

describe('a South Asian headline that names its speaker after the colon', () => {
  const interview = (title: string, lead: string) =>
    read(
      page(title, [
        lead,
        'Q What is the next direction of our foreign policy?',
        'A: The next direction is to create a platform for all the countries in the world to come and invest.',
        'Q What is the role of the Foreign Ministry in this case?',
        'A: We work with the Finance Ministry and the President. Once we agree on the policy, we move.',
      ]),
      'https://www.telo.example.org/foreign-ministry-hard-pressed/',
    );

  it('gives the answers to the name after the colon where the lead names him too, in any case', () => {
    const transcript = interview(
      'Foreign Ministry hard-pressed with insufficient workforce: Ali Sabry',
      'Foreign minister ali sabry responds to questions about the current direction of the country’s foreign policy.',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Ali Sabry', 'Ali Sabry']);
  });

  it('does not take a place after the colon for a name, though the body gives it too', () => {
    const transcript = read(
      page('Doorstop interview: Hong Kong', [
        'MINISTER: Thank you all for coming. I have just met business leaders here in Hong Kong to discuss trade.',
        'JOURNALIST: Minister, did you raise the national security law?',
        'MINISTER: Yes, I did, and I expressed our concerns clearly.',
        'JOURNALIST: What about the Australians detained here?',
        'MINISTER: We continue to provide consular assistance.',
      ]),
      'https://www.foreignminister.example.gov.au/doorstop-hong-kong',
    );
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('Hong Kong');
  });

  it('does not take a headline’s closing words for a name the body does not give', () => {
    const transcript = interview(
      'Foreign Ministry hard-pressed with insufficient workforce: Latest Updates',
      'The foreign minister responds to questions about the current direction of the country’s foreign policy.',
    );
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('Latest Updates');
  });
});

describe('an interview whose anonymous answers are the guest’s the lead opens on', () => {
  const interview = (lead: string) =>
    read(
      page('España aclara su posición y reitera que reconoce a Guaidó como presidente interino', [
        lead,
        'Pregunta. En su ministerio se aprecian señales de cambio. ¿Qué es la diplomacia económica?',
        'Respuesta. La diplomacia económica supone ajustar el papel de la diplomacia al siglo XXI.',
        'Pregunta. ¿Y Venezuela?',
        'Respuesta. España reconoce a Guaidó como presidente interino, como el resto de Europa.',
      ]),
      'https://runrun.example.es/espana-aclara-su-posicion/',
    );

  it('gives them to the full name that opens the lead as its subject', () => {
    const transcript = interview(
      'Arancha González Laya niega que su llegada al frente del ministerio español de Exteriores suponga un giro en la política hacia Venezuela.',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Arancha González Laya',
      'question:null',
      'answer:Arancha González Laya',
    ]);
  });

  it('not to an office, nor to a short line that opens with capitals', () => {
    const office = interview('Asuntos Exteriores reitera que su llegada al frente del ministerio no supone ningún giro en la política hacia Venezuela.');
    expect(office.segments.map((segment) => segment.speaker)).not.toContain('Asuntos Exteriores');
  });
});

describe('a dialogue in dashes that the interviewer opens without a question', () => {
  it('reads its questions where the interviewer’s turns ask, not from the first turn’s question mark alone', () => {
    const transcript = read(
      page('Kaigo News', [
        '– Mr. Deputy Prime Minister, Mr. Foreign Minister, you have a number of titles. Thank you for joining us.',
        '– My pleasure.',
        '– You’re here in part to celebrate 250 years of diplomatic relations. What does that mean for Poland?',
        '– Our relationship has very deep roots, from Kosciuszko at West Point to President Wilson.',
        '– Did the Greenland tensions affect U.S. credibility on security guarantees?',
        '– Respect for sovereignty and territorial integrity, especially among allies, is foundational.',
        '– How will Europe and the U.S. force Putin to negotiate?',
        '– By making the cost of the war higher than the cost of peace.',
      ]),
      'https://www.kaigonews.example.com/deputy-pm-interview',
    );
    expect(transcript.segments.slice(2).map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe('a talk show whose title quotes its guest', () => {
  it('keeps the guest the answerer, though she asks back more often than the host', () => {
    const transcript = read(
      page('Мария Захарова: «Я ненавижу, когда людей травят»', [
        'Зыгарь: Сегодня я рад приветствовать своих коллег и нашу гостью. Как к вам обращаться?',
        'Захарова: Мне кажется, на «ты». Мы же все в жизни на «ты», правда?',
        'Зыгарь: Давайте на «вы» в эфире. Начнём с главного события года.',
        'Захарова: Вы думаете, меня можно смутить? Я работаю в МИДе двадцать лет, разве это мало?',
        'Зыгарь: Самым трудным, по вашим словам, был брифинг о Сирии.',
        'Захарова: А как иначе? Мы готовили его месяц, и кто бы выдержал такое?',
      ]),
      'https://tvrain.example.ru/teleshow/hard_days_night/zaharova/',
    );
    expect(transcript.segments.slice(2).map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'question:Зыгарь',
      'answer:Захарова',
      'question:Зыгарь',
      'answer:Захарова',
    ]);
  });
});

describe("a news site's lead in a box of its own between the headline and the interview", () => {
  const lead =
    'Dân trí - Đại sứ Mỹ Daniel Kritenbrink không chỉ nhấn mạnh tới những thành tựu hai nước đạt được trong 25 năm qua, mà còn chia sẻ những trải nghiệm cá nhân rất đặc biệt của ông khi làm việc tại Việt Nam.';
  const interview = [
    '<p><b>Kính thưa Đại sứ, ông đánh giá như thế nào về sự phát triển quan hệ giữa hai nước trong những năm qua?</b></p>',
    'Tôi cho rằng những gì mà hai nước đạt được trong 25 năm qua thật sự phi thường và giờ đây, chúng ta là đối tác toàn diện.',
    '<p><b>Ông có kỷ niệm nào đặc biệt trong thời gian làm việc tại Việt Nam?</b></p>',
    'Có rất nhiều kỷ niệm. Lần đầu tiên tôi đến Hà Nội là vào năm 1996, khi tôi còn là một nhà ngoại giao trẻ.',
    '<p><b>Ông mong muốn điều gì cho quan hệ hai nước trong 25 năm tới?</b></p>',
    'Tôi mong muốn hai nước tiếp tục xây dựng lòng tin và mở rộng hợp tác trong mọi lĩnh vực.',
  ];
  const newsPage = (box: string, paragraphs = interview) =>
    parseDocument(
      `<!doctype html><html><head><title>Quan hệ Việt - Mỹ qua góc nhìn Đại sứ Mỹ</title></head><body><article><h1>Quan hệ Việt - Mỹ qua góc nhìn Đại sứ Mỹ</h1>${box}<div class="article-content">${paragraphs
        .map((paragraph) => (paragraph.startsWith('<') ? paragraph : `<p>${paragraph}</p>`))
        .join('\n')}</div></article></body></html>`,
    );
  const kinds = (transcript: Transcript) => transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`);

  it('opens the transcript as the editor’s turn ("sapo", "chapeau", "lead", "intro")', () => {
    for (const marks of ['class="singular-sapo"', 'class="chapeau"', 'class="cg_article_lead"', 'class="documentDescription"', 'id="article-intro"']) {
      const transcript = read(newsPage(`<h2 ${marks}>${lead}</h2>`), 'https://dantri.example.vn/the-gioi/dai-su-my.htm');
      expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [lead] });
      expect(kinds(transcript).slice(1, 3)).toEqual(['question:null', 'answer:Daniel Kritenbrink']);
    }
  });

  it('is one turn with the body’s own lead that asks nothing, before the first question', () => {
    const bodyLead = 'Cuộc phỏng vấn diễn ra tại Đại sứ quán Mỹ ở Hà Nội, ngay trước dịp kỷ niệm 25 năm bình thường hóa quan hệ ngoại giao.';
    const transcript = read(
      newsPage(`<div class="detail-sapo"><b>${lead}</b></div>`, [bodyLead, ...interview]),
      'https://dantri.example.vn/the-gioi/dai-su-my.htm',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [lead, bodyLead] });
    expect(transcript.segments[1]?.kind).toBe('question');
  });

  it('leaves out a teaser cut short, a picture’s box and a line as short as a dateline', () => {
    for (const box of [
      `<div class="article__lead">${lead.slice(0, 150)}...</div>`,
      `<div class="article__lead">${lead.slice(0, 170)}</div>`,
      `<figure class="lead-image"><img src="/a.jpg" alt=""><figcaption>${lead}</figcaption></figure>`,
      '<p class="teaser">BZ-INTERVIEW: Đại sứ Mỹ Daniel Kritenbrink nói về quan hệ hai nước.</p>',
    ]) {
      const transcript = read(newsPage(box), 'https://dantri.example.vn/the-gioi/dai-su-my.htm');
      expect(transcript.segments[0]?.kind, box).toBe('question');
    }
  });

  it('names no one by a photographer’s credit under the headline', () => {
    const caption =
      '<figure><img src="/a.jpg" alt=""><figcaption>«Pour beaucoup, je ne suis plus simplement Ignazio», explique le ministre. Image: Yvain Genevay</figcaption></figure>';
    const transcript = read(
      parseDocument(
        `<!doctype html><html><head><title>«Conseiller fédéral, c’est un job totalitaire»</title></head><body><article><h1>«Conseiller fédéral, c’est un job totalitaire»</h1><p class="article__lead">Un an après son entrée en fonction, Ignazio Cassis se confie sur son style provocateur et son vœu de rester aux Affaires étrangères, et sur ce qu’il attend du Parlement cet hiver.</p>${caption}<div class="article__body"><p><b>Ignazio Cassis, êtes-vous heureux?</b></p><p>Tout à fait. Je me sens motivé et privilégié d’avoir la possibilité de vivre cette magnifique expérience.</p><p><b>Être conseiller fédéral, ça vous épanouit?</b></p><p>C’est riche et cela vous fait grandir. Acquérir des connaissances m’a toujours porté.</p><p><b>Comment fait-on pour se ressourcer?</b></p><p>C’est un job totalitaire. Il n’y a pratiquement plus de vie à côté.</p></div></article></body></html>`,
      ),
      'https://www.tdg.example.ch/suisse/cassis-interview',
    );
    expect(kinds(transcript)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Ignazio Cassis',
      'question:null',
      'answer:Ignazio Cassis',
      'question:null',
      'answer:Ignazio Cassis',
    ]);
  });
});

describe('a title that says who interviews whom', () => {
  const english = [
    '<p><b>Amanpour:</b> Many say the rivalry between Iran and Saudi Arabia poisons the region.</p>',
    '<p><b>Adel Jubeir:</b> Who started it? We have no fight to pick with Iran, but Iran has to change its behaviour.</p>',
    '<p><b>Amanpour:</b> And what would that change look like?</p>',
    '<p><b>Adel Jubeir:</b> It would mean respecting the sovereignty of its neighbours and stopping interference.</p>',
  ];
  const arabic = [
    '<p><b>أمانبور:</b> الكثيرون يقولون إن الخصومة بين إيران والسعودية تسمم الأجواء بالمنطقة.</p>',
    '<p><b>عادل الجبير:</b> من بدأ ذلك؟ ليس لدينا معركة مع إيران، ولكن على إيران أن تغير سلوكها.</p>',
    '<p><b>أمانبور:</b> وكيف يكون هذا التغيير؟</p>',
    '<p><b>عادل الجبير:</b> أن تحترم سيادة جيرانها وأن تكف عن التدخل في شؤونهم.</p>',
  ];

  it.each([
    ['Amanpour interviews Adel Jubeir', english],
    ['أمانبور تحاور عادل الجبير', arabic],
  ])('makes the one named before the verb the interviewer (%j)', (title, turns) => {
    const transcript = read(page(title, turns), 'https://newtuber.example.com/amanpour-jubeir');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('leaves "talks with", where the guest comes first as often', () => {
    const transcript = read(
      page('Transcript: Antony Blinken talks with Michael Morell', [
        '<p><b>MICHAEL MORELL:</b> Tony, how did you come to be interested in foreign policy?</p>',
        '<p><b>ANTONY BLINKEN:</b> I think we are all products of the conversations we hear around the dinner table.</p>',
        '<p><b>MICHAEL MORELL:</b> How old were you at the time?</p>',
        '<p><b>ANTONY BLINKEN:</b> I was sixteen, and I remember it well.</p>',
      ]),
      'https://www.cbs.example.com/news/blinken-morell',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('an automatic transcript: numbered voices, lines broken where they ran out, time stamps', () => {
  const transcriptPage = (title: string) =>
    parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><article><h2>${title}</h2><p class="meta">Episode Transcript</p><div class="content">
<p>Speaker 1 (00:00):</p>
<p>World leaders, including from our own government, have sent their<br>congratulations to the new president, and the thing we are<br>most worried about with his presidency, obviously, is<br>his threat to introduce twenty percent tariffs on imports. Do<br>(00:20):<br>you think he will actually do that, in the end?</p>
<p>Speaker 2 (00:23):</p>
<p>I think a lot of people are prematurely panicking here<br>without understanding that we have got to wait till<br>the inauguration, and in that time we have a lot of work<br>to do with the incoming administration.</p>
<p>Speaker 1 (01:16):</p>
<p>Do you think he can be talked out of this?</p>
<p>Speaker 2 (01:19):</p>
<p>Well, he is not being talked into anything at this point<br>in time, and we will make our case as a fair market<br>with first world wages and first world conditions.</p>
</div></article></body></html>`,
    );

  // Segmentation's rules: the page is read as "Extract anyway" reads it.
  const readForced = (doc: Document) => extractTranscript(doc, new URL('https://www.iheart.example.com/podcast/episode-1/'), { force: true }).transcript!;

  it('reads each element’s wrapped lines as one paragraph, without the time stamps', () => {
    const transcript = readForced(transcriptPage('Winston Peters: Foreign Affairs Minister on the trade agenda'));
    expect(transcript.segments.map((segment) => segment.paragraphs.length)).toEqual([1, 1, 1, 1]);
    expect(transcript.segments[0]!.paragraphs[0]).toBe(
      'World leaders, including from our own government, have sent their congratulations to the new president, and the thing we are most worried about with his presidency, obviously, is his threat to introduce twenty percent tariffs on imports. Do you think he will actually do that, in the end?',
    );
  });

  it('makes the numbered voice who asks an anonymous asker, and the one who answers the guest the title names', () => {
    const transcript = readForced(transcriptPage('Winston Peters: Foreign Affairs Minister on the trade agenda'));
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}:${segment.label}`)).toEqual([
      'question:null:Speaker 1 (00:00):',
      'answer:Winston Peters:Speaker 2 (00:23):',
      'question:null:Speaker 1 (01:16):',
      'answer:Winston Peters:Speaker 2 (01:19):',
    ]);
  });

  it('keeps apart the lines of a blog’s transcript that each end a sentence', () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>Transcript of the press conference</title></head><body><h1>Transcript of the press conference</h1><div class="post">QUESTION: Minister, will you meet your counterpart this week?<br>MINISTER: Yes, we will meet on Thursday in Geneva.<br>QUESTION: What will you discuss there?<br>MINISTER: The ceasefire, and the humanitarian corridors.</div></body></html>`,
    );
    const transcript = read(doc, 'https://blog.example.org/2024/05/press-conference');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('a press interview that sets its questions in italics', () => {
  it('reads the paragraphs in italics as its questions where two or more ask and no bold one does', () => {
    const transcript = read(
      page('„Ich bin, wie ich bin“ – Interview mit Xavier Bettel', [
        'Im Interview erzählt Staatsminister Xavier Bettel, wieso die Regierung nichts von Impffetischismus hält und wie er die Wohnungsnot lösen will.',
        '<p><em>Herr Staatsminister, nächstes Jahr sind Sie zehn Jahre im Amt. Wie lange wollen Sie noch bleiben?</em></p>',
        'Das entscheidet 2023 der Wähler, und nicht ich allein.',
        '<p><em>Eigentlich wollte ich wissen, wie lange Sie noch Premierminister bleiben wollen.</em></p>',
        'Ah (lacht). Ich bin auf jeden Fall noch voll motiviert.',
        '<p><em>Sie werden wieder antreten?</em></p>',
        'Das entscheidet meine Partei. Ich stehe zur Verfügung.',
      ]),
      'https://www.land.example.lu/page/article/123/ich-bin-wie-ich-bin',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Xavier Bettel',
      'question:null',
      'answer:Xavier Bettel',
      'question:null',
      'answer:Xavier Bettel',
    ]);
  });

  it('keeps one quotation in italics in a speech as the speaker’s words', () => {
    const transcript = read(
      page('Rede von Bundesminister Steinmeier', [
        'Sehr geehrte Damen und Herren, ich freue mich, heute hier zu sein.',
        '<p><em>Wer, wenn nicht wir?</em></p>',
        'Diese Frage hat uns damals bewegt, und sie bewegt uns heute noch.',
      ]),
      'https://www.auswaertiges-amt.example.de/rede',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks']);
  });
});

describe('a review of the seventh session’s rules: pages they must leave alone', () => {
  it('keeps an interview whose title says "intervista al …" the guest’s (a noun, not who interviews whom)', () => {
    const transcript = read(
      page('Antonio Tajani: intervista al Corriere della Sera', [
        '<p><b>Corriere:</b> Ministro, che cosa chiede l’Italia all’Europa?</p>',
        '<p><b>Tajani:</b> Chiediamo più solidarietà sui migranti e una politica comune.</p>',
        '<p><b>Corriere:</b> E con la Francia?</p>',
        '<p><b>Tajani:</b> Con la Francia abbiamo un ottimo rapporto, lavoriamo insieme.</p>',
      ]),
      'https://www.corriere.example.it/politica/tajani-intervista',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('gives a podcast’s numbered voices to no one the title only speaks of', () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>Vladimir Putin: what the Kremlin wants from the war</title></head><body><h1>Vladimir Putin: what the Kremlin wants from the war</h1><div><p>Speaker 1 (00:00):</p><p>What does the Kremlin want from this war, in your view?</p><p>Speaker 2 (00:10):</p><p>I think it wants to be recognised as a great power again.</p><p>Speaker 1 (00:30):</p><p>And will it get that?</p><p>Speaker 2 (00:35):</p><p>Not in the way it hopes.</p></div></body></html>`,
    );
    const transcript = extractTranscript(doc, new URL('https://podcasts.example.com/putin'), { force: true }).transcript!;
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('Vladimir Putin');
  });

  it('reads a bold topic heading in a Chinese transcript as no speaker, though the title holds its words', () => {
    const transcript = extractTranscript(
      page('王毅谈中美关系', [
        '<p><strong>中美关系</strong></p>',
        '中美应当相互尊重、和平共处、合作共赢。',
        '<p><strong>中欧关系</strong></p>',
        '中欧是全面战略伙伴。',
      ]),
      new URL('https://www.example.cn/wangyi'),
      { force: true },
    ).transcript!;
    expect(transcript.segments.map((segment) => segment.speaker)).not.toContain('中美关系');
  });

  it('reads "Russia – NATO: …" in a speech as a sentence, not a journalist’s label', () => {
    expect(readLabel('Russia – NATO: relations are at their lowest point since the end of the Cold War.')).toBeNull();
  });

  it('hears no question in a Korean answer’s "…니까" (because)', () => {
    expect(ASKS.test('대사님께서 따뜻하게 맞아 주셨으니까 금방 적응할 수 있었습니다.')).toBe(false);
    expect(ASKS.test('외교부에 입부한 뒤 주로 어떤 업무를 담당하셨는지요.')).toBe(true);
  });

  it('reads a lead box that repeats the body’s opening once', () => {
    const lead =
      'In an interview with the International Life magazine, Russian Deputy Foreign Minister Sergei Ryabkov spoke about the doctrine of American supremacy and the talks.';
    const transcript = read(
      parseDocument(
        `<!doctype html><html><head><title>Sergei Ryabkov's interview with International Life</title></head><body><h1>Sergei Ryabkov's interview with International Life</h1><div class="article-summary">${lead}</div><div class="article__text"><p>${lead}</p><p><b>Question:</b> What areas of cooperation with the United States can be unfrozen?</p><p><b>Ryabkov:</b> If we are talking about our relations, the dialogue goes on.</p><p><b>Question:</b> And the embassies?</p><p><b>Ryabkov:</b> The embassies work, with difficulty.</p></div></body></html>`,
      ),
      'https://news.example.org/ryabkov-interview',
    );
    expect(transcript.segments[0]!.paragraphs).toEqual([lead]);
  });

  it('keeps a speech with two rhetorical questions in italics one speech', () => {
    const transcript = read(
      page('Speech by the Foreign Minister at the Europa Forum', [
        'Ladies and gentlemen, it is a pleasure to speak to you today about the future of our continent.',
        '<p><em>What kind of Europe do we want to leave to our children?</em></p>',
        'A Europe that is united, prosperous and secure, and that defends its values in the world.',
        '<p><em>Are we ready to pay the price for this?</em></p>',
        'I believe we are, and I believe our citizens expect nothing less of us.',
      ]),
      'https://www.example.gv.at/speech-europa-forum',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks']);
  });
});

describe('a radio interview whose host addresses the guest at the end of the introduction', () => {
  it('keeps "Minister Rinkevics, thank you …" in the introduction, not the guest’s words', () => {
    const transcript = read(
      page('Latvia Keeps Careful Eye Trained On Russia', [
        'Robert Siegel speaks with Edgars Rinkevics, foreign minister of Latvia, on his visit to Washington.',
        'Edgars Rinkevics is the foreign minister of Latvia. His country now holds the rotating presidency of the European Union.',
        'Minister Rinkevics, thank you very much for joining us today.',
        '<p>SIEGEL: You recently met with the Russians and you talked about Ukraine. Did you expect progress?</p>',
        '<p>RINKEVICS: No. I did not have a sense that there was going to be rapid progress.</p>',
        '<p>SIEGEL: Do you see the separatists trying to connect territory to Crimea?</p>',
        '<p>RINKEVICS: That is one of the scenarios I would not rule out.</p>',
      ]),
      'https://www.npr.example.org/2015/01/30/latvia-russia',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
    expect(transcript.segments[0]!.paragraphs).toHaveLength(3);
    expect(transcript.segments.slice(1).map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe("a news site's interview whose questions are subheadings and whose guest's name labels an answer", () => {
  const lead = 'Anna Keller kommt gerade aus Luzern, wo sie den Regierungsrat besucht hat. Die neue Botschafterin empfängt uns in ihrer Residenz.';
  const questions = [
    '<h3>Frau Keller, seit drei Monaten sind Sie nun in der Schweiz. Fühlen Sie sich wohl?</h3>',
    'Anna Keller: Ja, sehr. Ich glaube, es gibt kaum einen Ort, an dem man so freundlich empfangen wird.',
    '<h3>Welcher Rat Ihres Vorgängers hat sich als der wertvollste erwiesen?</h3>',
    'Er sagte mir, dass man hier viel unterwegs sein muss. Das bin ich auch.',
    '<h3>Was möchten Sie während Ihrer Zeit in Bern erreichen?</h3>',
    'Unsere Länder sind Nachbarn, aber politisch ist das keine Selbstverständlichkeit.',
  ];

  it('reads the subheadings as the questions and the paragraphs after them as her answers', () => {
    const transcript = read(
      page('Die neue Botschafterin Anna Keller: «Die Schweiz empfängt freundlich»', [lead, ...questions]),
      'https://www.zeitung.example.ch/schweiz/botschafterin-keller-interview',
    );
    // The lead's speaker is the editor-lead rules' (editorial-lead.ts), not this one's.
    expect(transcript.segments.slice(1).map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'question:null',
      'answer:Anna Keller',
      'question:null',
      'answer:Anna Keller',
      'question:null',
      'answer:Anna Keller',
    ]);
  });

  it('keeps subheadings that ask as topics among two voices’ labels', () => {
    const labelled = [
      '<h3>Was bleibt von der Reise?</h3>',
      'Moderator: Herr Minister, was bleibt?',
      'Minister Huber: Vieles. Wir haben drei Abkommen unterzeichnet.',
      '<h3>Wie geht es weiter?</h3>',
      'Moderator: Und wie geht es weiter?',
      'Minister Huber: Wir treffen uns im Herbst wieder.',
      '<h3>Und die Schweiz?</h3>',
      'Moderator: Was heißt das für die Schweiz?',
      'Minister Huber: Mehr Handel, hoffe ich.',
    ];
    const transcript = read(page('Pressekonferenz nach der Reise des Ministers', labelled), 'https://www.example.ch/pressekonferenz-reise');
    expect(transcript.headings.map((heading) => heading.text)).toEqual(['Was bleibt von der Reise?', 'Wie geht es weiter?', 'Und die Schweiz?']);
  });
});

describe('an interview that marks only its questions with a dash, cut after its last question', () => {
  it('reads every dash as the interviewer’s, the last one too', () => {
    const transcript = read(
      page('<新任大使、初インタビュー>「両国の関係は資産だ」', [
        '--大使が大統領と深く懇意にしているということは両国にとって大きな資産だ。',
        '「役に立つのは事実だが、最も大きな資産は両国の関係そのものだ」',
        '--大統領が最側近を大使に送るのは特別な任務を遂行しろという意味だと受け止められている。',
        '「大統領と私の関係に、あまりにも大きな意味を付与しないようにと思う」',
        '--語学を熱心に習っているそうだ。',
      ]),
      'https://japanese.example.co.kr/article/123456',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question']);
  });
});

describe('a question that addresses the guest by office', () => {
  it('names no one: "Panie Prezydencie" (Mr President) and "His Excellency" are no names', () => {
    const { transcript } = extractTranscript(
      page('Rozmowa w studiu, 21 grudnia 2000 r.', [
        'Panie Prezydencie jest pan właściwie szczęśliwym człowiekiem, wygrał Pan drugą kadencję. Czy jest pan szczęśliwy?',
        'Prezydent RP: To świadczy o tym, że nie ma pełnego szczęścia nigdy. Myślę, że z tym się trzeba liczyć.',
        'Ale partia uważa inaczej. Słyszał pan, co mówili posłowie?',
        'Prezydent RP: Mówimy o polityce, która niewątpliwie ma miejsce.',
      ]),
      new URL('https://www.prezydent.example.pl/wywiady/rozmowa-2000-12-21'),
      { force: true },
    );
    expect(transcript!.segments.map((segment) => segment.speaker)).not.toContain('Panie Prezydencie');
  });
});

describe('an interview that labels its guest by initials with a space between', () => {
  it('reads "D. C.:" as the guest the headline names in full', () => {
    const { transcript } = extractTranscript(
      page('David Cornstein amerikai nagykövet a kétoldalú kapcsolatokról: A magándiplomata', [
        'HVG: Olyannyira izgalmassá vált a helyzet, hogy nem emlékszem ennyi kritikára. Hogyan látja?',
        'D. C.: Mivel korábban fogalmam sem volt, mit csinál egy nagykövet, megpróbálták megtanítani.',
        'HVG: A cikkek a kétoldalú kapcsolatok helyzetét boncolgatták. Mit gondol erről?',
        'D. C.: Egy kapcsolatot fel kell építeni, üzletemberként is ez volt a hitvallásom.',
      ]),
      new URL('https://hvg.example.hu/itthon/20190101_cornstein_interju'),
      { force: true },
    );
    expect(transcript!.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual([
      'David Cornstein',
      'David Cornstein',
    ]);
  });
});

describe("a news report's dateline that opens an interview", () => {
  const answers = (lead: string) =>
    extractTranscript(
      page('Canada and India: a partnership for the G20 year', [
        lead,
        'Q: India is leading the G20 this year. What does Canada expect from it?',
        'A: It is a great model for the year. Canada fully supports India’s presidency.',
        'Q: What about trade?',
        'A: We are working hard on an early progress trade agreement.',
      ]),
      new URL('https://www.newspaper.example.in/news/canada-india-g20'),
      { force: true },
    ).transcript!.segments.filter((segment) => segment.kind === 'answer');

  it.each([
    'New Delhi: As India celebrates 75 years of ties with Canada, Canadian High Commissioner Cameron MacKay spoke to this newspaper about the G20.',
    'OTTAWA – High Commissioner Cameron MacKay spoke to our newspaper about the G20 and the trade talks before leaving for New Delhi.',
  ])('is no speaker: %j', (lead) => {
    expect(answers(lead).map((segment) => segment.speaker)).not.toContain('New Delhi');
    expect(answers(lead).map((segment) => segment.speaker)).not.toContain('Ottawa');
  });

  it('keeps a first label that speaks for itself', () => {
    const { transcript } = extractTranscript(
      page('A Conversation with the Foreign Minister', [
        'JOHN SMITH: Good afternoon. I am glad to welcome Foreign Minister Ivan Ivanov to Washington today.',
        'Q: Minister, what are your priorities?',
        'A: Ukraine, first of all, and then trade.',
        'Q: And the sanctions?',
        'A: They will stay for now.',
      ]),
      new URL('https://www.thinktank.example.org/event/conversation-foreign-minister'),
      { force: true },
    );
    expect(transcript!.segments[0]!.label).toBe('JOHN SMITH:');
  });
});

describe('an automatic transcript of a radio interview: numbered voices, times, no punctuation', () => {
  const lines = [
    '<h2>Transcripción automática</h2>',
    'Voz 1 00:00 Josep Borrell ministro de Exteriores en funciones futuro jefe de la diplomacia europea buenos días',
    'Voz 2 00:06 hola buenos días enhorabuena bueno usted cuando haya pasado por el Parlamento Europeo tendrá una tarea enorme por delante y muchas cosas que hacer',
    'Voz 1 00:47 hacer campaña ahora en Europa en las próximas semanas',
    'Voz 2 00:50 no no campaña no se trata de conseguir votos se trata de pasar un examen ante los diputados del Parlamento y explicar lo que uno quiere hacer',
  ];

  it('reads "Voz 1 00:00" as a numbered voice’s label, the quieter voice as the interviewer and the other as the guest the title names', () => {
    const transcript = read(page('Entrevista a Josep Borrell', lines), 'https://cadenaser.example.com/audio/entrevista-borrell');
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'question:null',
      'answer:Josep Borrell',
      'question:null',
      'answer:Josep Borrell',
    ]);
    expect(transcript.headings.map((heading) => heading.text)).not.toContain('Transcripción automática');
  });

  it('reads no time stamp after a word that is no voice as a label', () => {
    expect(matchLabel('Pressekonferenz 10:30 Uhr im Kanzleramt')).toBeNull();
  });
});

describe('answers that open with a dash, under questions in bold', () => {
  it('reads the dashes as answers, not as questions, where the copy opens on an answer', () => {
    const transcript = extractTranscript(
      page('Sikorski: Karierę zawdzięczam komunistom', [
        '- Nie wiem... Ja wiele zawdzięczam komunistom. Bo po wyjeździe do Anglii zastał mnie stan wojenny.',
        '<p><b>• Co pana bardziej w życiu kręci: wojsko, reportaż, polityka?</b></p>',
        '- Pokochałem wojsko, to fakt. Reportaż wojenny to było zajęcie dla młodego człowieka.',
        '<p><b>• Zatem wojsko?</b></p>',
        '- Nie, polityka. Ja stałem się dziennikarzem po to, żeby osiągnąć polityczne cele.',
        '<p><b>• W którym momencie zaczęła się ta fascynacja polityką?</b></p>',
        '- Chyba w liceum, tak wyglądał wtedy nasz młodzieńczy bunt.',
      ]),
      new URL('https://www.dziennik.example.pl/sikorski'),
      { force: true },
    ).transcript!;
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['remarks', 'question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe('a place in capitals before a dash that opens a news report', () => {
  it.each([
    ['GRENADA- The seventh UK-Caribbean Forum that met in Grenada this week looked at security and trade.'],
    ['NEW YORK – The foreign minister spoke to reporters after the Security Council meeting on Monday.'],
  ])('is a dateline, not a speaker: %j', (lead) => {
    const transcript = read(
      page('Interview with Jamaica’s Foreign Minister', [
        lead,
        '<p><b>What were the main issues you discussed at this forum?</b></p>',
        'The question of security in the region is at the top of our list.',
        '<p><b>What are your priorities for this year?</b></p>',
        'Trade and the diaspora come first.',
      ]),
      'https://www.journal.example.com/interview-foreign-minister',
    );
    expect(transcript.participants.map((participant) => participant.name.toLowerCase())).not.toContain('grenada');
    expect(transcript.participants.map((participant) => participant.name.toLowerCase())).not.toContain('new york');
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
  });

  it('reads a place alone on its line over the lead as a dateline, not the speaker the role labels name', () => {
    const transcript = read(
      page('PM on Anna, Advani and Telangana', [
        '<span class="place_cont">New Delhi:</span>',
        'While on his way back after winding up a crucial visit to South Africa, where he also attended the IBSA summit to discuss the global economic turmoil, Prime Minister Manmohan Singh spoke to journalists.',
        '<p><b>Question: Impact of the visit and how are we going to gain?</b></p>',
        'PM: We had a very satisfactory meeting.',
        '<p><b>Question: On tackling poverty?</b></p>',
        'PM: Getting rid of chronic poverty is the most important task.',
      ]),
      'https://www.news.example.in/pm-on-anna-advani-telangana',
    );
    expect(transcript.segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker)).toEqual(['Manmohan Singh', 'Manmohan Singh']);
  });

  it('leaves a name with its initial a speaker: "А. ВЕНЕДИКТОВ –"', () => {
    const transcript = read(
      page('Интервью Сергея Иванова каналу Euronews в эфире «Эха Москвы»', [
        'А. ВЕНЕДИКТОВ – Радиостанция «Эхо Москвы» обращалась с просьбой к каналу о трансляции интервью.',
        'С. ИВАНОВ – Добрый вечер. Я готов ответить на ваши вопросы.',
      ]),
      'https://echo.example.ru/programs/interview/1',
    );
    expect(transcript.segments[0]!.speaker).toMatch(/ВЕНЕДИКТОВ|Венедиктов/u);
  });
});

describe('an interview whose text stops inside a question', () => {
  const interview = (last: string) =>
    page('Entrevista a la embajadora en Zimbabue', [
      'La embajadora de España en Zimbabue recibe a este diario en su despacho de Harare, una semana antes de terminar su misión.',
      '<p><b>¿Cuánto tiempo lleva en el país?</b></p>',
      'Más de cuatro años y medio. No es normal, es un periodo superior al habitual.',
      '<p><b>¿Qué es lo que más le ha sorprendido de Zimbabue?</b></p>',
      'La hospitalidad de su gente, sin duda, y la belleza de sus paisajes.',
      `<p><b>${last}</b></p>`,
    ]);

  it.each(['¿Qué tie', 'Y después de tantos años en África, ¿cómo ve'])('reads the cut-off bold line %j as the next question', (last) => {
    const transcript = read(interview(last), 'https://www.heraldo.example.es/entrevista-embajadora');
    expect(transcript.segments.at(-1)).toMatchObject({ kind: 'question', paragraphs: [last] });
    expect(transcript.headings.map((heading) => heading.text)).not.toContain(last);
  });

  it.each(['More news', 'Kapcsolódó cikkek'])('keeps %j, which heads the links below, out of the turns', (last) => {
    const transcript = read(interview(last), 'https://www.heraldo.example.es/entrevista-embajadora');
    expect(transcript.segments.at(-1)!.kind).toBe('answer');
  });
});

describe('an interview whose subheadings ask and whose dashes answer', () => {
  it('pairs each subheading with the dashed answer under it', () => {
    const transcript = read(
      page('Iban Prieto: «De niño en el pueblo nunca imaginé llegar aquí»', [
        'Pasó su infancia entre Santa Teresa y Sancti Spíritus y ahora es cónsul adjunto en La Habana, desde donde responde a esta entrevista entre los recuerdos felices de su niñez y la satisfacción de haber llegado a ser diplomático procediendo de una familia convencional y ajena a este mundo.',
        '<h2>¿Cómo un niño de Santa Teresa llega a ser cónsul en La Habana?</h2>',
        '—Tras mucho esfuerzo y muchas piruetas. Cuando era niño nunca me hubiera imaginado acceder a esta vida.',
        '<h2>¿Lo ha tenido más difícil siendo de un pueblo pequeño?</h2>',
        '—Probablemente sí, pues en el pueblo no se tenía acceso a mucha información cuando yo era niño.',
        '<h2>¿Siempre tuvo claro que quería ser diplomático?</h2>',
        '—En absoluto, ha sido una búsqueda de años. Con 18 años me fui a Madrid a estudiar ingeniería.',
      ]),
      'https://www.lagacetadesalamanca.example.es/provincia/iban-prieto',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Iban Prieto',
      'question:null',
      'answer:Iban Prieto',
      'question:null',
      'answer:Iban Prieto',
    ]);
  });
});

describe('a Japanese interviewer’s request to tell', () => {
  it.each(['カナダに着任されて3カ月余が経過しましたが、カナダの印象についてお聞かせください。', '領事館としての今後の取り組みなど教えてください。'])(
    'asks: %j',
    (text) => {
      expect(ASKS.test(text)).toBe(true);
      expect(ENDS_ASKING.test(text)).toBe(true);
    },
  );

  it('is not an answer’s "ください" that asks nothing', () => {
    expect(ENDS_ASKING.test('ぜひ一度カナダにお越しください。')).toBe(false);
  });
});

describe('a lead that quotes the guest in single quotation marks', () => {
  it('is the editor’s, and names the guest of the answers', () => {
    const transcript = read(
      page('‘Je staat midden in de geschiedenis’', [
        'Minister van Buitenlandse Zaken Maxime Verhagen (52) heeft naar eigen zeggen een fantastische baan. Een gesprek over de belangen van Nederland, praten met de Taliban en zijn eigen drijfveren. ‘Als je het hebt over idealisme, dan zijn mensenrechten daar een integraal onderdeel van.’ door Claudia van Zanten, foto’s Arenda Oomen',
        'Gepubliceerd op: Geplaatst in de volgende categorieën: Geschreven door: Redactie',
        '<p><b>Bij uw aanstelling als minister zei u dat een jongensdroom uitkwam. Hoe is het nu, twee jaar later?</b></p>',
        '“Een jongensdroom, dat heb ik gezegd, ja. Je moet altijd in oneliners spreken.”',
        '<p><b>Het ministerschap op dit terrein is de bekroning van uw werk?</b></p>',
        '“Niet zozeer de bekroning. Wel als je het hebt over het realiseren van doelen.”',
      ]),
      'https://www.hpdetijd.example.nl/2009-06-12/je-staat-midden-in-de-geschiedenis/',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Maxime Verhagen',
      'question:null',
      'answer:Maxime Verhagen',
    ]);
  });
});

describe('a question that asks twice before its answer', () => {
  it('keeps its second asking paragraph, and an answer’s dash opens the answer though it asks back', () => {
    const transcript = read(
      page('世耕経済産業大臣の閣議後記者会見の概要', [
        'Q:アメリカの鉄鋼アルミ製品に対する関税措置についてお聞きします。',
        '19日から、品目ごとの除外を申請する手続が始まりました。日本側としての対応方針は何ですか?',
        'あとこの関税は23日に発効が迫るわけですが、改めて日本政府のスタンスはどうですか?',
        'A:この除外の措置は、品目別の除外については、これは商務省が主に取りまとめ役になっている。',
        'Q:先ほどの輸入制限の話なのですが、日本が除外される可能性についてはどう見ていますか?',
        '- 可能性はあると思いますが、どうでしょうか?',
      ]),
      'https://www.meti.example.go.jp/speeches/kaiken/2018/20180320001.html',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.paragraphs.length}`)).toEqual(['question:3', 'answer:1', 'question:1', 'answer:1']);
  });
});

describe('a place after its preposition and before a comma', () => {
  it('is no name in a lead', () => {
    expect(namesInTitle('Sva se pogovarjali o diplomaciji, ki ni politika, o veleposlaniški dvojici v New Yorku, zatem o Evropi.')).toEqual([]);
    expect(namesInTitle('The press conference at his open house in Kepala Batas, Penang')).toEqual([]);
  });

  it('leaves the holder after an office’s posting', () => {
    expect(guestNameIn('Velvyslanec v Kuvajtu Dvořák o vyhoštění diplomatů po kauze Vrbětice')).toContain('Dvořák');
  });

  it('leaves a name before a comma that no preposition places', () => {
    expect(namesInTitle('José Manuel Albares, en el Congreso: “Es una buena noticia”')).toContain('José Manuel Albares');
  });
});

describe('a lead that announces a transcript', () => {
  it('is the editor’s, not the title’s speaker', () => {
    const transcript = read(
      page("Transcript of Pak Lah's press conference at his Raya open house", [
        'Transcript of the press conference held by Prime Minister Datuk Seri Abdullah Ahmad Badawi at his open house yesterday.',
        'Q: Will you reply in detail to the issues raised during your recent meeting with him?',
        'A: I have to prepare answers for many issues that have been raised.',
      ]),
      'https://blog.example.com/2006/10/transcript-pak-lah.html',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null });
  });
});

describe('an interview that labels only the guest the title names, in full and then by surname', () => {
  it('reads the paragraph that asks before each of his labels as the question', () => {
    const transcript = read(
      page('18 Fragen an Jean Asselborn, Außen- und Immigrationsminister', [
        'Für unsere diesjährige Sommerserie ließen wir einer Reihe von Politikern eine Reihe von Fragen per Email zukommen.',
        'Was war in Ihren Augen das wichtigste politische Dossier in der zurückliegenden Kammersession?',
        '<p><strong>Jean Asselborn</strong> Die Flüchtlingskrise, der Brexit und die Türkei.</p>',
        'Welches sind für Sie die Prioritäten für die Rentrée?',
        '<p><strong>Asselborn</strong> Die Türkei, der Brexit und die Flüchtlingskrise.</p>',
        'Wohin fahren Sie in den Urlaub, und warum?',
        '<p><strong>Asselborn</strong> Von Luxemburg in Richtung Alpen, dann an die Côte d’Azur.</p>',
      ]),
      'https://www.journal.example.lu/18-fragen-an-jean-asselborn/',
    );
    expect(transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`)).toEqual([
      'remarks:null',
      'question:null',
      'answer:Jean Asselborn',
      'question:null',
      'answer:Jean Asselborn',
      'question:null',
      'answer:Jean Asselborn',
    ]);
  });
});

describe('an interview under a site’s name for a title that labels only its guest, three times over', () => {
  it('reads the paragraph that asks before each of his labels as the question', () => {
    const transcript = read(
      page('Westdeutsche Zeitung', [
        'Herr Netschajew, wie würden Sie den Zustand der deutsch-russischen Beziehungen beschreiben?',
        'Sergej Netschajew: Das Verhältnis zwischen uns hat bessere Zeiten gekannt.',
        'Außenminister Maas hat Russland als „zunehmend feindselig“ bezeichnet. Wie war sein Besuch in Moskau?',
        'Netschajew: Was den Besuch angeht, kann ich absolut klar sagen: Er war konstruktiv.',
        'Die Äußerungen sind also für Sie vergessen?',
        'Netschajew: Die früheren Äußerungen haben wir natürlich gelesen und zur Kenntnis genommen.',
      ]),
      'https://www.wz.example.de/politik/drei-fragen-an-netschajew',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe('an interviewer who greets the guest by name', () => {
  it('opens the questions, and the greeting back answers', () => {
    const transcript = read(
      page('Secretary Antony J. Blinken With Thomas Sotto of France 2', [
        'QUESTION: Good afternoon, Antony Blinken.',
        'SECRETARY BLINKEN: Good afternoon.',
        'QUESTION: Thank you for giving a little bit of your time. How are relations between France and the United States?',
        'SECRETARY BLINKEN: Quite frankly, excellent. And that’s mostly because we don’t look in the rearview mirror.',
      ]),
      'https://www.state.example.gov/secretary-blinken-with-thomas-sotto-of-france-2/',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('a news site’s address as the questions’ label', () => {
  it('asks, and the unlabelled paragraphs after it answer', () => {
    const transcript = read(
      page('Rozhovor s ministrem: nešlo to, nebyl objektivní důvod', [
        '<p><b>Novinky.cz: Proč jste až tento týden vyzval poradce, aby vrátil diplomatický pas?</b></p>',
        'Změnily se okolnosti. Pas mu byl vystaven za účelem doprovodu prezidenta na cestách.',
        '<p><b>Novinky.cz: Nyní už to neplnilo účel?</b></p>',
        'Opakovaně narážím na mediální zkratky. Je proto dobré vysvětlit, že existují dva druhy osob.',
        '<p><b>Novinky.cz: Jak to tedy bylo?</b></p>',
        'Tehdy se zpracovala analýza, zda poradci prezidentů v Evropě mají diplomatický pas.',
      ]),
      'https://www.novinky.example.cz/domov/rozhovor-ministr',
    );
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(transcript.participants.find((participant) => participant.name === 'Novinky.cz')?.role).toBe('journalist');
  });
});

describe('a bold name alone on its line with an initial', () => {
  it('labels the turns where it recurs ("S. Jaishankar")', () => {
    const transcript = read(
      page('Transcript of interview given by EAM at the Conclave', [
        '<p><strong>Interviewer</strong></p>',
        'Troubled days, tough playing conditions. How do you see them?',
        '<p><strong>S. Jaishankar</strong></p>',
        'Things are a little complicated because I think a lot has changed.',
        '<p><strong>Interviewer</strong></p>',
        'We have all been focused on the US conversation. What about Russia?',
        '<p><strong>S. Jaishankar</strong></p>',
        'I have always maintained that the last twenty-five years matter.',
      ]),
      'https://www.news.example.in/transcripts/eam-conclave',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Interviewer'],
      ['answer', 'S. Jaishankar'],
      ['question', 'Interviewer'],
      ['answer', 'S. Jaishankar'],
    ]);
  });

  it('is a speech’s byline where it stands once, even after an office', () => {
    expect(readLabel('Ambassador R. Ravindra', 'Ambassador R. Ravindra')).toMatchObject({ text: 'Ambassador R. Ravindra', strength: 'weak' });
    expect(readLabel('С.В. Лавров', 'С.В. Лавров')).toMatchObject({ text: 'С.В. Лавров', kind: 'named' });
    expect(readLabel('U.S. Policy in Asia', 'U.S. Policy in Asia')).toBeNull();
  });
});

describe('two named voices of an interview that the title names both', () => {
  it('makes the one who asks more the interviewer, though a radio host asks in few turns', () => {
    const transcript = read(
      page('Мария Захарова в программе Сергея Доренко «Подъём»', [
        'С.ДОРЕНКО: Доброе утро, сегодня у нас в студии гость.',
        'М.ЗАХАРОВА: Доброе утро всем.',
        'С.ДОРЕНКО: Мы давно хотели пригласить вас. Как вы живёте в таком ритме?',
        'М.ЗАХАРОВА: Мы на «ты» или на «вы»?',
        'С.ДОРЕНКО: Давай на «ты». Хочешь, на «ты».',
        'М.ЗАХАРОВА: Давай. Я всегда за правду и против лицемерия.',
        'С.ДОРЕНКО: Это правильно, лицемерие утомляет.',
        'М.ЗАХАРОВА: Согласна, утомляет всех, и журналистов, и дипломатов.',
        'С.ДОРЕНКО: Тогда про выборы. Что думаешь?',
        'М.ЗАХАРОВА: Выборы пройдут спокойно, в этом нет сомнений.',
        'С.ДОРЕНКО: Спасибо, это было интересно.',
      ]),
      'https://govoritmoskva.example.ru/interviews/1500/',
    );
    expect(transcript.participants.map((participant) => [participant.name, participant.role])).toEqual([
      ['С.Доренко', 'journalist'],
      ['М.Захарова', 'official'],
    ]);
  });
});

describe('a weekly briefing’s questions and answers as a news site reposts them', () => {
  it('reads a label glued to its text, and the asker named in brackets after the question', () => {
    const transcript = read(
      page('Questions and answers at the Foreign Office weekly briefing', [
        'Question: My question is about the consular access requested for a dual national. Is the government willing to provide it? (Shaukat Piracha, AAJ News)',
        'Answer:On both your questions, I would like to underline that Pakistan will follow its laws and its international obligations.',
        'Question:My question is related to the embassy which has been reopened in Riyadh. How does Pakistan see this development?',
        'Answer:The reopening of the embassy is a welcome and important development.',
      ]),
      'https://tns.example.pk/national/questions-weekly-briefing',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Shaukat Piracha, AAJ News'],
      ['answer', null],
      ['question', null],
      ['answer', null],
    ]);
    expect(transcript.segments[1]!.paragraphs[0]).toMatch(/^On both/u);
  });

  it('leaves a time, an address and a sentence that opens on a word and a colon as they are', () => {
    expect(readLabel('Answer:10 minutes is enough.')?.kind).not.toBe('answer');
    expect(readLabel('http://www.mofa.gov.pk/briefing')).toBeNull();
  });
});

describe('a Korean newscast’s caption of who speaks', () => {
  it('labels the words after it with the name, the office left out', () => {
    expect(readLabel('[윤석열 / 대통령]')).toMatchObject({ text: '윤석열', kind: 'named', alone: true });
    expect(readLabel('[김수경 / 대통령실 대변인] 모두 자리에 앉아 주시기 바랍니다.')).toMatchObject({
      text: '김수경',
      rest: '모두 자리에 앉아 주시기 바랍니다.',
    });
    expect(readLabel('[속보] 대통령 기자회견')).toBeNull();
  });
});

describe('initials a lead spells out before the labels use them', () => {
  it('names each label by the name before its initials', () => {
    const transcript = read(
      page('Entrevista a Sebastián Piñera tras la Cuenta Pública', [
        'El presidente Sebastián Piñera (SP) habló con los periodistas Macarena Pizarro (MP) y Daniel Matamala (DM) tras la Cuenta Pública del sábado.',
        'MP: ¿Usted dijo que era para oxigenar nuestra política?',
        'SP: No va a ser un retroceso, yo creo que el Congreso lo va a entender.',
        'DM: ¿Lo mismo vale para los senadores?',
        'SP: Lo mismo. Va a poder reelegirse una vez.',
      ]),
      'https://www.cnnchile.example.com/pais/entrevista-pinera',
    );
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Macarena Pizarro'],
      ['answer', 'Sebastián Piñera'],
      ['question', 'Daniel Matamala'],
      ['answer', 'Sebastián Piñera'],
    ]);
  });
});

describe('a news interview’s "Name: quote" headline that the text never confirms', () => {
  // Forced: what is read here is who answers, not whether the page is found.
  const answerers = (title: string, paragraphs: string[]) =>
    extractTranscript(page(title, paragraphs), new URL('https://www.news.example.sk/rozhovor'), { force: true }).transcript!.segments.flatMap((segment) =>
      segment.kind === 'answer' ? [segment.speaker] : [],
    );
  const questions = [
    '<p><strong>Ako hodnotíte svoj prvý rok na prezidentskom poste?</strong></p>',
    'Ako výnimočný a v mnohých situáciách ťažký. Čelila som mnohým novým výzvam a úlohám.',
    '<p><strong>Čo bolo pre vás za ten rok vo funkcii najťažšie?</strong></p>',
    'Každé dôležité rozhodnutie je ťažké a zodpovedné, a my sme ich robili veľa.',
    '<p><strong>Ako sa zmenilo samotné Slovensko?</strong></p>',
    'Ukázalo sa, že túžba nastoliť spravodlivosť a bojovať s korupciou bola veľká.',
  ];

  it('gives the answers to the name before the colon', () => {
    expect(answerers('Čaputová: Toto je najväčšia zodpovednosť', questions)).toEqual(['Čaputová', 'Čaputová', 'Čaputová']);
  });

  it('names no one after a place or a topic the text goes on to talk of, nor after a kicker', () => {
    const topic = [
      ...questions.slice(0, 2),
      '<p><strong>Čo znamená vojna na Ukrajine pre Slovensko?</strong></p>',
      'Ukrajine musíme pomáhať, Ukrajine sa musí dariť.',
    ];
    expect(answerers('Ukrajine: Toto je najväčšia zodpovednosť', topic)).toEqual([null, null]);
    expect(answerers('Exkluzívne: Toto je najväčšia zodpovednosť', questions)).toEqual([null, null, null]);
  });

  it('reads the name after a quotation that opens the title, in full where the lead gives it after a given name', () => {
    const title = '"Pritisci na Srbiju nikad nisu bili jači od 1999. godine" Dačić: Amerika i EU su angažovanije';
    const serbian = [
      '<p><strong>Ko vam je prvi čestitao na ponovnom izboru za ministra?</strong></p>',
      'Pošto smo predsednici partija, odmah nakon dogovora o vladi on mi je prvi čestitao.',
      '<p><strong>Je li u stranci bilo nezadovoljnih što nisu dobili ministarsko mesto?</strong></p>',
      'U stranci stvari ne idu tako, mi nismo kao neke druge stranke.',
    ];
    expect(answerers(title, serbian)).toEqual(['Dačić', 'Dačić']);
    const lead = 'Srbija će ostati na svom putu, kaže u intervjuu za Kurir ministar spoljnih poslova i lider SPS Ivica Dačić.';
    expect(answerers(title, [lead, ...serbian])).toEqual(['Ivica Dačić', 'Ivica Dačić']);
  });

  it('takes an Arabic-script name the lead gives before an office', () => {
    const arabic = answerers('عراقجي: عقيدتنا العسكرية والأمنية لا تعتمد على الأسلحة النووية', [
      'وفقًا لوكالة أنباء تسنيم، سيد عباس عراقجي وزير خارجية بلادنا في حوار مع شبكة الغد المصرية تحدث عن سوريا.',
      'السؤال: السيد الوزير، ما هو موقفكم من التطورات في سوريا؟',
      'نعم، هذا صحيح. عندما انسحب الجيش السوري، كان الوضع صعبا جدا بالنسبة للجميع.',
      'السؤال: وماذا عن المفاوضات مع الولايات المتحدة؟',
      'لا نرى أي فائدة في المفاوضات المباشرة في الظروف الحالية، والرسائل مستمرة.',
    ]);
    expect(arabic.length).toBe(2);
    for (const speaker of arabic) expect(speaker).toContain('عراقجي');
  });
});

describe('a programme’s name in quotation marks in a title', () => {
  it.each(['L’invité "De Zevende Dag"', 'Interview mit der Sendung „Bericht aus Berlin“', 'Entretien au «Grand Jury»'])('names no one: %j', (title) => {
    expect(namesInTitle(title)).toEqual([]);
  });

  it('keeps a name that a quotation holds among other words, or that stands outside it', () => {
    expect(namesInTitle('Ministra Sophie Wilmès au "Grand Jury"')).toEqual(['Sophie Wilmès']);
  });
});

describe('a news site’s address as its journalist’s label', () => {
  it.each(['oe24.TV: Sie haben als Kanzlerin lange Tage.', 'Krone.at: Wie geht es weiter?', 'Gazeta.ru: Как вы оцениваете переговоры?'])('reads %j', (line) => {
    expect(readLabel(line)).toMatchObject({ kind: 'named', strength: 'weak' });
  });

  it('gives the questions to the site and the answers to the guest', () => {
    const transcript = read(
      page('Bierlein: Keine Sorge wegen Rezession', [
        'oe24.TV: Sie haben als Kanzlerin 16- bis 18-Stunden-Tage, merkt man Ihnen das an?',
        'Brigitte Bierlein: Ich bin gewohnt, viel zu arbeiten, das war schon als Richterin so.',
        'oe24.TV: Wie erleben Sie den Job? Ist er schwieriger als gedacht?',
        'Brigitte Bierlein: Es ist natürlich herausfordernder, ich habe das aber gewusst.',
        'oe24.TV: Was ist denn das Schwierigste in diesem Amt?',
        'Brigitte Bierlein: Eine Herausforderung war sicher der Gipfel in Brüssel.',
      ]),
      'https://www.oe24.at/oesterreich/politik/bierlein',
    );
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'oe24.TV'],
      ['answer', 'Brigitte Bierlein'],
      ['question', 'oe24.TV'],
      ['answer', 'Brigitte Bierlein'],
      ['question', 'oe24.TV'],
      ['answer', 'Brigitte Bierlein'],
    ]);
  });
});

describe('a news interview whose photo caption alone names the guest', () => {
  const interview = (caption: string, aside = '') =>
    parseDocument(`<!doctype html><html><head><title>Die Stadt hat mich sofort gewonnen</title></head><body>
<header><a href="/">Tagesblatt</a></header>
<article class="article"><h1>Die Stadt hat mich sofort gewonnen</h1>
<div class="article-body">
<p>Seit einem halben Jahr ist der neue Gesandte in der Stadt, und er hat schon viele Lieblingsorte gefunden, wie er im Gespräch erzählt.</p>
<figure><img src="guest.jpg" alt=""><figcaption>${caption}</figcaption></figure>
<p><strong>Sie sind erst seit einem halben Jahr hier. Was gefällt Ihnen am meisten?</strong></p>
<p>Eben habe ich am Fluss zu Mittag gegessen. Das Essen hier ist wunderbar, und die Menschen sind offen.</p>
<p><strong>Haben Sie das in anderen Ländern auch so gemacht?</strong></p>
<p>Natürlich, ich wollte immer das Land kennenlernen, in dem ich arbeite, aber hier ist es besonders leicht.</p>
</div></article>${aside}</body></html>`);
  const read = (doc: Document) =>
    extractTranscript(doc, new URL('https://www.tagesblatt.example.de/region/gesandter'), { force: true }).transcript!.segments.map((segment) => [
      segment.kind,
      segment.speaker,
    ]);

  it.each([
    ['a name that opens the caption', 'Andrew Davidson kennt die Stadt schon gut. Foto: Tagesblatt', 'Andrew Davidson'],
    ['a name after an office', 'Botschafter Andrew Davidson in seinem Büro', 'Andrew Davidson'],
  ])('gives the answers, not the editor’s opening, to %s', (_, caption, guest) => {
    expect(read(interview(caption))).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', guest],
      ['question', null],
      ['answer', guest],
    ]);
  });

  it('names no one from a caption outside the article, nor from a caption that opens on a place', () => {
    const aside = '<aside><figure><img src="x.jpg" alt=""><figcaption>Maria Schulz liest vor</figcaption></figure></aside>';
    expect(read(interview('Das Rathaus am Fluss', aside)).filter(([kind]) => kind === 'answer')).toEqual([
      ['answer', null],
      ['answer', null],
    ]);
  });
});

describe('a news interview’s labels and headline, as African and Vietnamese papers write them', () => {
  it('reads "Amb." as the ambassador’s office, so that "Amb. Samia Zekaria Gutu:" and "Amb. Gutu:" are one official', () => {
    expect(readSpeaker('Amb. Samia Zekaria Gutu')).toMatchObject({ name: 'Samia Zekaria Gutu', official: true });
    expect(readSpeaker('Amb Gutu')).toMatchObject({ name: 'Gutu', official: true });
    const transcript = extractTranscript(
      page('Time to boost weak trade ties – Envoy', [
        'Daily Trust: How long have the two countries had diplomatic relations, and how are they today?',
        'Amb. Samia Zekaria Gutu: The relationship is still vibrant. We have a very long standing relationship.',
        'Daily Trust: How do you rate bilateral relations between both countries?',
        'Amb. Gutu: Politically, we have very good relationship. Even when we had problems we talked.',
        'Daily Trust: Is there any area of the relations you feel needs to improve?',
        'Amb. Gutu: Trade. The excellent relations at leadership level have yet to reach the traders.',
      ]),
      new URL('https://dailytrust.example.com/time-to-boost-trade-ties'),
      { force: true },
    ).transcript!;
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Daily Trust'],
      ['answer', 'Samia Zekaria Gutu'],
      ['question', 'Daily Trust'],
      ['answer', 'Samia Zekaria Gutu'],
      ['question', 'Daily Trust'],
      ['answer', 'Samia Zekaria Gutu'],
    ]);
  });

  it('takes no country a Vietnamese headline opens on for the guest ("Trung Quốc cần nhìn nhận lại vụ kiện")', () => {
    const speakers = extractTranscript(
      page('Trung Quốc cần nhìn nhận lại vụ kiện', [
        '<p><strong>Trong thời gian làm Đại sứ tại Trung Quốc, ông có gặp tình huống ngoại giao khó khăn nào không?</strong></p>',
        'Trong gần 10 tháng từ khi làm Đại sứ tại Trung Quốc, có thể nói trao đổi giữa hai bên rất thẳng thắn.',
        '<p><strong>Sau khi Tòa Trọng tài ra phán quyết, Đại sứ có nhận thấy thay đổi gì không?</strong></p>',
        'Có thể nói kết quả trọng tài vừa qua là thắng lợi của luật pháp quốc tế và của các nước nhỏ.',
      ]),
      new URL('https://www.tienphong.example.vn/dai-su-trung-quoc'),
      { force: true },
    ).transcript!.segments.map((segment) => segment.speaker);
    expect(speakers).toEqual([null, null, null, null]);
  });
});

describe('a Turkic office after the country’s genitive', () => {
  it.each([
    ['Azərbaycan Respublikasının Prezidenti Heydər Əliyev jurnalistlərin suallarına cavab verib', 'Heydər Əliyev'],
    ['Қазақстанның Түркиядағы елшісі Абзал Сапарбекұлы сұхбат берді', 'Абзал Сапарбекұлы'],
  ])('names the holder, not the country: %j', (title, name) => {
    expect(guestNameIn(title)).toBe(name);
  });
});

describe('a Spanish consul’s office with its accent', () => {
  it('places the name in apposition after "cónsul honoraria de …,", not the place', () => {
    expect(leadNameIn('arranca la labor de la primera cónsul honoraria de Perú Galicia, Rosa Fernández Iglesias, que abrió ayer la sede', true)).toBe(
      'Rosa Fernández Iglesias',
    );
    expect(namesInTitle('La cónsul Rosa Fernández Iglesias abre el consulado')).toEqual(['Rosa Fernández Iglesias']);
  });
});

describe('an interview whose stored copy ends after its first dashed question', () => {
  it('is a transcript: the one dash asks, the guest answers unlabelled', () => {
    const doc = page('Хочу почути позицію опозиції: велике інтерв’ю міністра', [
      'КИЇВ. 8 вересня. Міністр закордонних справ розповів про відносини з сусідами, про санкції та про те, чого він чекає від осені.',
      '— Ваш колега із сусідньої країни зараз часто говорить про «зовнішню загрозу». Як ви оцінюєте його заяви?',
      'До сусідів ми ставимося з повагою, але наша позиція незмінна: суверенітет і територіальна цілісність не обговорюються.',
    ]);
    expect(extractTranscript(doc, new URL('https://www.news.example.ua/interview/ministr')).detected).toBe(true);
  });

  it('is not, when the one dash quotes an answer in a report', () => {
    const doc = page('Міністр прокоментував заяви сусідів', [
      'КИЇВ. 8 вересня. Міністр закордонних справ прокоментував заяви колеги із сусідньої країни, повідомили у відомстві.',
      '— Наша позиція незмінна, суверенітет не обговорюється, — сказав міністр журналістам після засідання уряду.',
      'За його словами, наступна зустріч міністрів відбудеться восени у Варшаві, де сторони обговорять торгівлю.',
    ]);
    expect(extractTranscript(doc, new URL('https://www.news.example.ua/news/ministr')).detected).toBe(false);
  });
});
