// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { page, read } from './rule-pages';
import { namesOnlyOthers } from '../../lib/segment/question-address';
import { hostOfRoleLabel, hostsOfShows } from '../../lib/segment/show-host';

/** The speakers of a page's answers, the page read whether or not detection takes it for a transcript. */
function answerers(doc: Document, url: string): Array<string | null> {
  const segments = extractTranscript(doc, new URL(url), { force: true }).transcript?.segments ?? [];
  return segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker);
}

/** A news interview: a headline that names no one, an unspoken lead, then bold questions and plain answers. */
function newsInterview(lead: string, firstQuestion: string): Document {
  const body = [
    `<p class="lead">${lead}</p>`,
    `<p><b>${firstQuestion}</b></p>`,
    '<p>Sin duda. Hemos trabajado mucho en los últimos meses y los resultados empiezan a verse en el comercio y en la cooperación.</p>',
    '<p><b>¿Y qué espera de la próxima cumbre regional?</b></p>',
    '<p>Espero que sea un paso adelante. Los países de la región tienen intereses comunes y deben defenderlos juntos.</p>',
    '<p><b>¿Habrá un acuerdo antes de fin de año?</b></p>',
    '<p>Es posible. Los equipos técnicos siguen reunidos y el texto está casi listo para la firma.</p>',
  ].join('\n');
  return parseDocument(
    `<!doctype html><html><head><title>"La región tiene que defender sus intereses" | Diario del Sur</title></head><body><header><a href="/">Diario del Sur</a></header><article><h1>"La región tiene que defender sus intereses"</h1>${body}</article></body></html>`,
  );
}

/**
 * A news interview's first bold question may name people the guest is asked about, by office, inside the sentence that
 * asks ("¿Qué opina de la reunión del presidente Tomás Lagos con …?"): they are not its guest, who answers; a question
 * that addresses the guest ("Ignazio Cassis, êtes-vous heureux?") or introduces them in a sentence of its own ("Avec
 * nous, la ministre Anne Roy. …") still names them.
 */
describe('a news interview’s first question that names others', () => {
  it('gives its answers to no one the question names', () => {
    const doc = newsInterview(
      'El canciller llegó a la redacción después de una semana de viajes por la región y respondió a nuestras preguntas durante casi una hora.',
      '¿Cómo valora la reunión del presidente Tomás Lagos con sus vecinos del norte la semana pasada en la frontera?',
    );
    expect(answerers(doc, 'https://www.diariodelsur.example/entrevista/canciller-region')).not.toContain('Tomás Lagos');
  });

  it('reads a question that names others only inside the sentence that asks', () => {
    expect(namesOnlyOthers('¿Cómo valora la reunión del presidente Tomás Lagos con sus vecinos del norte?')).toBe(true);
    expect(namesOnlyOthers('Dopo l’incontro tra la premier Giulia Ferri e il presidente Weber, cosa cambia?')).toBe(true);
  });

  it('keeps a question that addresses its guest or introduces them by office', () => {
    expect(namesOnlyOthers('Ignazio Cassis, êtes-vous heureux?')).toBe(false);
    expect(namesOnlyOthers('Avec nous, la ministre des Affaires étrangères Anne Roy. Vous attendiez-vous à une telle crise?')).toBe(false);
    expect(namesOnlyOthers('Comment allez-vous ce matin?')).toBe(false);
  });
});

/**
 * Korean talk radio names a show after its host, in the possessive ("박민수의 아침 뉴스쇼"), and a transcript's lead cites
 * it so: that name is the host's, who asks, even where the guest speaks first or asks first ("왜 안 부르셨어요?").
 */
describe('a Korean show named after its host', () => {
  it('gives the host the questions and the guest the answers', () => {
    const transcript = read(
      page('[다시 보기] 국회의원 당선인 인터뷰', [
        '아래 인터뷰는 2024년 5월 2일자 “박민수의 아침 뉴스쇼” 방송분입니다. 녹취에는 약간의 오타가 있을 수 있습니다.',
        '▶박민수 : 자, 선거 끝나고 다시 모셨습니다. 그 사이에 당선인이 되셨네요.',
        '▷이정훈 : (웃음) 그동안 왜 안 부르셨어요?',
        '▶박민수 : 선거 기간에는 출연이 어렵잖아요.',
        '▷이정훈 : 아, 네. 맞습니다.',
        '▶박민수 : 앞으로도 계속 나오실 생각 있으십니까?',
        '▷이정훈 : 저는 계속 나올 생각이 있습니다. 그게 의무이기도 하고요.',
        '▶박민수 : 그럼 계속 모시겠습니다. (웃음)',
        '▷이정훈 : 네, 알겠습니다.',
      ]),
      'https://news.broadcaster.example.kr/archive/20240502',
    );
    const roles = new Map(transcript.participants.map((participant) => [participant.name, participant.role]));
    expect(roles.get('박민수')).toBe('journalist');
    expect(roles.get('이정훈')).toBe('official');
  });

  it('reads the host from the show’s name, and no book’s or no other show’s', () => {
    expect(hostsOfShows(['아래 인터뷰는 “박민수의 아침 뉴스쇼” 방송분입니다.'])).toEqual(['박민수']);
    expect(hostsOfShows(['프로그램명 <최지영의 시사저널>을 밝혀주세요'])).toEqual(['최지영']);
    expect(hostsOfShows(['그는 “김영호의 운명”이라는 책을 냈다.'])).toEqual([]);
  });

  it('names the anchor’s label by the credits, as a news channel’s transcript gives them', () => {
    const segments =
      extractTranscript(
        page('정상회담 전망', [
          '<p>■ 진행 : 이서연 앵커<br>■ 출연 : 최민준 / 한국대학교 교수</p>',
          '[앵커] 정상회담이 다음 주로 다가왔습니다. 전문가와 함께 전망해 보겠습니다. 이번 회담의 의제는 무엇입니까?',
          '[최민준] 네, 안녕하세요. 이번 회담에서는 무역과 안보가 가장 중요한 의제가 될 것 같습니다.',
          '[앵커] 합의문이 나올 가능성은 어떻게 보십니까?',
          '[최민준] 실무 협의가 많이 진행되어 있어서 가능성이 높다고 봅니다.',
        ]),
        new URL('https://news.broadcaster.example.kr/view/20240601'),
        { force: true },
      ).transcript?.segments ?? [];
    expect(segments.filter((segment) => segment.kind === 'question').map((segment) => segment.speaker)).toEqual(['이서연']);
  });

  it('gives an anchor’s role label to the one host the credits name', () => {
    expect(hostOfRoleLabel('앵커', ['이서연'])).toBe('이서연');
    expect(hostOfRoleLabel('앵커', ['이서연', '김도윤'])).toBeNull();
    expect(hostOfRoleLabel('기자', ['이서연'])).toBeNull();
  });
});

/**
 * A briefing's page opens on the editor's line that names the briefer ("The following is a near-verbatim transcript of
 * today's noon briefing by …, Spokesperson for …"), then a heading, then the briefer's greeting: the greeting is the
 * briefer's, not more of the editor's words.
 */
describe('a greeting under a heading after the editor’s lead', () => {
  it('is the briefer’s the lead names', () => {
    const segments =
      extractTranscript(
        parseDocument(
          `<!doctype html><html><head><title>Daily Press Briefing | Regional Organization</title></head><body><header><a href="/">Regional Organization</a></header><article><h1>Daily Press Briefing by the Office of the Spokesperson</h1><p class="date">4 March 2025</p>
<p>The following is a near-verbatim transcript of today’s noon briefing by Marta Lindqvist, Spokesperson for the Secretary-General.</p>
<p><strong>**Guests Today</strong></p>
<p>Good afternoon, everyone. After the briefing we will hear from the head of the relief office, who has just come back from the flooded provinces.</p>
<p><strong>**Floods</strong></p>
<p>The relief office tells us that more than forty thousand people have now left their homes, and that the roads to the south remain closed.</p>
<p><strong>Question:</strong> Marta, how many trucks have reached the southern provinces so far this week?</p>
<p><strong>Spokesperson:</strong> Twelve trucks reached them yesterday, and more are on their way this morning.</p>
<p><strong>Question:</strong> And is the office asking for more money from the member states?</p>
<p><strong>Spokesperson:</strong> An appeal will be launched next week in the capital, with the government.</p>
</article></body></html>`,
        ),
        new URL('https://press.regional-organization.example/briefings/2025-03-04'),
        { force: true },
      ).transcript?.segments ?? [];
    expect(segments.find((segment) => segment.paragraphs[0]?.startsWith('Good afternoon'))?.speaker).toBe('Marta Lindqvist');
  });
});

/**
 * A dialogue's transcript labels its moderator by name once, the role in brackets ("Ms Clara Nguyen (Moderator):"), then
 * by the role alone ("Moderator:"): the role is hers, the one moderator the labels name.
 */
describe('a moderator named once, then by the role alone', () => {
  it('asks under her name throughout', () => {
    const transcript = read(
      page('Dialogue by the Minister for Trade at the Regional Business Forum', [
        'Ms Clara Nguyen (Moderator): Minister, thank you for joining us. Trade has had a difficult year. How do you see the coming months for the region?',
        'Minister Daniel Osei: Thank you, Clara. I am hopeful. The agreements we signed last year are starting to work, and exports have grown again.',
        'Moderator: Which sectors have grown the most, in your view, since the agreements came into force?',
        'Minister Daniel Osei: Agriculture first, and then services, which surprised many of us in the ministry.',
        'Moderator: And what will you ask of your partners at the summit next month?',
        'Minister Daniel Osei: Fewer barriers for small firms. They need simple rules more than anyone.',
      ]),
      'https://www.trade-ministry.example.gov/newsroom/dialogue-regional-business-forum',
    );
    const byRole = transcript.segments.filter((segment) => segment.label?.startsWith('Moderator'));
    expect(byRole.map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', 'Clara Nguyen'],
      ['question', 'Clara Nguyen'],
    ]);
  });
});
