// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';

/** An interviewer's welcome before the first question: remarks, and the guest's reply too. */
describe('an interviewer’s welcome after the guest’s introduction', () => {
  const kinds = (paragraphs: string[]) => {
    const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
    const html = `<html><head><title>Interview with the Foreign Minister</title></head><body><h1>Interview with the Foreign Minister</h1><main>${body}</main></body></html>`;
    return extractTranscript(parseDocument(html), new URL('https://news.example.ae/interview'), { force: true }).transcript!.segments.map(
      (segment) => segment.kind,
    );
  };

  it('is remarks, and so is the reply, when the welcome is the second sentence ("… Foreign Minister. Your Highness, it’s great to see you again.")', () => {
    expect(
      kinds([
        'Bret Baier: Sheikh Abdullah Bin Zayed Al Nahyan, the UAE Deputy Prime Minister and Foreign Minister. Your Highness, it’s great to see you again.',
        'Sheikh Abdullah: Bret, it’s always great to be with you.',
        'Bret Baier: A big day here today with the President’s visit. What does it mean for you?',
        'Sheikh Abdullah: It is a historical day for us and for our relationship.',
      ]),
    ).toEqual(['remarks', 'remarks', 'question', 'answer']);
  });

  it('is no welcome where a later sentence opens on a salutation’s word ("Sayın Cumhurbaşkanımıza …")', () => {
    expect(
      kinds([
        'Soru: Büyükelçiler Kararnamesinde son durum nedir?',
        'Mevlüt Çavuşoğlu: Yeni Büyükelçiler kararname taslağı hazır. Sayın Cumhurbaşkanımıza arz ettik.',
      ]),
    ).toEqual(['question', 'answer']);
  });
});
