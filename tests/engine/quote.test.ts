// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quoteTurn } from '../../lib/quote';
import { encodeFragmentText, openingWords, passageLink } from '../../lib/text-fragment';
import { sampleTranscript } from '../unit/sample-transcript';

describe('text fragment links', () => {
  it('percent-encode the directive’s text as the spec asks, "-", "&" and "," included', () => {
    expect(encodeFragmentText('Russia-China talks, trade & security')).toBe('Russia%2DChina%20talks%2C%20trade%20%26%20security');
    expect(encodeFragmentText('Лавров: «да»')).toBe('%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2%3A%20%C2%AB%D0%B4%D0%B0%C2%BB');
  });

  it('start with the passage’s first words, cut at a word’s end, in scripts with and without spaces', () => {
    expect(openingWords('  We  have held talks with our partners, and more.', 6)).toBe('We have held talks with our');
    expect(openingWords('Short one.', 6)).toBe('Short one.');
    const chinese = openingWords('中方对此表示强烈不满和坚决反对，已向美方提出严正交涉。', 4, 'zh');
    expect('中方对此表示强烈不满和坚决反对，已向美方提出严正交涉。'.startsWith(chinese)).toBe(true);
    expect(chinese.length).toBeGreaterThan(3);
    expect(chinese.length).toBeLessThan(15);
  });

  it('cut at spaces in a browser without Intl.Segmenter, and take any language tag', () => {
    expect(openingWords('Russia-China talks, trade & security', 3, 'not a language!')).toBe('Russia-China talks');
    const segmenter = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      expect(openingWords('We  have held talks with our partners.', 4)).toBe('We have held talks');
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
    }
  });

  it('take more words while the same words open another passage, so the link lands on this one', () => {
    const others = ['Thank you for the question. It is about the grain deal.'];
    const link = passageLink('https://mid.ru/a', 'Thank you for the question. Sanctions never worked.', others)!;
    expect(decodeURIComponent(link.split(':~:text=')[1]!)).toBe('Thank you for the question. Sanctions');
  });

  it('keep the address (and a fragment it had) and add the directive; none for an address that is not a web page’s', () => {
    expect(passageLink('https://mid.ru/en/foreign_policy/news/1_2/?id_4=5&x=1', 'Yes, next month.')).toBe(
      'https://mid.ru/en/foreign_policy/news/1_2/?id_4=5&x=1#:~:text=Yes%2C%20next%20month.',
    );
    expect(passageLink('https://mid.ru/a#part-2', 'Yes.')).toBe('https://mid.ru/a#part-2:~:text=Yes.');
    expect(passageLink('file:///home/me/page.html', 'Yes.')).toBeNull();
    expect(passageLink('page.html', 'Yes.')).toBeNull();
  });
});

describe('"Copy quote"', () => {
  it('gives the answer’s words, a citation line (speaker, title, date, address) and a link to the passage', () => {
    const transcript = sampleTranscript();
    expect(quoteTurn(transcript, 4)).toBe(
      'Sanctions have never worked. They hurt those who impose them.\n\n' +
        '— Sergey Lavrov, “Foreign Minister Sergey Lavrov’s remarks and answers to media questions, Moscow, September 30, 2026”, 2026-09-30, https://mid.ru/en/foreign_policy/news/1234567/\n' +
        'https://mid.ru/en/foreign_policy/news/1234567/#:~:text=Sanctions%20have%20never%20worked.%20They%20hurt\n',
    );
  });

  it('keeps paragraphs apart, and leaves out what the transcript does not know', () => {
    const transcript = sampleTranscript({ date: null, url: '' });
    const quote = quoteTurn(transcript, 0);
    expect(quote).toBe(
      'Good afternoon, colleagues. We have held talks with our partners. The talks covered trade and security.\n\n' +
        'We agreed to meet again in the spring.\n\n' +
        '— Sergey Lavrov, “Foreign Minister Sergey Lavrov’s remarks and answers to media questions, Moscow, September 30, 2026”\n',
    );
  });
});
