// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { engineLabel } from '../../lib/detection/engine-labels';
import { page } from './rule-pages';

/**
 * Detection's precision, round 22: kinds of pages that are no transcript and were taken for one
 * (an FAQ's numbered questions answered under "Answer:", a news page's bullets that quote, a paper's
 * issue line, a bulletin entry's dated heading, an event notice's speaker), each with the rule that turns
 * it away, and the transcript of the same markup that is still found.
 */

const detected = (doc: Document, url: string) => detectTranscript(doc, new URL(url)).transcript;

describe("an FAQ's numbered questions, answered under an answer word, are no interviewer's", () => {
  it('turns away a consulate\'s FAQ whose bold numbered questions are answered under "Resposta:"', () => {
    const faq = page('Dúvidas mais comuns', [
      '<p><strong>1- Onde faço o registro de nascimento do meu filho?</strong></p>',
      '<p><strong>Resposta:</strong> O registro é feito no setor consular, com a certidão local traduzida e os documentos dos pais.</p>',
      '<p><strong>2- Quanto tempo demora a emissão de um novo passaporte?</strong></p>',
      '<p><strong>Resposta:</strong> O prazo habitual é de dez dias úteis depois do atendimento presencial com agendamento.</p>',
      '<p><strong>3- O consulado reconhece a firma de documentos particulares?</strong></p>',
      '<p><strong>Resposta:</strong> Sim, desde que a firma esteja cadastrada no consulado e o interessado compareça pessoalmente.</p>',
      '<p><strong>4- Posso votar nas eleições estando no exterior?</strong></p>',
      '<p><strong>Resposta:</strong> Pode, se transferir o título para a seção eleitoral do exterior dentro do prazo do tribunal.</p>',
    ]);
    expect(detected(faq, 'https://consulado.example.pt/servicos/duvidas')).toBe(false);
  });

  it('turns away a travel blog\'s FAQ whose numbered headings ask and "Answer:" replies', () => {
    const faq = page('Passport questions, answered', [
      '<h3>1. Does a child need a separate passport for a family trip?</h3>',
      '<p><strong>Answer:</strong> Yes. Every traveller, whatever their age, needs a passport of their own on most borders.</p>',
      '<h3>2. Does a passport have to be valid for six months after arrival?</h3>',
      '<p><strong>Answer:</strong> Many countries ask for it, so check the rule of your destination well before booking.</p>',
      '<h3>3. Does a renewed passport keep the old visas valid?</h3>',
      '<p><strong>Answer:</strong> Often it does, if you carry the old passport with the visa together with the new one.</p>',
      '<h3>4. Does an airline check the visa before boarding?</h3>',
      '<p><strong>Answer:</strong> Usually, since the airline pays for flying back a passenger whom the border refuses.</p>',
    ]);
    expect(detected(faq, 'https://travelnotes.example.com/passport-questions')).toBe(false);
  });

  it('still finds a written interview whose numbered bold questions are answered without a label', () => {
    const interview = page('Interview with the High Commissioner', [
      'The High Commissioner answered our questions in writing ahead of the national day reception.',
      '<p><strong>1. How would you describe relations between our two countries today?</strong></p>',
      'We are very close partners. Our trade has doubled in five years and our students study in each other’s universities.',
      '<p><strong>2. Which areas of cooperation will you focus on during your term?</strong></p>',
      'I will focus on the digital economy, on skills for young people and on direct flights between our capitals.',
      '<p><strong>3. What message would you give to the community here?</strong></p>',
      'I would thank them. Our community is our best ambassador, and my door at the mission is always open to them.',
    ]);
    expect(detected(interview, 'https://diplomats.example.com/interview-high-commissioner')).toBe(true);
  });
});

describe("a news page's bullets that quote are no interview's dashed turns", () => {
  it.each([
    '- «Δεν θα υπάρξουν εκπτώσεις στα εθνικά μας θέματα»',
    '- 외교부 장관 "양국 관계는 새로운 단계에 들어섰다"',
    '– Kanzlerin „Wir stehen fest an der Seite unserer Partner“',
  ])('reads no dashed turn in %j', (line) => {
    expect(engineLabel(line, '')).toBeNull();
  });

  it('still reads a dashed question that quotes the guest ("— Вы сказали «…»?") and a plain dashed answer', () => {
    expect(engineLabel('— Вы сказали «мы готовы к диалогу». Что это значит на деле?', '')).not.toBeNull();
    expect(engineLabel('– Wir stehen fest an der Seite unserer Partner, und das bleibt so.', '')).not.toBeNull();
  });

  it("turns away a preview of tomorrow's interview whose bullets quote the minister", () => {
    const preview = page('Αύριο στην εφημερίδα: συνέντευξη του υπουργού', [
      'Στη συνέντευξη που παραχώρησε στον συντάκτη μας, ο υπουργός μιλά για τις σχέσεις με τους γείτονες και την ενέργεια.',
      '- «Δεν θα υπάρξουν εκπτώσεις στα εθνικά μας θέματα»',
      '- «Η διπλωματία χρειάζεται υπομονή και σταθερότητα»',
      '- «Οι δίαυλοι επικοινωνίας μένουν ανοιχτοί σε κάθε περίπτωση»',
      'Διαβάστε ολόκληρη τη συνέντευξη στο αυριανό φύλλο της εφημερίδας, σε όλα τα περίπτερα της χώρας.',
    ]);
    expect(detected(preview, 'https://news.example.gr/politiki/aurio-synenteuxi-ypourgou')).toBe(false);
  });
});

describe("a paper's issue line, its number before a dash and the day, is no speaker's label", () => {
  it.each(['العدد : ٥٠٢٣ - الخميس ٣ أكتوبر ٢٠٢٤ م', 'المجلة الثقافية-العدد: 742 - 2011 / 3 / 4 - 18:20', 'Issue: 412 - Tuesday, 4 March 2025'])(
    'reads no label in %j',
    (line) => {
      expect(engineLabel(line, '')).toBeNull();
    },
  );

  it('still reads a speaker whose answer opens with a year or a number', () => {
    expect(engineLabel('Minister: 2024 - that was the year our embassy reopened in the capital.', '')).not.toBeNull();
    expect(engineLabel('Minister: 2024 was the year our embassy reopened in the capital.', '')).not.toBeNull();
  });
});

describe("a bulletin entry's heading that holds its day is no speaker's label", () => {
  it.each(['【第41号 令和5年3月7日(火)】', '【第8号 (1) 令和4年4月12日(金)】'])('reads no label in %j', (line) => {
    expect(engineLabel(line, '')).toBeNull();
  });

  it('still reads a minister in lenticular brackets and a day in the turn', () => {
    expect(engineLabel('【外務大臣】 3月7日に開かれた会合について申し上げます。', '')).not.toBeNull();
  });
});

describe("an event notice's speaker, a name and nothing said, is no speaker's turn", () => {
  it.each(['Speaker: Ambassador Helen Marsh', 'Intervenant : M. Luc Garnier', 'Ponente: Embajadora Clara Ruiz'])('reads no label in %j', (line) => {
    expect(engineLabel(line, '')).toBeNull();
  });

  it("still reads a chair's and a moderator's words", () => {
    expect(engineLabel('Speaker: Order, order. The Minister has the floor.', '')).not.toBeNull();
    expect(engineLabel('Moderator: Helen Marsh, thank you for joining us tonight.', '')).not.toBeNull();
  });
});
