// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { readCoreTitleWords, readTitleWords } from '../../lib/metadata/kind';
import { readLabel } from '../../lib/segment/label-reading';
import { SPEECH_ADDRESS } from '../../lib/text/speech-address';
import { block, page } from './rule-pages';

/**
 * Detection's recall, round 21: label shapes of scripts and languages the engine did not read,
 * words of speeches and interviews in more languages. The texts are written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('Armenian labels close on a dot, Georgian ones are bold', () => {
  it.each([
    ['Լրագրող․ Պարոն դեսպան, ինչպե՞ս եք գնահատում երկու երկրների հարաբերությունները:', '', 'question'],
    ['Հարց. Ի՞նչ սպասելիքներ ունեք այս այցից:', '', 'question'],
    ['Պատասխան. Մենք շատ բան ենք սպասում:', '', 'answer'],
    ['«Հարց. Պարոն նախարար, ի՞նչ կասեք:', '', 'question'],
    ['Աննա Պետրոսյան․ Մեր հարաբերությունները լավ են:', 'Աննա Պետրոսյան․', 'named'],
    ['ნინო ბერიძე: ჩვენ ვმუშაობთ ახალ პროექტზე.', 'ნინო ბერიძე:', 'named'],
  ])('%j is a label', (text, bold, kind) => {
    expect(readLabel(text, bold)?.kind).toBe(kind);
  });

  it.each([
    ['Նա ասաց. Մենք պատրաստ ենք:', ''],
    ['ნინო ბერიძე: ჩვენ ვმუშაობთ ახალ პროექტზე.', ''],
  ])('%j is not (a sentence; a Georgian name not in bold)', (text, bold) => {
    expect(readLabel(text, bold)).toBeNull();
  });

  it('finds an Armenian interview by its dotted labels', () => {
    const turns = [
      'Դեսպան Աննա Պետրոսյանը հարցազրույց է տվել մեր կայքին՝ խոսելով երկկողմ հարաբերությունների մասին:',
      '<p><b>Լրագրող․</b> Պարոն դեսպան, ինչպե՞ս եք գնահատում երկու երկրների հարաբերությունները այսօր:</p>',
      '<p><b>Աննա Պետրոսյան․</b> Մեր հարաբերությունները շատ լավ են, և մենք պատրաստ ենք նոր ծրագրերի:</p>',
      '<p><b>Լրագրող․</b> Ի՞նչ ծրագրեր են նախատեսված հաջորդ տարվա համար կրթության ոլորտում:</p>',
      '<p><b>Աննա Պետրոսյան․</b> Նախ և առաջ, մենք կբացենք նոր դպրոց և կաջակցենք ուսանողների փոխանակմանը:</p>',
    ];
    expect(detected('Դեսպան Աննա Պետրոսյանի խոսքը', turns, 'https://news.example.am/hy/article/12345')).toBe(true);
  });
});

describe('a speech’s address to its audience, in more languages', () => {
  it.each([
    'Herr Bundespräsident,',
    'Frau Ministerin Schulz,',
    'Αγαπητοί φίλοι,',
    'Kjære venner,',
    'Kære gæster,',
    'Hörmətli qonaqlar!',
    'Panie Marszałku! Wysoka Izbo!',
    'أصحاب المعالي والسعادة،',
    '"חברים נכבדים, ערב טוב',
  ])('%j opens a speech', (line) => {
    expect(SPEECH_ADDRESS.test(line)).toBe(true);
  });

  it.each(['Herr Bundespräsident Müller sagte am Montag, dass', 'Frau Schulz, die Ministerin, reiste ab', 'Kjøpmannen åpnet butikken'])(
    '%j does not',
    (line) => {
      expect(SPEECH_ADDRESS.test(line)).toBe(false);
    },
  );

  // A Norwegian ministry's speech at a yearly meeting, as its site prints it.
  const norwegian = [
    'Kjære alle sammen,',
    'Det er en glede å være her i dag og få snakke om de utfordringene forsvaret står overfor i årene som kommer.',
    'Vi lever i en tid med store endringer, og vi må tilpasse oss raskt for å ivareta vår egen sikkerhet.',
    'Jeg vil takke dere for det viktige arbeidet dere gjør for å holde debatten om forsvaret levende.',
  ];
  it('finds the speech that opens by addressing its audience', () => {
    expect(detected('Forsvarsministerens tale på årsmøtet', norwegian, 'https://www.example.no/aktuelt/tale-arsmote/id1234/')).toBe(true);
  });
});

describe('a news dispatch’s furniture, in more languages', () => {
  const texts = (blocks: ReturnType<typeof block>[]) => dropBoilerplate(blocks, { title: 'Teks penuh ucapan' }).map((kept) => kept.text);
  it('drops an advert’s place, a source line and a Korean dispatch’s place and outlet', () => {
    const speech = 'Saya ingin mengucapkan terima kasih kepada semua rakyat Malaysia atas sokongan yang diberikan.';
    expect(texts([block('【서울=한국통신】'), block('Iklan'), block(speech), block('Mənbə: Prezidentin rəsmi saytı')])).toEqual([speech]);
  });
});

describe('an Indian site’s question and answer words closed by ":-" or a hyphen', () => {
  it.each([
    ['प्रश्न:- सरकार इस विषय पर क्या कदम उठा रही है?', 'question'],
    ['उत्तर:- हम इस पर लगातार काम कर रहे हैं।', 'answer'],
    ['सवाल- आप इस यात्रा को कैसे देखते हैं?', 'question'],
    ['जवाब- यह यात्रा बहुत महत्वपूर्ण है।', 'answer'],
    ['Question:- What will the session take up first?', 'question'],
  ])('%j is a label', (text, kind) => {
    expect(readLabel(text, '')?.kind).toBe(kind);
  });

  it.each(['प्रश्न-उत्तर सत्र के बाद बैठक समाप्त हुई।', 'question-answer sessions were held in the afternoon.'])('%j is not', (text) => {
    expect(readLabel(text, '')).toBeNull();
  });
});

describe('the government’s declaration to parliament names a speech', () => {
  it.each(['Statsministerens regjeringserklæring i Stortinget', 'Statsministerns regeringsförklaring 2010'])(
    '%s names a speech in the engine, not in the content script',
    (title) => {
      expect(readTitleWords(title)).toMatchObject({ kind: 'remarks', transcript: true });
      expect(readCoreTitleWords(title).kind).toBe('other');
    },
  );
});

describe('a government site’s section of press releases over the page it files', () => {
  it('drops its name and its link back', () => {
    const texts = dropBoilerplate(
      [block('प्रेस विज्ञप्तियां[वापस जाएं]'), block('Press releases'), block('[वापस जाएं]'), block('यह एक लंबा अनुच्छेद है जो प्रधानमंत्री के वक्तव्य का हिस्सा है।')],
      {
        title: 'प्रधानमंत्री का वक्तव्य',
      },
    ).map((kept) => kept.text);
    expect(texts).toEqual(['यह एक लंबा अनुच्छेद है जो प्रधानमंत्री के वक्तव्य का हिस्सा है।']);
  });
});

describe('a Japanese paper’s exchange with the Prime Minister: the role and a space before the words', () => {
  it.each([
    ['記者団 訪米の成果をどう評価するか。', 'question'],
    ['首相 大変有意義な会談だったと考えている。', 'named'],
    ['大臣 引き続き注視していきたい。', 'named'],
  ])('%j is a label', (text, kind) => {
    expect(readLabel(text, '')?.kind).toBe(kind);
  });

  it('not a sentence that opens on the role', () => {
    expect(readLabel('首相は5日、記者団に対し訪米の成果を語った。', '')).toBeNull();
  });
});
