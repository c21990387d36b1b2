// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

/**
 * Turn kinds where the text is right: a broadcast's or a briefing's opening before anything is
 * asked, which is remarks, not the first question and its answer.
 */

const kinds = (url: string, title: string, paragraphs: string[]) =>
  read(page(title, paragraphs), url).segments.map((segment) => `${segment.kind}:${segment.speaker}`);

describe("a host's opening to the audience", () => {
  it('is remarks, and so is the guest greeting back, in a broadcast interview', () => {
    expect(
      kinds('https://tv.example.at/transkript/zib2-muster', 'Transkript: Sebastian Muster bei Lou Beispiel in der ZIB2', [
        'Lou Beispiel: Live im Studio begrüße ich jetzt den Bundeskanzler Sebastian Muster. Schönen guten Abend.',
        'Sebastian Muster: Schönen guten Abend.',
        'Lou Beispiel: Herr Bundeskanzler, vor einer Woche ist die Regierung zerbrochen. Was ist seither geschehen?',
        'Sebastian Muster: Wir haben eine Woche hinter uns, die niemand so erwartet hat, und wir arbeiten weiter an unseren Vorhaben.',
        'Lou Beispiel: Werden Sie das Misstrauensvotum überstehen?',
        'Sebastian Muster: Das entscheidet das Parlament, und ich respektiere jede Entscheidung, die dort getroffen wird.',
      ]),
    ).toEqual([
      'remarks:Lou Beispiel',
      'remarks:Sebastian Muster',
      'question:Lou Beispiel',
      'answer:Sebastian Muster',
      'question:Lou Beispiel',
      'answer:Sebastian Muster',
    ]);
  });

  it("is remarks under a journalist's label, unless it ends by asking the guest", () => {
    const opening = (last: string) =>
      kinds('https://news.example.gr/synenteuxi-ypourgou', 'Συνέντευξη του Υπουργού Εξωτερικών Γιώργου Παπαδόπουλου', [
        `ΔΗΜΟΣΙΟΓΡΑΦΟΣ: Υποδεχόμαστε στην πρεμιέρα μας τον Υπουργό Εξωτερικών, τον κύριο Γιώργο Παπαδόπουλο. ${last}`,
        'Γ. ΠΑΠΑΔΟΠΟΥΛΟΣ: Είναι μεγάλη χαρά και τιμή να είμαι μαζί σας απόψε.',
        'ΔΗΜΟΣΙΟΓΡΑΦΟΣ: Πώς βλέπετε τη συνάντηση των δύο ηγετών;',
        'Γ. ΠΑΠΑΔΟΠΟΥΛΟΣ: Δουλέψαμε πολύ τα τελευταία δύο χρόνια για να φτάσουμε σε αυτό το σημείο.',
      ]).map((turn) => turn.split(':')[0]);
    expect(opening('Καλησπέρα σας.')).toEqual(['remarks', 'remarks', 'question', 'answer']);
    expect(opening('Πώς είστε απόψε;')).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('is remarks at a press conference whose moderator calls the room to order before the statement', () => {
    expect(
      kinds('https://www.example.org/news/transcript/opening-press-conference', 'Transcript of Opening Press Conference with President Jim Example', [
        'MR. DONNELLY: Could you take your seats, please, we are going to start in one minute.',
        'Hi, everyone. My name is John Donnelly. Dr. Example will open this press conference with a short statement, and then we will take questions.',
        'DR. EXAMPLE: Good morning, and welcome to the Annual Meetings. It is truly great to be back here with all of you.',
        'Just a few days ago, we announced that the share of people living in extreme poverty will fall to under ten percent this year.',
        'Our goals are to end extreme poverty by 2030 and to boost shared prosperity for the poorest forty percent in every country.',
      ]).map((turn) => turn.split(':')[0]),
    ).toEqual(['remarks', 'remarks']);
  });
});
