// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { engineLabel } from '../../lib/detection/engine-labels';
import { scanLabels } from '../../lib/detection/label-scan';
import { matchLabel } from '../../lib/segment/labels';
import { page } from './rule-pages';

/**
 * Detection's precision round: kinds of pages that are no transcript and were taken for one
 * (an FAQ, a news report), each with the rule that turns it away.
 */

describe("an FAQ whose questions are set in bold: no interviewer's questions", () => {
  const faq = () =>
    page('Temporary Visitor’s Visa', [
      '<p><strong>What is a temporary visitor’s visa?</strong></p>',
      'The temporary visitor’s visa is available to foreign nationals who travel to the country for pleasure, business or health.',
      '<p><strong>How do I apply for a temporary visitor’s visa?</strong></p>',
      'Applications are filed at the embassy or consulate that has jurisdiction over the applicant’s place of residence.',
      '<p><strong>Can I extend my stay after arrival?</strong></p>',
      'Extensions are granted by the main office and its field offices upon payment of the fees that apply.',
    ]);

  it('counts none of its bold questions as an asker', () => {
    const scan = scanLabels(faq().querySelector('main')!);
    expect(scan.faqQuestions).toBe(3);
    expect(scan.labelled).toBe(0);
    expect(scan.questions).toBe(0);
  });

  it('is turned away', () => {
    expect(detectTranscript(faq(), new URL('https://immigration.example.gov/faqs/visa-inquiry/temporary-visitors-visa')).transcript).toBe(false);
  });

  it("still counts an interview's bold questions", () => {
    const interview = page('Interview with the Ambassador', [
      '<p><strong>Ambassador, how do you see relations between our countries today?</strong></p>',
      'We have had a very good year. Trade has grown and our ministers have met four times.',
      '<p><strong>What will the visit of the minister bring?</strong></p>',
      'I expect agreements on energy and education, which we have prepared for a long time.',
      '<p><strong>Will the visa regime be eased?</strong></p>',
      'We are working on it with our partners, and I hope for news before the summer.',
    ]);
    expect(scanLabels(interview.querySelector('main')!).questions).toBe(3);
  });
});

describe("a news page's credits, desk, category and repost notices are no speaker's labels", () => {
  it.each([
    'Foto: Marcello Casal Jr./ABr',
    'Text: Redaktionen',
    'Staff Reporter : We are not worried about the Western countries’ statement on the election, the minister said.',
    'ویب ڈیسک: وفاقی دارالحکومت اسلام آباد میں ترجمان دفتر خارجہ نے ہفتہ وار بریفنگ دی',
    'تغطية: محمد الساعي تصوير: عبدالأمير السلاطنة',
    'Live: Russia 24',
    'テーマ:外交',
    '版權宣告:本文源自 網路, 由 楠木軒 整理釋出,共 235 字。',
    'Press Release: TVNZ',
    'Contact: Prime Minister’s Press Secretary',
    // A notice's time and place, in Swedish.
    'Tid:',
    'Plats: På plats. Föranmälda journalister kan delta på plats.',
    // The buttons that size the page's type.
    'A- A A+',
  ])('reads no label in %j', (line) => {
    expect(matchLabel(line, '')).not.toBeNull();
    expect(engineLabel(line, '')).toBeNull();
  });
});
