// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { nameAfterSaying } from '../../lib/segment/title-names';
import { page } from './rule-pages';

/**
 * A news interview whose headline ends on who says it ("…, říká Kulhánek", "…, says Lavrov"): the
 * name after the verb of saying answers the outlet's labelled questions, where nothing labels the answers.
 */
describe('a headline that ends on a verb of saying and a name', () => {
  it.each([
    ['Nejedlému nešlo odebrat diplomatický pas, nebyl objektivní důvod, říká Kulhánek', 'Kulhánek'],
    ['Europe must stand on its own feet, says Foreign Minister Annalena Baerbock', 'Annalena Baerbock'],
    ['Wir werden die Ukraine weiter unterstützen, sagt Baerbock', 'Baerbock'],
  ])('%j names %j', (title, name) => {
    expect(nameAfterSaying(title, [])).toBe(name);
  });

  it('gives a lone surname in full where the text gives given names before it', () => {
    expect(nameAfterSaying('Die Lage ist ernst, sagt Baerbock', ['Außenministerin Annalena Baerbock sprach mit uns.'])).toBe('Annalena Baerbock');
  });

  it('names no one where the verb’s subject is an office or a sentence', () => {
    expect(nameAfterSaying('Europe must act now, says the minister', [])).toBeNull();
    expect(nameAfterSaying('Europe must act now, says Minister', [])).toBeNull();
    expect(nameAfterSaying('Lavrov says the talks went well', [])).toBeNull();
  });

  it('names who answers an outlet’s labelled questions', () => {
    const doc = page('Nejedlému nešlo odebrat diplomatický pas, nebyl objektivní důvod, říká Kulhánek', [
      '<p><b>Lidovky.cz: Proč jste až tento týden vyzval Martina Nejedlého, aby vrátil diplomatický pas?</b></p>',
      'Změnily se okolnosti. Diplomatický pas mu byl původně vystaven z jiných důvodů.',
      '<p><b>Lidovky.cz: Nyní už to neplnilo účel?</b></p>',
      'Opakovaně narážím na mediální zkratky. Je proto dobré vysvětlit, že existují dva druhy osob.',
      '<p><b>Lidovky.cz: Kdo o tom rozhoduje?</b></p>',
      'Rozhoduje ministerstvo podle zákona, a to na základě žádosti úřadu, který osobu navrhuje.',
    ]);
    const transcript = extractTranscript(doc, new URL('https://www.lidovky.cz/domov/kulhanek-rozhovor.A211022'), { force: true }).transcript!;
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.map((segment) => segment.speaker)).toEqual(['Kulhánek', 'Kulhánek', 'Kulhánek']);
  });
});
