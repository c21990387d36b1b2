// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';

/** A speech whose paragraphs open on a dash, as France's older transcripts of the President's speeches write them. */
describe('a speech that opens its paragraphs on dashes', () => {
  const read = (title: string, paragraphs: string[]) => {
    const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
    const html = `<html><head><title>${title}</title></head><body><h1>${title}</h1><div class="text">${body}</div></body></html>`;
    return extractTranscript(parseDocument(html), new URL('https://www.mitterrand.example.org/discours/1992'), { force: true }).transcript!.segments.map(
      (segment) => [segment.kind, segment.paragraphs.length],
    );
  };
  const speech = [
    'Mesdames et messieurs, je suis heureux de me trouver ce matin devant votre Assemblée, votre Parlement.',
    '– Vous avez retrouvé, avec la souveraineté et la démocratie, la faculté d’élire vos représentants.',
    '– J’ai moi-même longtemps vécu dans les enceintes parlementaires, avant d’être élu Président.',
    '– Et je tiens à l’honneur, chaque fois qu’il m’est donné de me rendre dans un pays, de saluer ses élus.',
    '– J’ai pu, depuis hier, rencontrer le Président du Conseil suprême et les personnalités de votre pays.',
  ];

  it('is one speaker’s remarks where the title names a speech', () => {
    expect(read('Discours de M. François Mitterrand devant le Parlement lituanien', speech)).toEqual([['remarks', 5]]);
  });

  it('is still a dialogue in dashes where the dashes ask', () => {
    const interview = [
      '– Monsieur le Président, pourquoi venir à Vilnius maintenant ?',
      '– Parce que la Lituanie a retrouvé sa souveraineté, et que la France doit être à ses côtés.',
      '– Et la Russie, comment voit-elle votre visite ?',
      '– Elle la comprend, je crois, et nous en avons parlé à Moscou.',
    ];
    expect(read('Discours et entretien de M. François Mitterrand à Vilnius', interview).map(([kind]) => kind)).toEqual([
      'question',
      'answer',
      'question',
      'answer',
    ]);
  });
});
