// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { reasonText } from '../../lib/reason-text';
import { endsAttributed } from '../../lib/text/reported-forms';
import { parseDocument } from '../../scripts/lib/parse-html';
import { page } from './rule-pages';

/**
 * Detection's precision, round 23: negatives read as transcripts, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

const paragraphOf = (text: string) => parseDocument(`<p>${text}</p>`).querySelector('p')!;

describe('a news report’s dashed quote attributed after its first sentence', () => {
  it.each([
    '– Det blir ett tufft år, säger hon. Men vi har en plan och vi tänker följa den hela vägen.',
    '– Vi väntar på besked från Ankara, säger ministern till TT under torsdagskvällen, på hotellet i Bryssel där alla delegationerna bor under hela mötet.',
    '- Nitko me nije pitao za mišljenje... - rekao je naglasivši kako će o svemu razgovarati s premijerom idući tjedan. Zatim je otišao.',
    '— Это был трудный разговор, — сказал министр. Потом он добавил ещё несколько слов о будущем.',
  ])('%j is a report’s quote', (text) => {
    expect(endsAttributed(paragraphOf(text))).toBe(true);
  });

  it.each([
    '– Vi har haft ett bra samarbete och jag hoppas att det fortsätter. Det är viktigt för båda länderna.',
    '— Мы готовы к диалогу. Это наша принципиальная позиция, и она не изменится.',
  ])('%j is an interview’s answer', (text) => {
    expect(endsAttributed(paragraphOf(text))).toBe(false);
  });

  it('turns down a Swedish paper’s report whose dashed quotes name the speaker after the first sentence', () => {
    const report = [
      'Utrikesministern lämnar sitt uppdrag efter fyra år. I en intervju med en kvällstidning berättar hon om tiden på departementet.',
      '– Det har varit fyra intensiva år, säger hon. Jag kommer att sakna kollegorna och arbetet med våra grannländer.',
      '– Många frågar mig vad som händer nu. Det vet ingen riktigt, säger hon till tidningen. Men jag är inte orolig för framtiden.',
      '– Jag tror att samarbetet i Norden kommer att bli ännu viktigare de kommande åren, och det gläder mig mycket.',
    ];
    expect(detected('Avgående ministern: ”Jag kommer att sakna det”', report, 'https://nyheter.example.se/2024/09/avgaende-ministern')).toBe(false);
  });
});

describe('a label alone on its line over the headline', () => {
  const report = (kicker: string, headline: string, paragraphs: string[]) =>
    parseDocument(
      `<!doctype html><html><head><title>${headline}</title></head><body><div class="head"><p class="kicker">${kicker}</p><h1>${headline}</h1></div><div class="text">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`,
    );

  it('turns down a news site’s report whose kicker names the speaker over the headline', () => {
    const doc = report('Regierungssprecherin:', 'Wir halten an den Gesprächen mit allen Nachbarn fest', [
      'Die Regierung will die Gespräche mit den Nachbarländern fortsetzen, auch wenn die Verhandlungen über den Grenzverkehr seit Wochen stocken.',
      'Am Mittwoch trafen sich die Delegationen erneut in der Hauptstadt, ein Ergebnis gab es nicht. Beide Seiten sollen sich im Herbst wieder treffen.',
      'Die Opposition kritisiert seit langem, dass die Regierung zu wenig Druck mache und die Verhandlungen nicht ernst genug nehme.',
    ]);
    expect(detectTranscript(doc, new URL('https://zeitung.example.de/politik/2024/gespraeche')).transcript).toBe(false);
  });

  it('still reads a label alone on its line with the turn’s text after it', () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>Pressekonferenz der Regierungssprecherin</title></head><body><h1>Pressekonferenz der Regierungssprecherin</h1><div class="text">${[
        '<p>Sprecherin:</p>',
        '<p>Guten Tag, meine Damen und Herren. Ich möchte Ihnen heute kurz berichten, was das Kabinett beschlossen hat.</p>',
        '<p>Frage:</p>',
        '<p>Wann werden die Gespräche mit den Nachbarländern fortgesetzt?</p>',
        '<p>Sprecherin:</p>',
        '<p>Wir rechnen mit einem neuen Treffen im Herbst. Einen genauen Termin kann ich Ihnen noch nicht nennen.</p>',
      ].join('')}</div></body></html>`,
    );
    expect(detectTranscript(doc, new URL('https://regierung.example.de/pk/2024-05-02')).transcript).toBe(true);
  });
});

describe('a job interview’s questions to prepare for', () => {
  const prepared = [
    '<p><b>Question:</b> Why do you want to work in the consular section?</p>',
    '<p><b>Answer:</b> Say that you like helping people and that you are calm when the work is hard. Give an example from your last job.</p>',
    '<p><b>Question:</b> How do you deal with an angry visitor at the counter?</p>',
    '<p><b>Answer:</b> Explain that you listen first, stay polite and look for a solution within the rules of the office.</p>',
  ];

  it.each([
    'Consular Assistant Interview Questions and Answers',
    'Konsolosluk Memuru Mülakat Soruları ve Cevapları',
    'Preguntas para la entrevista de trabajo en una embajada',
  ])('turns down %j', (title) => {
    expect(detected(title, prepared, 'https://careers.example.com/consular-assistant-questions')).toBe(false);
  });

  it('still finds an interview whose title names its questions and answers', () => {
    expect(detected('Interview with the Ambassador: questions and answers', prepared, 'https://embassy.example.org/interview-ambassador')).toBe(true);
  });
});

describe('a listing whose teasers give no date', () => {
  const teaser = (title: string, opening: string) => `<div class="post"><h3><a href="/speeches/${title.length}">${title}</a></h3><p>${opening}</p></div>`;
  const listing = (count: number) =>
    parseDocument(
      `<!doctype html><html><head><title>Speeches – Office of the Premier</title></head><body><header><a href="/">Office of the Premier</a></header><main><h1>Speeches</h1>${[
        teaser(
          'Address at the Opening of the Harbour Bridge',
          'Premier: Good morning, everyone. I am delighted to be here with you today to open a bridge that our city has waited for.',
        ),
        teaser(
          'Remarks to the Chamber of Commerce Annual Dinner',
          'Premier: Thank you for the warm welcome. We have had a remarkable year for trade and for jobs.',
        ),
        teaser('Statement to Parliament on the Flood Recovery', 'Premier: Madam Speaker, I rise to update the House on the recovery from last month’s floods.'),
      ]
        .slice(0, count)
        .join('')}</main></body></html>`,
    );

  it('turns down a premier’s archive of speeches, each teaser headed by a link and no date', () => {
    expect(detectTranscript(listing(3), new URL('https://premier.example.gov/speeches?page=4')).transcript).toBe(false);
  });

  it('tells the user the page links to other pages by their headlines, not "by their titles and dates" its teasers lack', () => {
    const { reasons } = detectTranscript(listing(3), new URL('https://premier.example.gov/speeches?page=4'));
    const teasers = reasons.find((reason) => typeof reason !== 'string' && reason.code === 'teasers');
    expect(teasers).toEqual({ code: 'teasers', teasers: 3 });
    expect(reasonText(teasers!)).toBe('The page links to 3 other pages by their headlines, as a listing does.');
  });

  it('still reads a speech under two links to other pages', () => {
    expect(detectTranscript(listing(2), new URL('https://premier.example.gov/speeches?page=4')).transcript).toBe(true);
  });
});
