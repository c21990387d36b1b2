// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { ENDS_ASKING } from '../../lib/text/asking';
import { page, read } from './rule-pages';

/**
 * Detection's recall, round 25: transcripts that were missed, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a briefing that opens on the salutation in Latin letters', () => {
  it('finds a spokesperson’s weekly briefing that opens on "Assalam-o-Alaikum,"', () => {
    const briefing = [
      'Assalam-o-Alaikum,',
      'The Foreign Minister will travel to Tashkent next week for the meeting of the council of foreign ministers of the regional organisation.',
      'The second round of consultations on trade and connectivity was held in the capital on Tuesday, led by the two additional secretaries.',
      'A delegation of parliamentarians from the Gulf visited the Ministry on Monday and was briefed on the situation in the region.',
      'I would also like to mention the scholarship programme for students from Africa, whose second batch arrives this month.',
    ];
    const title = 'Transcript of the Weekly Press Briefing by the Spokesperson';
    expect(detected(title, briefing, 'https://mofa.example.pk/transcript-of-the-weekly-press-briefing-12-03-2024/')).toBe(true);
  });
});

describe('a regular briefing whose stored copy holds only the spokesperson’s announcements of visits', () => {
  const announcements = [
    'At the invitation of Foreign Minister Chen Hao, Foreign Minister Ana Lopes of the Republic of Tamaris will pay an official visit from 14 to 17 May.',
    'During the visit, the two ministers will hold talks on bilateral relations, trade and cooperation in agriculture, and exchange views on regional issues.',
    'At the invitation of the Government of the Republic of Norland, Vice Premier Liu Peng will attend the opening of the international trade fair in its capital.',
    'The fair brings together companies from more than forty countries, and the delegation will also visit two industrial parks built with joint investment.',
  ];
  const url = 'https://embassy.example.org/eng/fyrth/202405/t20240510_1123.htm';

  it('is found under a title that names the regular press conference', () => {
    expect(detected('Foreign Ministry Spokesperson’s Regular Press Conference on May 10, 2024', announcements, url)).toBe(true);
  });

  it('is read as one remarks turn: the first announcement is no editor’s lead', () => {
    const transcript = read(page('Foreign Ministry Spokesperson’s Regular Press Conference on May 10, 2024', announcements), url);
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks' });
    expect(transcript.segments[0]!.paragraphs[0]).toMatch(/^At the invitation of Foreign Minister Chen Hao/u);
  });

  it('is found in Spanish, as an embassy copies the ministry’s briefing', () => {
    const anuncios = [
      'Por invitación del Ministro de Relaciones Exteriores Chen Hao, la Canciller de la República de Tamaris, Ana Lopes, realizará una visita oficial del 14 al 17 de mayo.',
      'Durante la visita, ambos ministros sostendrán conversaciones sobre las relaciones bilaterales, el comercio y la cooperación agrícola entre los dos países.',
      'Por invitación del Gobierno de la República de Norland, el Viceprimer Ministro Liu Peng asistirá a la inauguración de la feria internacional de comercio.',
    ];
    const title = 'Conferencia de Prensa Habitual del Portavoz del Ministerio de Relaciones Exteriores, 10 de mayo de 2024';
    expect(detected(title, anuncios, 'https://embajada.example.org/esp/fyrth/202405/t20240510_1124.htm')).toBe(true);
  });

  it('a press release that announces the same visit under a title of its own is still none', () => {
    expect(detected('Foreign Minister of Tamaris to Visit China', announcements, 'https://ministry.example.org/eng/xw/202405/t20240510_2211.html')).toBe(false);
  });
});

describe('an interview whose bold questions the page’s contents list links to', () => {
  const interview = [
    '<p>Am 3. März empfing uns die neue Generalkonsulin in ihrem Büro zu einem Gespräch über ihre ersten Monate in der Stadt.</p>',
    '<p class="q"><a name="f1"></a><b>Frau Generalkonsulin, wie haben Sie die ersten Wochen hier erlebt?</b></p>',
    '<p>Sehr herzlich. Ich wurde von vielen Vereinen eingeladen und habe schon einige Städte der Region besucht, das hat mir sehr gefallen.</p>',
    '<p class="q"><a name="f2"></a><b>Welche Aufgaben stehen für das Konsulat in diesem Jahr im Vordergrund?</b></p>',
    '<p>Vor allem die Digitalisierung der Pass- und Visaanträge, damit die Bürgerinnen und Bürger weniger lange warten müssen.</p>',
  ];

  it('is found under a headline that quotes the guest, the anchor before each question passed', () => {
    expect(detected('„Ich wurde sehr herzlich empfangen“', interview, 'https://verein.example.de/aktuell/generalkonsulin-herzlich-empfangen')).toBe(true);
  });

  it('a Japanese bold question that asks politely with no full stop asks', () => {
    expect(ENDS_ASKING.test('どうして外交官を目指そうとされたのですか')).toBe(true);
    expect(ENDS_ASKING.test('赴任されて最初に驚いたことは何でしたか')).toBe(true);
    // A heading's plain "…とは何か" asks no one.
    expect(ENDS_ASKING.test('外交官の仕事とは何か')).toBe(false);
  });
});
