// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../lib/page/blocks';
import { parseDocument } from '../../scripts/lib/parse-html';
import { page, read } from './rule-pages';

/** The paragraphs the page reader finds in `html`, a fragment of a page's text. */
function paragraphs(html: string): string[] {
  return readBlocks(parseDocument(`<!doctype html><html><body><main>${html}</main></body></html>`).body).map((block) => block.text);
}

/**
 * A speech's address to the room, one addressee a line in one <p>, is one paragraph as the reader
 * sees it: read line by line, a ministry's or a head of state's speech counted three or four
 * paragraphs where it has one.
 */
describe('a speech’s address to the room, one addressee a line', () => {
  it.each([
    ['Frau Bürgermeisterin,<br>sehr geehrter Herr Abgeordneter,<br>liebe Gäste aus nah und fern!'],
    ['Monsieur le Préfet,<br>Mesdames et Messieurs les élus,<br>Chers amis,'],
    ['Mr. Chairman,<br>Distinguished delegates,<br>Ladies and gentlemen:'],
    ['Señora Alcaldesa de la ciudad, presidenta del consejo municipal;<br>Señor Rector de la Universidad Nacional;<br>Señoras y señores:'],
  ])('is one paragraph: %j', (html) => {
    expect(paragraphs(`<p>${html}</p><p>It is an honour to open this meeting.</p>`)).toHaveLength(2);
  });

  it('leaves lines that end as sentences, and labels, apart', () => {
    expect(paragraphs('<p>We met the minister today.<br>She spoke of the harbour,<br>Q: Will the port open,<br>A: Yes, in May.</p>')).toHaveLength(4);
    expect(paragraphs('<p>Jan Novak,<br>Ambassador of the Republic</p>')).toHaveLength(2);
    // A speech set one sentence a line keeps its lines, the address's among them.
    expect(paragraphs('<p>Dear friends,<br>Dear colleagues,<br>Welcome to our national day.<br>It has been a good year.</p>')).toHaveLength(4);
  });

  it('counts the speech’s opening as one paragraph of the speaker’s remarks', () => {
    const doc = page('Rede von Ministerin Anna Berger zur Eröffnung der Handwerksmesse', [
      'Sehr geehrter Herr Präsident der Handwerkskammer,<br>liebe Ausstellerinnen und Aussteller,<br>meine Damen und Herren!',
      'Ich freue mich, heute die Messe zu eröffnen. Sie ist in diesem Jahr größer als je zuvor.',
      'Unsere Unternehmen zeigen hier, was sie können, und wir wollen sie dabei unterstützen.',
    ]);
    const transcript = read(doc, 'https://www.example-ministry.de/rede/messe-eroeffnung');
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]!.paragraphs).toHaveLength(3);
    expect(transcript.segments[0]!.paragraphs[0]).toBe(
      'Sehr geehrter Herr Präsident der Handwerkskammer, liebe Ausstellerinnen und Aussteller, meine Damen und Herren!',
    );
  });
});
