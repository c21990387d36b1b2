// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { readLabel } from '../../lib/segment/label-reading';
import { block, page, read } from './rule-pages';

/**
 * The White House's and the State Department's transcripts name their principal by office with its
 * article ("THE PRESIDENT: Well, …", "THE SECRETARY: Thank you."); read as a sentence's "The …:",
 * each answer ran on into the question before it.
 */
describe('an office with its article before the colon', () => {
  it.each([
    ['THE PRESIDENT: Well, as you know, we have a very close alliance with the UK.', 'THE PRESIDENT'],
    ['THE SECRETARY: Thank you. Good morning, everyone.', 'THE SECRETARY'],
    ['THE VICE PRESIDENT: Thank you all for being here.', 'THE VICE PRESIDENT'],
  ])('labels %j', (text, name) => {
    expect(readLabel(text)).toMatchObject({ text: name, kind: 'named', strength: 'strong' });
  });

  it('is no label where the words after the article are not an office', () => {
    expect(readLabel('THE PROBLEM: nobody wants to pay for it.')).toBeNull();
    expect(readLabel('The answer: nobody wants to pay for it.')).toBeNull();
  });

  it('splits the answer from the question asked before it', () => {
    const doc = page('Remarks by President Trump Before Marine One Departure', [
      'THE PRESIDENT: Hello, everybody. How are you? Very good numbers, economically.',
      'Q Mr. President, Iran seized at least one oil tanker today. What is your reaction?',
      'THE PRESIDENT: Well, as you know, we have a very close alliance with the UK, and we always have.',
      'So, we heard about it. We heard it was one; we heard it was two.',
      'Q Mr. President, are you standing by your tweet?',
      'THE PRESIDENT: I am. Thank you very much, everybody.',
    ]);
    const transcript = read(doc, 'https://www.whitehouse.gov/briefings-statements/remarks-president-trump-marine-one-departure-50/');
    const answer = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('Well, as you know'));
    expect(answer).toBeDefined();
    expect(answer!.paragraphs).toHaveLength(2);
    expect(answer!.kind).toBe('answer');
  });
});

/**
 * China's briefings and their reposts label the asker as the outlet's journalist; a name that opens on
 * digits ("21世纪经济报道记者:") or a question that opens on a year ("福建東南衛視記者:2020兩岸…") was not read,
 * and the question ran on into the spokesperson's turn before it.
 */
describe('an outlet’s journalist before a CJK colon', () => {
  it.each([
    ['21世纪经济报道记者:我们注意到,近年来,商务部深入推进“一带一路”经贸合作。', '21世纪经济报道记者'],
    ['福建東南衛視記者:2020兩岸企業家峰會年會日前以視頻連線的方式在臺北和廈門舉行。', '福建東南衛視記者'],
    ['NHK記者:2022北京冬奧會即將開幕,請問中方有何期待?', 'NHK記者'],
  ])('labels %j', (text, name) => {
    expect(readLabel(text)).toMatchObject({ text: name, kind: 'named', asks: true });
  });

  it('is not a report’s “told reporters:”', () => {
    expect(readLabel('他对记者:2020两岸交流的目标已经完成。')).toBeNull();
  });

  it('splits the question from the spokesperson’s welcome', () => {
    const doc = page('國臺辦2020年12月16日新聞發佈會文字實錄', [
      '台灣網12月16日北京訊 國務院臺灣事務辦公室今天上午10時在國臺辦新聞發佈廳舉行例行新聞發佈會。',
      '朱鳳蓮:大家早上好,歡迎大家參加今天的發佈會,現在開始提問。',
      '福建東南衛視記者:2020兩岸企業家峰會年會日前以視頻連線的方式在臺北和廈門舉行,請發言人介紹今年年會有關情況。謝謝。',
      '朱鳳蓮:12月9號,2020兩岸企業家峰會年會以視頻連線方式在廈門和臺北同步舉行。',
      '本次年會就峰會明年工作達成諸多共識,特色突出、內容紮實、成效顯著。',
    ]);
    const transcript = read(doc, 'http://www.taiwan.cn/xwzx/la/202012/t20201216_12312345.htm');
    const question = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('2020兩岸企業家峰會年會日前'));
    expect(question).toMatchObject({ kind: 'question' });
    const welcome = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('大家早上好'));
    expect(welcome?.paragraphs).toHaveLength(1);
  });
});

/**
 * Spain's Diario de Sesiones labels each speaker "El señor" or "La señora" and the office or the
 * surnames in capitals, a minister's name in brackets after the office; read as no label, the chair's
 * opening ran on into the minister's statement.
 */
describe('a speaker of Spain’s Cortes', () => {
  it.each([
    ['El señor PRESIDENTE: Buenas tardes. Se abre la sesión.', 'PRESIDENTE'],
    ['La señora PRESIDENTA: Muy buenas tardes.', 'PRESIDENTA'],
    ['El señor GUTIÉRREZ VIVAS: Gracias, presidenta.', 'GUTIÉRREZ VIVAS'],
    ['La señora MINISTRA DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (González Laya): Muchísimas gracias, presidente.', 'González Laya'],
  ])('labels %j', (text, name) => {
    expect(readLabel(text)).toMatchObject({ text: name, kind: 'named', strength: 'strong' });
  });

  it('is no label in a sentence about a señor', () => {
    expect(readLabel('El señor Presidente dijo: no habrá más preguntas.')).toBeNull();
  });

  it('parts the chair’s words from the minister’s, and the sitting’s turns are remarks', () => {
    const doc = page('DS. Congreso de los Diputados, Comisiones, núm. 293, de 18/02/2021', [
      'Se abre la sesión a las cuatro y treinta y cinco minutos de la tarde.',
      'El señor PRESIDENTE: Buenas tardes. Se abre la sesión para tramitar el orden del día.',
      'El formato se ajustará al artículo 203 del Reglamento del Congreso y se realizará de la siguiente manera.',
      'La señora MINISTRA DE ASUNTOS EXTERIORES, UNIÓN EUROPEA Y COOPERACIÓN (González Laya): Muchísimas gracias, presidente.',
      'Comparezco hoy para presentar la Estrategia de Acción Exterior, que el Gobierno aprobó el mes pasado.',
      'El señor PRESIDENTE: Muchas gracias, señora ministra.',
    ]);
    const transcript = read(doc, 'https://www.congreso.es/busqueda-de-publicaciones?_publicaciones_id_texto=(DSCD-14-CO-293.CODI.)');
    const minister = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('Muchísimas gracias'));
    expect(minister).toMatchObject({ kind: 'remarks' });
    expect(minister!.paragraphs).toHaveLength(2);
    const chair = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('Buenas tardes'));
    expect(chair?.paragraphs).toHaveLength(2);
  });
});

/**
 * Japanese prefectures' and ministries' pages close on their inquiries box, a heading and the office's
 * name and address; read on, the governor's last answer took them in.
 */
describe('a Japanese government page’s inquiries box', () => {
  it.each(['この記事についてのお問い合わせ', 'お問い合わせ', 'このページに関するお問い合わせ', '問い合わせ先'])('ends the text at %j', (heading) => {
    const lines = [
      '被災者であり、かつ、地域の復興の担い手でもある職員の皆さんに感謝します。',
      heading,
      '広報広聴課 報道・広報グループ',
      '住所: 〒780-8570 高知県高知市丸ノ内1丁目2番20号',
    ];
    expect(
      dropBoilerplate(
        lines.map((line) => block(line)),
        { title: '知事定例記者会見' },
      ).map((found) => found.text),
    ).toEqual([lines[0]]);
  });

  it('does not end it at a sentence that asks readers to inquire', () => {
    const lines = ['詳細は、統計局にお問い合わせください。', '次の質問をどうぞ。'];
    expect(
      dropBoilerplate(
        lines.map((line) => block(line)),
        { title: '閣議後記者会見' },
      ),
    ).toHaveLength(2);
  });
});

/**
 * A speech that opens on its salutation, a line of its own ending on a comma: the names in it were
 * taken for the people an editor's lead speaks of, and the line was cut off from the speech (whose
 * speaker became "Nuncio Apostólico").
 */
describe('a speech’s salutation on its own line', () => {
  it.each([
    [
      'Palabras de Su Majestad el Rey con motivo de la recepción de año nuevo al Cuerpo Diplomático',
      [
        'Señor Nuncio Apostólico,',
        'Señoras y Señores Embajadores,',
        'La recepción del Jefe del Estado con motivo del Año Nuevo es una tradición que me complace mantener.',
        'Una oportunidad para hacer balance y exponer las grandes líneas de nuestra política exterior.',
      ],
    ],
    [
      'Discours de Jean-Yves Le Drian lors de la passation de pouvoirs au ministère',
      [
        'Monsieur le Premier ministre, Cher Jean-Marc,',
        'Madame la Ministre,',
        'Chers Amis,',
        'Je suis très heureux de me trouver parmi vous aujourd’hui, et je vous remercie de votre accueil.',
        'Je mesure l’honneur qui m’est fait, et je sais la tâche qui nous attend ensemble.',
      ],
    ],
  ])('opens the speech “%s”', (title, lines) => {
    const transcript = read(page(title, lines), 'https://www.example.gov/speeches/new-year-reception');
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]!.paragraphs).toHaveLength(lines.length);
  });
});
