// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../lib/extract';
import { isSameTranscript, SAME_TRANSCRIPT_SIMILARITY, textSimilarity } from '../../../lib/provenance/edition-match';
import { transcriptFingerprint } from '../../../lib/provenance/fingerprint';
import type { Transcript } from '../../../lib/transcript-schema';
import { parseDocument } from '../../../scripts/lib/parse-html';
import { fixturePages } from '../fixture-pages';
import { repostPage } from './repost-page';

/**
 * The library's test for "the same transcript" on real-looking pairs, each read by the engine
 * from a page as a user would open it: the golden pages, their reposts and their editions.
 */
const pages = fixturePages().filter((page) => page.expected.detected);
const page = (name: string) => pages.find((candidate) => candidate.name === name)!;

function read(html: string, url: string | URL): Transcript {
  const transcript = extractTranscript(parseDocument(html), new URL(url)).transcript;
  if (!transcript) throw new Error(`not read as a transcript: ${String(url)}`);
  return transcript;
}

const briefing = page('mid-ru--en-zakharova-briefing');
const original = read(briefing.html, briefing.url);
const fingerprint = transcriptFingerprint(original);

describe('the same text at other addresses', () => {
  it('over http and https, and on a mirror, has the same fingerprint', () => {
    for (const url of ['http://mid.ru/en/press_service/spokesman/briefings/2041500/', 'https://mirror.example.org/mid/2041500.html']) {
      expect(transcriptFingerprint(read(briefing.html, url))).toEqual(fingerprint);
    }
  });

  it('reposted by a news site (its markup, lead, share bar, other quotes and dashes) is the same transcript', () => {
    const repost = read(repostPage(original), 'https://worldaffairs.example.com/2026/10/02/zakharova-briefing-full-text');
    expect(repost.site).toBe('generic');
    const similarity = textSimilarity(fingerprint, transcriptFingerprint(repost));
    expect(similarity).toBeGreaterThanOrEqual(SAME_TRANSCRIPT_SIMILARITY);
    expect(isSameTranscript(fingerprint, transcriptFingerprint(repost))).toBe(true);
  });

  it('for every golden transcript, reposted by a news site, is the same transcript', () => {
    for (const golden of pages) {
      const transcript = read(golden.html, golden.url);
      const repost = read(repostPage(transcript), 'https://worldaffairs.example.com/full-text');
      expect(textSimilarity(transcriptFingerprint(transcript), transcriptFingerprint(repost)), golden.name).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('an edition of the same page', () => {
  const sentence = 'Another batch of wheat flour and medicines will be delivered to Kabul in October.';
  const edited = read(briefing.html.replace(sentence, 'Another batch of wheat flour, medicines and tents was delivered to Kabul on October 3.'), briefing.url);

  it('with one sentence of one turn changed is the same transcript, but not the same text', () => {
    expect(briefing.html).toContain(sentence);
    const editedFingerprint = transcriptFingerprint(edited);
    expect(editedFingerprint.exact).not.toBe(fingerprint.exact);
    expect(textSimilarity(fingerprint, editedFingerprint)).toBeGreaterThan(0.8);
    expect(isSameTranscript(fingerprint, editedFingerprint)).toBe(true);
  });

  it('with an answer added at the end is the same transcript', () => {
    const added = {
      ...original,
      segments: [...original.segments, { ...original.segments.at(-1)!, paragraphs: ['We will answer the remaining questions in writing.'] }],
    };
    expect(isSameTranscript(fingerprint, transcriptFingerprint(added))).toBe(true);
  });
});

describe('different transcripts', () => {
  it('three briefings by the same spokesperson of the same ministry do not match', () => {
    const briefings = ['mid-ru--en-zakharova-briefing', 'mid-ru-legacy--en-zakharova-briefing', 'embrussia--zakharova-briefing'].map((name) => {
      const golden = page(name);
      return transcriptFingerprint(read(golden.html, golden.url));
    });
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      expect(textSimilarity(briefings[a]!, briefings[b]!)).toBeLessThan(0.15);
      expect(isSameTranscript(briefings[a]!, briefings[b]!)).toBe(false);
    }
  });

  it('no two golden transcripts match, whatever their site, language or kind', () => {
    const fingerprints = pages.map((golden) => ({ name: golden.name, fingerprint: transcriptFingerprint(read(golden.html, golden.url)) }));
    const matches = fingerprints.flatMap((a, i) =>
      fingerprints
        .slice(i + 1)
        .filter((b) => isSameTranscript(a.fingerprint, b.fingerprint))
        .map((b) => `${a.name} ~ ${b.name}`),
    );
    expect(matches).toEqual([]);
  });

  it('a text without words matches nothing, not even another without words', () => {
    const empty = transcriptFingerprint({ segments: [] });
    expect(isSameTranscript(empty, empty)).toBe(false);
    expect(textSimilarity(empty, fingerprint)).toBe(0);
  });
});
