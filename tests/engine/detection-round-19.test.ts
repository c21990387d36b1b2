// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { scanLabels } from '../../lib/detection/label-scan';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { FIRST_PERSON_FORMS } from '../../lib/text/first-person-forms';
import { SPEECH_ADDRESS } from '../../lib/text/speech-address';
import { block, page } from './rule-pages';

/**
 * A speech on its own page with no labels, in a language that drops its pronouns or writes a
 * script the core register does not read: its address to the audience and its verbs' first
 * person tell it from a report (round 19, detection).
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a speech’s address to its audience, in more languages', () => {
  it.each([
    'Cari connazionali e amici,',
    'Sus Excelencias, Señoras y Señores Jefes de Misiones Diplomáticas',
    '“Buenas tardes señoras embajadoras y embajadores.',
    'Kıymetli misafirler, değerli basın mensupları,',
    'Vážení kolegové,',
    'Yang Amat Berhormat Perdana Menteri,',
    'بسم الله الرحمن الرحيم',
    'भाइयों और बहनों,',
  ])('%j opens a speech', (line) => {
    expect(SPEECH_ADDRESS.test(line)).toBe(true);
  });

  it.each([
    'Care must be taken when reading the report.',
    'Caritas Italiana ha annunciato',
    'El canciller saludó a los embajadores.',
    '"We are ready," he said.',
  ])('%j does not', (line) => {
    expect(SPEECH_ADDRESS.test(line)).toBe(false);
  });

  // An Italian consulate's speech for the national day, as its site prints it.
  const italian = [
    'Sono onorata di rivolgermi a voi in occasione delle celebrazioni della Festa Nazionale della Repubblica.',
    'Anche quest’anno l’anniversario del 2 giugno ricorre in un periodo difficile caratterizzato dalla pandemia.',
    'Quest’anno ha segnato anche l’inizio del mandato come Console d’Italia a Recife, in un momento particolare.',
    'Desidero dunque salutare tutta la collettività italiana del Nordest e le autorità locali con grande affetto.',
  ];
  const url = 'https://consrecife.esteri.it/it/news/dal_consolato/2021/06/discorso-del-console/';
  const title = 'Discorso del Console d’Italia a Recife per la Festa della Repubblica 2021';

  it('finds the speech that opens by addressing its audience', () => {
    expect(detected(title, ['Cari connazionali e amici,', ...italian], url)).toBe(true);
  });

  it('and the same text with no address and no first person stays in doubt', () => {
    const report = italian.map((line) => line.replace(/^(?:Sono onorata di|Desidero dunque)/u, 'La console intende'));
    expect(detected(title, report, url)).toBe(false);
  });
});

describe('the first person said by the verb, and in more scripts', () => {
  it.each([
    'Les agradezco su presencia en la persona del decano del cuerpo diplomático',
    'Desidero dunque salutare la collettività italiana',
    'Quero agradecer a todos os presentes',
    'Teşekkür ediyorum geldiğiniz için',
    'Bu konuda adım atacağız',
    'Jsme rádi, že se zde scházíme',
    'إننا نؤكد على أهمية التعاون',
    'हम सब मिलकर काम करेंगे',
    'ข้าพเจ้ามีความยินดี',
  ])('%j speaks in the first person', (line) => {
    expect(FIRST_PERSON_FORMS.test(line)).toBe(true);
  });

  it.each(['En los últimos años, los extremos se tocan', 'Ülkemiz bu konuda kararlı', 'Il ministro ha detto che la situazione', 'Les programmes de la femme'])(
    '%j does not',
    (line) => {
      expect(FIRST_PERSON_FORMS.test(line)).toBe(false);
    },
  );

  it('is not heard in a paragraph that reports someone’s words', () => {
    const doc = page('Informe', [
      'El canciller dijo que «estamos listos para trabajar con todos los países de la región» durante la reunión.',
      'Estamos listos para trabajar con todos los países de la región, en un momento decisivo para todos.',
    ]);
    const scan = scanLabels(doc.querySelector('main')!, undefined, { voice: FIRST_PERSON_FORMS });
    expect(scan.textParagraphs).toBe(2);
    expect(scan.firstPerson).toBe(1);
  });
});

describe('a speech’s place-and-day line and its signature', () => {
  const texts = (blocks: ReturnType<typeof block>[]) => dropBoilerplate(blocks, { title: 'Palabras de Su Excelencia' }).map((kept) => kept.text);

  it('drops the hall and the day under the subtitle', () => {
    const blocks = [
      block('En ocasión del Saludo Protocolar al Cuerpo Diplomático Acreditado en Panamá', { wholeBold: true }),
      block('Salón Bolívar, Palacio Bolívar 6 de Febrero, 2014'),
      block('Quisiera, con mis primeras palabras, agradecerles su presencia aquí, hoy.'),
    ];
    expect(texts(blocks)).not.toContain('Salón Bolívar, Palacio Bolívar 6 de Febrero, 2014');
  });

  it('drops a dateline closed by a full stop after its year, not a sentence that names a day', () => {
    const dateline = 'AU Headquarter, Addis Ababa 12 June 2013.';
    const speech = block('Thank you to the media for attending this briefing and to the viewers on social media.');
    expect(texts([block('Directorate of Information and Communication'), block(dateline), speech])).not.toContain(dateline);
    const sentence = 'On 14 February 2001 we met the minister.';
    expect(texts([block('Directorate of Information and Communication'), block(sentence), speech])).toContain(sentence);
  });

  it('drops the speaker’s signature after the last words, not a last sentence that names a day', () => {
    const speech = block('Dovolte mi proto, abych vyjádřil naději na naši úspěšnou budoucí spolupráci.');
    expect(texts([block('Vážení kolegové,'), speech, block('Miloš Zeman, prezident republiky, Pražský hrad, 16. října 2018')])).toEqual([
      'Vážení kolegové,',
      speech.text,
    ]);
    const last = 'Gracias a todos, y nos vemos de nuevo en la reunión del 6 de febrero de 2015.';
    expect(texts([block('Señoras y señores,'), block('Quisiera agradecerles su presencia aquí, hoy, en esta casa.'), block(last)])).toContain(last);
  });
});

/**
 * A press interview cut to its first exchange, or with one question only (an embassy's or a paper's
 * copy): under a title that names an interview, one plain question answered at length opens it,
 * as one dashed question does.
 */
describe('an interview with one plain question', () => {
  const exchange = [
    'A relação luso-brasileira é uma das mais antigas do mundo. Como a vê hoje, passados tantos anos?',
    'Eu diria que o Brasil é hoje um parceiro essencial para Portugal, em todas as áreas da nossa relação bilateral.',
    'A comunidade portuguesa no Brasil é muito numerosa e muito ativa, e a brasileira em Portugal também cresceu muito.',
  ];
  const url = 'https://vivadigitalsa.example.com/entrevista-embaixador/';

  it('is an interview where the title names one', () => {
    expect(detected('Entrevista realizada ao Embaixador Luís Faro Ramos', exchange, url)).toBe(true);
  });

  it('is not one under a news headline, where a question may be rhetorical', () => {
    expect(detected('Relação luso-brasileira em destaque no consulado', exchange, url)).toBe(false);
  });
});

describe('a credit line with slashes among the first lines', () => {
  it('drops the name, the day and the outlet between slashes', () => {
    const credit = '전옥현 주홍콩총영사 / 2011.9.16(금) / 홍콩 ATV';
    const kept = dropBoilerplate(
      [
        block(credit, { wholeBold: true }),
        block('1. (한류 - 드라마) 저희 ATV는 매일 한국 드라마를 방영하고 있습니다. 어떻게 보십니까?'),
        block('o 먼저 ATV가 한국 드라마를 자주 방영해 주셔서 감사드립니다.'),
      ],
      { title: '[홍콩] 전옥현 총영사 / 홍콩 ATV / 인터뷰' },
    ).map((found) => found.text);
    expect(kept).not.toContain(credit);
  });
});
