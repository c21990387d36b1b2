import { beforeEach, describe, expect, it } from 'vitest';
import { TranscriptHeader } from '../../../components/TranscriptHeader';
import { mount } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  document.body.replaceChildren();
});

describe('TranscriptHeader', () => {
  it('links the page a transcript was read from', async () => {
    const root = await mount(<TranscriptHeader transcript={sampleTranscript()} />);
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Open the page');
    expect(link.getAttribute('href')).toBe(sampleTranscript().url);
  });

  it('shows an address that is not a web page’s as text, never as a link (an imported file may hold any)', async () => {
    const url = 'javascript:document.title="PWNED"';
    const root = await mount(<TranscriptHeader transcript={sampleTranscript({ url })} />);
    expect(root.querySelectorAll('a')).toHaveLength(0);
    const facts = [...root.querySelectorAll('.facts div')].map((fact) => fact.textContent);
    expect(facts).toContain(`Address${url}`);
    expect(facts).toContain('Sitemid-ru');
  });
});
