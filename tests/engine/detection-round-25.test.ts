// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { readTitleWords } from '../../lib/metadata/kind';
import { ENDS_ASKING } from '../../lib/text/asking';
import { page, read } from './rule-pages';

/**
 * Detection's recall, round 25: transcripts that were missed, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a speech or a briefing that opens on the invocation or the salutation in Latin letters', () => {
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

  it('finds a prime minister’s speech under "Teks penuh ucapan …" that opens "Bismillahirrahmanirrahim, …"', () => {
    const speech = [
      'Bismillahirrahmanirrahim, Assalamualaikum Warahmatullahi Wabarakatuh dan Salam Sejahtera kepada seluruh rakyat Malaysia.',
      'Saya ingin mengucapkan terima kasih kepada semua pihak yang telah memberikan sokongan sepanjang minggu yang mencabar ini.',
      'Kerajaan akan memberi tumpuan kepada pemulihan ekonomi, kesihatan rakyat dan peluang pekerjaan untuk generasi muda.',
      'Saya percaya bahawa dengan semangat keluarga, kita mampu mengharungi cabaran ini bersama-sama demi masa depan negara.',
    ];
    expect(detected('Teks penuh ucapan Perdana Menteri sempena Hari Kebangsaan', speech, 'https://berita.example.my/nasional/teks-ucapan-pm')).toBe(true);
  });
});

describe('a title that names a greeting speech in Italian, or a speech’s text in Malay', () => {
  it.each([
    'Messaggio di saluto del sindaco ai connazionali in Argentina',
    'Il saluto del Presidente alla comunità italiana di Toronto',
    'Teks ucapan Menteri Luar di Majlis Makan Malam',
  ])('%j names remarks', (title) => {
    expect(readTitleWords(title)).toMatchObject({ kind: 'remarks', transcript: true, speech: true });
  });

  it.each([
    'L’ultimo saluto di Napoli al console scomparso',
    'Il circolo italiano saluta il nuovo console generale',
    'Ucapan terima kasih kepada para sukarelawan',
  ])('%j does not', (title) => {
    expect(readTitleWords(title).transcript).toBe(false);
  });

  it('finds the greeting speech that opens with no address', () => {
    const speech = [
      'Sono lieto di potervi rivolgere queste poche parole in occasione della festa della nostra comunità qui a Toronto.',
      'Vorrei ringraziare le associazioni che hanno organizzato la serata e tutti i volontari che lavorano con passione.',
      'La nostra regione guarda con orgoglio ai suoi emigrati, che hanno portato il nome dell’Italia in tutto il mondo.',
      'Vi porto il saluto affettuoso di tutti i cittadini e vi aspetto presto per una visita nella nostra terra.',
    ];
    expect(
      detected('Il saluto del Presidente alla comunità italiana di Toronto', speech, 'https://portale.example.it/articoli/saluto-presidente-toronto'),
    ).toBe(true);
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

  it('is found in Vietnamese, the announcement under a numbered topic', () => {
    const briefing = [
      '<h3>1. Thủ tướng Cộng hòa Tamaris thăm chính thức Việt Nam</h3>',
      'Nhận lời mời của Thủ tướng Chính phủ, Thủ tướng Cộng hòa Tamaris sẽ thăm chính thức Việt Nam từ ngày 12 đến ngày 14 tháng 6 năm 2023.',
      'Trong khuôn khổ chuyến thăm, hai Thủ tướng sẽ hội đàm, trao đổi về các biện pháp thúc đẩy hợp tác kinh tế, thương mại và đầu tư giữa hai nước.',
      'Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước tiếp tục phát triển tốt đẹp, với kim ngạch thương mại song phương tăng trưởng ổn định.',
    ];
    expect(detected('Nội dung Họp báo thường kỳ lần thứ 9 năm 2023', briefing, 'https://songoaivu.example.vn/hop-bao-thuong-ky-lan-9-nam-2023')).toBe(true);
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
