// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { readLabel } from '../../lib/segment/label-reading';
import { page } from './rule-pages';

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
