import { describe, expect, it } from 'vitest';
import { SPEAKER_COLOURS, speakerColours } from '../../extension/view/speaker-colours';
import type { Participant } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

const person = (name: string): Participant => ({ name, role: 'other', labels: [`${name}:`], turns: 1 });

describe('speakerColours', () => {
  it('gives each of up to eight speakers a colour of their own, in order of first turn', () => {
    const names = ['Lavrov', 'Zakharova', 'China Daily', 'RIA Novosti', 'TASS', 'Reuters', 'AFP', 'Xinhua'];
    const colours = speakerColours({ participants: names.map(person) });
    expect([...colours.keys()]).toEqual(names);
    expect([...colours.values()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(colours.values()).size).toBe(SPEAKER_COLOURS);
  });

  it('is stable: the same transcript always gives the same colours, and a speaker keeps theirs', () => {
    const transcript = sampleTranscript();
    const first = speakerColours(transcript);
    const again = speakerColours(structuredClone(transcript));
    expect([...again]).toEqual([...first]);
    expect(first.get('Sergey Lavrov')).toBe(0);
    expect(first.get('China Daily')).toBe(1);
  });

  it('repeats the colours past eight speakers, never leaving one without', () => {
    const names = Array.from({ length: 11 }, (_, i) => `Speaker ${i + 1}`);
    const colours = speakerColours({ participants: names.map(person) });
    expect(colours.size).toBe(11);
    expect(colours.get('Speaker 9')).toBe(0);
    expect(colours.get('Speaker 11')).toBe(2);
    for (const colour of colours.values()) expect(colour).toBeLessThan(SPEAKER_COLOURS);
  });

  it('counts a name listed twice once', () => {
    const colours = speakerColours({ participants: [person('A'), person('A'), person('B')] });
    expect([...colours]).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
  });
});
