// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { page } from './rule-pages';

/**
 * Detection's precision, round 25: negatives read as transcripts, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a news report’s subheads set as dashed lines', () => {
  // A Korean paper's report of a joint press conference: two subheads under the headline, then the report.
  const report = (subheads: string[]) => [
    ...subheads,
    '[한빛일보=김민수기자] 두 나라 외교장관이 18일 오후 서울에서 회담을 마친 뒤 공동 기자회견을 열었다.',
    '장관은 "이번 회담에서 항만과 철도 협력을 넓히기로 했다"고 밝히며, 내년 봄 실무 협의를 다시 열겠다고 말했다.',
    '상대국 장관도 "양국의 오랜 우정이 새로운 단계로 들어섰다"며 교류 확대에 대한 기대를 나타냈다.',
    '회견에서는 두 나라 기자들의 질문도 이어졌으며, 회견은 약 40분 동안 진행됐다.',
  ];

  it('turns down a report whose subheads are dashed lines that end on a noun', () => {
    expect(
      detected(
        '한·브 외교장관 공동 기자회견',
        report(['- 장관, 항만·철도 협력 확대 합의…내년 봄 실무 협의', '- 상대국 장관, 양국 우정의 새로운 단계 강조…교류 확대 기대 표명']),
        'https://news.example.kr/bbs/board.php?bo_table=news&wr_id=77',
      ),
    ).toBe(false);
  });

  it('still reads an interview’s dashed turns, which end on a stop or a question mark', () => {
    const interview = [
      '- 장관님, 이번 회담에서 가장 중요하게 다룬 의제는 무엇입니까?',
      '- 항만과 철도 협력입니다. 두 나라 모두 물류 비용을 줄이는 데 관심이 큽니다.',
      '- 내년에는 어떤 일정이 잡혀 있습니까?',
      '- 봄에 실무 협의를 다시 열고, 가을에는 경제 사절단을 보낼 계획입니다.',
    ];
    expect(detected('외교장관 인터뷰', interview, 'https://news.example.kr/bbs/board.php?bo_table=news&wr_id=78')).toBe(true);
  });
});

describe('a news site’s name over its lead, which gives the weekday', () => {
  const report = (lead: string) => [
    lead,
    'وبحث الوزيران خلال اللقاء سبل تعزيز التعاون في مجالات التجارة والطاقة والتعليم، إضافة إلى آخر التطورات في المنطقة.',
    'وأكد الجانبان أهمية مواصلة التنسيق والتشاور بين البلدين في المحافل الدولية خلال المرحلة المقبلة.',
    'وفي ختام المؤتمر، وجه الوزير الضيف دعوة لنظيره لزيارة بلاده في الخريف المقبل، وقد قبلت الدعوة.',
  ];

  it('turns down an Arabic report whose lead opens under the site’s name', () => {
    expect(
      detected(
        'مؤتمر صحفي مشترك لوزيري الخارجية في العاصمة',
        report('صدى المدينة : عقد في العاصمة، الثلاثاء، مؤتمر صحفي مشترك جمع وزير الخارجية ونظيره القادم في زيارة رسمية.'),
        'https://news.example.jo/article/5521',
      ),
    ).toBe(false);
  });

  it('still reads a speaker’s label before the words spoken', () => {
    expect(
      detected(
        'مؤتمر صحفي مشترك لوزيري الخارجية في العاصمة',
        report('وزير الخارجية : نرحب بضيفنا العزيز، وقد بحثنا اليوم سبل تعزيز التعاون بين بلدينا في مجالات كثيرة.'),
        'https://news.example.jo/article/5521',
      ),
    ).toBe(true);
  });
});

describe('a wire agency’s dateline in brackets', () => {
  const report = (lead: string) => [
    lead,
    '同氏は「両国の若い世代が互いの文化に触れる機会をもっと増やしたい」と述べ、来年春に交流行事を開く計画を明らかにした。',
    'また、地方都市での講演会や映画上映会にも力を入れる考えを示し、大学との協力も進めるとした。',
    '同氏は外務省で文化交流を担当する部署に長く勤め、今回が二度目の韓国勤務となる。',
  ];

  it('turns down a news agency’s report that opens with its dateline', () => {
    expect(
      detected(
        '新任の文化院長が抱負 「交流の機会を増やしたい」',
        report('【ソウル聯合ニュース】在韓大使館の文化院長に着任した山田一郎氏は20日までに、聯合ニュースの書面インタビューに応じ、抱負を語った。'),
        'https://news.example.jp/article/20241020000900882',
      ),
    ).toBe(false);
  });

  it('still reads a bracketed speaker’s label', () => {
    expect(
      detected(
        '新任の文化院長が抱負 「交流の機会を増やしたい」',
        report('【山田院長】在韓大使館の文化院長に着任しました山田一郎でございます。皆様と交流の機会を増やしたいと考えております。'),
        'https://news.example.jp/article/20241020000900882',
      ),
    ).toBe(true);
  });
});

describe('bold questions under an FAQ’s heading', () => {
  const questions = [
    '<p><b>¿Qué funciones cumple el consulado en esta ciudad?</b></p>',
    'El consulado atiende a los ciudadanos que residen en la región, emite documentos de viaje y lleva el registro civil de la comunidad.',
    '<p><b>¿Cuánto tarda la renovación de un pasaporte?</b></p>',
    'El trámite suele tardar entre cuatro y seis semanas desde la cita, según la época del año y el número de solicitudes recibidas.',
    '<p><b>¿Se atiende al público sin cita previa?</b></p>',
    'Solo en casos de urgencia debidamente justificados; para los demás trámites es necesario reservar una cita por la página web.',
  ];

  it('turns down a consulate’s page of common questions', () => {
    expect(detected('Consulado General', ['<p><b>PREGUNTAS FRECUENTES</b></p>', ...questions], 'https://consulado.example.org/faq.htm')).toBe(false);
  });

  it('turns down a visa guide whose common questions stand under a subheading', () => {
    expect(
      detected('Consulado General', ['<h2>Preguntas comunes (y lo que el cónsul quiere saber)</h2>', ...questions], 'https://consulado.example.org/guia.htm'),
    ).toBe(false);
  });

  it('still reads an interview whose questions are in bold', () => {
    expect(detected('Consulado General', questions, 'https://consulado.example.org/entrevista.htm')).toBe(true);
  });
});

describe('a parliament record’s sections numbered in Roman numerals', () => {
  const contents = (section: string) => [
    'CÁMARA DE DIPUTADOS',
    'DIARIO DE SESIONES',
    'ÍNDICE',
    'I.- LECTURA DEL ACTA ANTERIOR',
    section,
    '1.- Del diputado por la provincia del norte, sobre la reapertura del puerto fluvial y el empleo de los trabajadores del muelle.',
    '2.- De la diputada por la capital, sobre el calendario de obras del nuevo hospital y la contratación de personal sanitario.',
    '3.- Del diputado por la provincia del sur, sobre el precio del transporte escolar en las zonas rurales durante el invierno.',
  ];

  it('turns down a record’s table of contents', () => {
    expect(detected('CÁMARA DE DIPUTADOS', contents('II.- DECLARACIONES'), 'https://camara.example.gov/diario/sesion-12.htm')).toBe(false);
  });

  it('still reads a speaker’s label in the same form', () => {
    expect(
      detected(
        'CÁMARA DE DIPUTADOS',
        contents('MARTÍNEZ.- Señor presidente, pido la palabra para una cuestión de orden.'),
        'https://camara.example.gov/diario/sesion-12.htm',
      ),
    ).toBe(true);
  });
});
