// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { engineLabel } from '../../lib/detection/engine-labels';
import { page } from './rule-pages';

/**
 * Detection's precision, round 21: kinds of pages that are no transcript and were taken for one
 * (a news report's dashed quotes, …), each with the rule that turns it away, and the transcript
 * of the same markup that is still found.
 */

const detected = (doc: Document, url: string) => detectTranscript(doc, new URL(url)).transcript;

describe("a news report's dashed quotes, attributed at their end, are no interview's turns", () => {
  it('turns away a Polish report whose quotes end on "– powiedział …"', () => {
    const report = page('Minister przedstawił nowego ambasadora', [
      'Minister spraw zagranicznych przedstawił w poniedziałek nowego ambasadora przy Unii Europejskiej na konferencji prasowej w Warszawie.',
      '– Znamy się od wielu lat i wiem, że to człowiek, który potrafi rozmawiać ze wszystkimi stolicami w Europie – powiedział minister.',
      'Nowy ambasador ma objąć placówkę w Brukseli jeszcze przed końcem lata, gdy zakończy pracę w ministerstwie.',
      '– Przed nami trudne miesiące negocjacji budżetowych, ale jestem przekonany, że sobie poradzimy – dodał szef dyplomacji.',
      '– Najważniejsze są dla nas rolnictwo i fundusze na odbudowę regionów przygranicznych – podkreślił.',
    ]);
    expect(detected(report, 'https://wiadomosci.example.pl/kraj/minister-przedstawil-ambasadora')).toBe(false);
  });

  it('turns away a Serbian report whose quotes end on "- dodao je …"', () => {
    const report = page('Predsednik se obratio ambasadorima', [
      'Predsednik je danas u Beogradu govorio na godišnjoj konferenciji ambasadora i konzula o spoljnoj politici zemlje.',
      '- Moramo da otvorimo nova predstavništva u Africi i Aziji, jer tamo je budućnost naše privrede - dodao je predsednik.',
      '- Vaš posao je da branite interese zemlje, a ne da se dopadate bilo kome u svetu - rekao je on.',
      'Konferencija traje tri dana, a ambasadori će se sastati i sa predstavnicima privrede.',
    ]);
    expect(detected(report, 'https://vesti.example.rs/politika/ambasadorska-konferencija')).toBe(false);
  });

  it("still finds a Danish interview whose one answer the paper attributes (', siger …')", () => {
    const interview = page('Ministeren: Der er ingen grund til bekymring', [
      'Den nye udenrigsminister har mødt pressen første gang efter udnævnelsen i går.',
      '– Dine forgængere havde svært ved at forene to roller. Hvordan vil du undgå det samme?',
      '– Jeg sammenligner mig ikke med andre. Jeg mærker en stor interesse for arbejdet, og det glæder mig, siger ministeren.',
      '– Du har talt om sundhed hele valgkampen. Hvorfor så udenrigsministeriet nu?',
      '– Jeg sidder i regeringens koordinationsudvalg, og dér arbejder jeg videre med sundhedsvæsenet.',
      '– Kan man lede et ministerium fra en flyvemaskine?',
      '– Det kan man sagtens. Vi har gode folk hjemme, og telefonen virker overalt.',
    ]);
    expect(detected(interview, 'https://nyheder.example.dk/politik/ministeren-ingen-grund-til-bekymring')).toBe(true);
  });
});

describe("a news agency's dateline is no speaker's label", () => {
  it.each([
    'CIUDAD DE MÉXICO (apro).- Los corresponsales extranjeros pidieron a la cancillería más conferencias abiertas.',
    'BUENOS AIRES (NA).- El canciller recibió ayer a su par uruguayo en el Palacio San Martín.',
  ])('reads no label in %j', (line) => {
    expect(engineLabel(line, '')).toBeNull();
  });

  it('still reads a speaker whose dash follows the name ("SUNUCU-", "CAPITANICH.-")', () => {
    expect(engineLabel('SUNUCU- Sayın Bakan, programımıza hoş geldiniz.', '')).not.toBeNull();
    expect(engineLabel('CAPITANICH.- Muy buenos días a todos y a todas.', '')).not.toBeNull();
  });
});

describe("a name and its office before a quotation mark caption a report's quote", () => {
  it.each([
    'Мария Иванова, посол России в Бельгии: «Мы не получили ответа на наши предложения по безопасности»',
    'John Harper, Foreign Minister of Canada: "We will keep our embassy open for as long as it is safe"',
  ])('reads no label in %j', (line) => {
    expect(engineLabel(line, '')).toBeNull();
  });

  it('still reads a speaker whose words are quoted with no office, and an office with its words unquoted', () => {
    expect(engineLabel('Leo Varadkar: “I don’t think a public inquiry would serve any purpose.”', '')).not.toBeNull();
    expect(engineLabel('John Harper, Foreign Minister of Canada: We will keep our embassy open.', '')).not.toBeNull();
  });
});
