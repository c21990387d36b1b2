// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { addressesListener } from '../../lib/segment/opening-address';
import { namesInTitle } from '../../lib/segment/title-names';
import { interviewerCredited } from '../../lib/segment/headline-names';
import { parseDocument } from '../../scripts/lib/parse-html';

/** A page of the kind's markup: a headline, then the paragraphs as given (HTML allowed). */
function page(title: string, paragraphs: string[], lang = 'en'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><header><a href="/">News</a></header><main><article><h1>${title}</h1>${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</article></main><footer>© News</footer></body></html>`;
}

function turnsOf(html: string, url = 'https://news.example.org/2024/05/interview'): Array<[string, string | null]> {
  const transcript = extractTranscript(parseDocument(html), new URL(url), { force: true }).transcript;
  return (transcript?.segments ?? []).map((segment) => [segment.kind, segment.speaker]);
}

/**
 * An interview or a doorstep whose host, before the first question, turns to the guest by name or office with
 * something other than a welcome ("Dr. Lindqvist, first of all, congratulations.", "Олег Викторович, господин
 * посол, добрый вечер."), and the guest greets back: the interview's first question and answer, not remarks.
 */
describe('an opening that addresses the guest', () => {
  it('makes a labelled doorstep’s opening a question and the greeting back an answer', () => {
    const html = page('Transcript of the Director General’s remarks to the press on the safeguards report', [
      '<strong>REUTERS:</strong> Dr. Lindqvist, first of all, congratulations on the new term.',
      '<strong>LINDQVIST:</strong> Thank you very much.',
      '<strong>REUTERS:</strong> Will the inspectors return to the northern sites before the board meets in March?',
      '<strong>LINDQVIST:</strong> We expect to be back on the ground within weeks, and the board will have our report.',
      '<strong>REUTERS:</strong> And what about the declared stockpile?',
      '<strong>LINDQVIST:</strong> That is still being verified by our teams.',
    ]);
    expect(turnsOf(html).slice(0, 2)).toEqual([
      ['question', 'REUTERS'],
      ['answer', 'Lindqvist'],
    ]);
  });

  it('makes a dash dialogue’s greeting by name and office a question, and the reply an answer', () => {
    const html = page(
      'Посол: «Мы открыты для диалога с соседями»',
      [
        '– Олег Викторович, господин посол, добрый вечер.',
        '– Добрый вечер, господин Смирнов.',
        '– Как вы оцениваете итоги прошедшего года для двусторонних отношений?',
        '– Год был непростым, но мы сохранили все каналы связи и провели три раунда консультаций.',
        '– Что ждёт торговлю в новом году?',
        '– Мы рассчитываем на рост поставок зерна и удобрений.',
      ],
      'ru',
    );
    expect(
      turnsOf(html)
        .map(([kind]) => kind)
        .slice(0, 4),
    ).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('reads an address by office or courtesy, and not a lead that speaks of the guest or a welcome', () => {
    expect(addressesListener('Herr Botschafter, Ihre Amtszeit in Prag geht zu Ende.', null)).toBe(true);
    expect(addressesListener('木寺大使、こんにちは。本日はよろしくお願いします。', null)).toBe(true);
    expect(addressesListener('Der neue Botschafter in Wien, Karl Brandt, empfing uns in seinem Büro.', null)).toBe(false);
    expect(addressesListener('Madam Secretary, thanks so much for joining us tonight.', null)).toBe(false);
    expect(addressesListener('Sayın Bakanım, öncelikle programımıza hoş geldiniz.', null)).toBe(false);
  });
});

/**
 * A question-and-answer interview that puts the asker's and the answerer's initials or name in brackets after the
 * label's word, the answer's as the question's ("Pertanyaan (P):" / "Jawaban (J):", "Question (…):" / "Answer (…):"):
 * the answer is anonymous, the official the title names, not a speaker called "Jawaban".
 */
describe('an answer label with initials in brackets', () => {
  it('gives the answer to the official the title names', () => {
    const html = page(
      'Wawancara Khusus Menlu Budi Santoso: Diplomasi Kopi Terus Tumbuh',
      [
        '<strong>Pertanyaan (P):</strong> Bagaimana perkembangan ekspor kopi tahun ini?',
        '<strong>Jawaban (J):</strong> Ekspor kopi kita naik cukup tajam, terutama ke Eropa dan Timur Tengah.',
        '<strong>Pertanyaan (P):</strong> Apa tantangan terbesar bagi petani kecil?',
        '<strong>Jawaban (J):</strong> Akses pembiayaan dan sertifikasi masih menjadi pekerjaan rumah kami.',
      ],
      'id',
    );
    expect(turnsOf(html)).toEqual([
      ['question', null],
      ['answer', 'Budi Santoso'],
      ['question', null],
      ['answer', 'Budi Santoso'],
    ]);
  });
});

/**
 * A speech or a statement whose headline names its speaker after an office the name reader did not know, or with the
 * courtesy title glued to the name: a Portuguese woman ambassador ("Discurso da embaixadora …"), Romania's president
 * with its article ("Președintele … face declarații"), "Remarks by … Dr.Ivan Petrov". The speech is theirs.
 */
describe('a headline’s speaker after an office or a glued courtesy', () => {
  it.each([
    ['Discurso da embaixadora Helena Vasconcelos na recepção do Dia Nacional', 'Helena Vasconcelos'],
    ['Președintele Andrei Mureșanu face declarații de presă la Bruxelles', 'Andrei Mureșanu'],
    ['Remarks by the Ambassador of Ruritania to Canada Dr.Ivan Petrov at the National Day reception', 'Ivan Petrov'],
  ])('%j names %j', (title, name) => {
    expect(namesInTitle(title)).toContain(name);
  });

  it('gives the unlabelled speech to the speaker the headline names', () => {
    const html = page(
      'Discurso da embaixadora Helena Vasconcelos na recepção do Dia Nacional',
      [
        'Boa noite a todos!',
        'É com grande alegria que recebo todos vocês nesta residência para celebrar a nossa festa nacional.',
        'A amizade entre os nossos povos cresce a cada ano, no comércio, na cultura e na ciência.',
      ],
      'pt',
    );
    expect(turnsOf(html)).toEqual([['remarks', 'Helena Vasconcelos']]);
  });
});

/**
 * A paper's or a broadcast's interview whose questions carry no label, and whose lead names the interviewer by a
 * newsroom's office right before the name ("… concedió una entrevista a la directora del periódico, Laura Méndez", "…
 * told co-host Anna Berg"): the unlabelled questions are hers. Not an office of state after "host" ("to host Prime
 * Minister …").
 */
describe('an interviewer the lead names by a newsroom office', () => {
  it.each([
    ['El cónsul de Chile en Viena, Tomás Ibarra, concedió una entrevista a la directora del periódico, Laura Méndez.', 'Laura Méndez'],
    ['In a conversation on Monday with Evening Edition co-host Anna Berg, the minister spoke about fisheries.', 'Anna Berg'],
  ])('%j credits %j', (lead, name) => {
    expect(interviewerCredited([lead])).toBe(name);
  });

  it('gives the unlabelled questions to her, and credits no one for a state visit', () => {
    expect(interviewerCredited(['The capital will host Prime Minister Harald Sund next week.'])).toBeNull();
    const html = page(
      'Entrevista al cónsul de Chile en Viena',
      [
        'El cónsul de Chile en Viena, Tomás Ibarra, concedió una entrevista a la directora del periódico, Laura Méndez.',
        '<strong>¿Cuánto tiempo lleva usted en Austria?</strong>',
        'Llegué hace dos años, justo antes del invierno.',
        '<strong>¿Qué es lo que más le ha sorprendido de la ciudad?</strong>',
        'La puntualidad de los tranvías y la cantidad de conciertos.',
      ],
      'es',
    );
    expect(turnsOf(html).filter(([kind]) => kind === 'question')).toEqual([
      ['question', 'Laura Méndez'],
      ['question', 'Laura Méndez'],
    ]);
  });
});

/**
 * A news interview whose headline quotes its guest ("Nyström: ”…”") and whose first bold question opens on a
 * preposition of time and a name ("Efter Bergs avgång …?"): the preposition opens no one's name, so the answers are
 * the guest's, not "Efter Bergs"'s.
 */
describe('a first question that opens on a preposition', () => {
  it('leaves the answers to the guest the headline quotes', () => {
    const html = page(
      'Nyström: ”Vi måste bygga fler bostäder”',
      [
        '<strong>Efter Bergs avgång finns en oro i partiet – hur ska ni vinna tillbaka väljarna?</strong>',
        '– Vi ska prata om det som människor bryr sig om: jobben, bostäderna och tryggheten i vardagen.',
        '<strong>Hur snabbt kan fler bostäder byggas?</strong>',
        '– Redan nästa år kan vi se fler byggstarter om kommunerna får stöd.',
      ],
      'sv',
    );
    expect(turnsOf(html).filter(([kind]) => kind === 'answer')).toEqual([
      ['answer', 'Nyström'],
      ['answer', 'Nyström'],
    ]);
  });
});
