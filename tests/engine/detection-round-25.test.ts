// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { readTitleWords } from '../../lib/metadata/kind';
import { page } from './rule-pages';

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
