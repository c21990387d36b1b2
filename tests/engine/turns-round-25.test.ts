// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

const turnsOf = (url: string, title: string, paragraphs: string[]) =>
  read(page(title, paragraphs), url).segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 14), segment.paragraphs.length]);

/**
 * A speaker's initials with no colon, as the WHO's press-conference transcripts and transcription
 * services write them ("<b>MH</b> Hello, everybody.", "<b>AK 00:41</b> Thank you."): a turn's label
 * where the page spells the name, as the host introduces the speakers or a key lists them.
 */
describe('a speaker’s initials without a colon', () => {
  it('opens each turn of a press conference whose host names the speakers', () => {
    expect(
      turnsOf('https://www.example-health.int/news/press-conference-3-march', 'Virtual press conference on global health issues - 3 March', [
        '<p><b>LM</b> Good morning and welcome, everyone. I am Lena Marsh, speaking to you from headquarters on this Tuesday.</p>',
        '<p>We have with us today our Director-General, Dr Daniel Kwame, and our lead on vaccines. Dr Kwame, the floor is yours.</p>',
        '<p><b>DK</b> Thank you, Lena. Good morning and good afternoon. This week the number of reported cases fell for the fourth week in a row.</p>',
        '<p>But the fall hides large differences between regions, and in two of them the numbers are still going up.</p>',
      ]),
    ).toEqual([
      ['remarks', 'LM', 'Good morning a', 2],
      ['remarks', 'DK', 'Thank you, Len', 2],
    ]);
  });

  it('reads initials with the recording’s time, spelled out in the interview’s key', () => {
    expect(
      turnsOf('https://www.example-oralhistory.org/interviews/karin-lund', 'Oral history interview with Karin Lund', [
        '<p>Key: PdW: Pieter de Wit (Interviewer), KL: Karin Lund (Respondent)</p>',
        '<p><strong>PdW 00:05</strong> Thank you for joining me today. How did you come to serve as ambassador in the region?</p>',
        '<p><strong>KL 00:31</strong> It was never the plan, to be honest. I had spent ten years on trade before the post came up.</p>',
      ]).slice(-2),
    ).toEqual([
      ['question', 'PdW', 'Thank you for ', 1],
      ['answer', 'KL', 'It was never t', 1],
    ]);
  });

  it('leaves a sentence opened by a bold abbreviation the page spells nowhere as text', () => {
    const turns = turnsOf('https://www.example-health.int/news/briefing-5-may', 'Briefing on the health situation - 5 May', [
      '<p><b>Moderator:</b> Good afternoon and welcome to today’s briefing on the health situation in the region.</p>',
      '<p><b>WHO</b> staff have reached the two districts where the outbreak began, and more teams arrive next week.</p>',
    ]);
    expect(turns).toEqual([['remarks', null, 'Good afternoon', 2]]);
  });
});

/**
 * A news site's interview whose lead goes on after the paragraph that names the guest: the
 * editor's "I" or "we" where the paragraph speaks of the interview itself ("Voor dit interview heb
 * ik …", "Unser Gespräch fand …"), the line that announces it ("Below is the interview:"), and the
 * guest's words the lead quotes between two apostrophes each, as some Romanian sites type them
 * (''Noi vom continua …'', a spus ea), are the editor's lead, not the guest's first turn.
 */
describe('an interview’s lead that goes on', () => {
  it('keeps the editor’s own "I" about the interview in the lead', () => {
    expect(
      turnsOf('https://www.example-krant.nl/politiek/interview-de-ruiter', "Oud-minister Hendrik de Ruiter: 'Europa moet sneller beslissen'", [
        'Oud-minister van Buitenlandse Zaken Hendrik de Ruiter was acht jaar lang het gezicht van de Nederlandse diplomatie in Brussel.',
        'Voor dit interview heb ik zijn memoires gelezen, een dik boek vol anekdotes over onderhandelingen tot diep in de nacht.',
        '<p><b>Marieke Jansen:</b> Wat was uw moeilijkste moment als minister?</p>',
        '<p><b>Hendrik de Ruiter:</b> Dat was zonder twijfel de nacht van de begrotingstop, toen niemand meer wist waar het zou eindigen.</p>',
      ]).map(([kind, speaker, , paragraphs]) => [kind, speaker, paragraphs]),
    ).toEqual([
      ['remarks', null, 2],
      ['question', 'Marieke Jansen', 1],
      ['answer', 'Hendrik de Ruiter', 1],
    ]);
  });

  it('keeps the line that announces the interview in the lead', () => {
    expect(
      turnsOf('https://www.example-gazette.com/world/minister-tanaka-interview', 'Minister Tanaka on trade and the region', [
        'Foreign Minister Hiro Tanaka spoke to the programme in Tokyo ahead of the regional summit next week.',
        'Below is the interview:',
        '<p><b>Laura Bennett:</b> Foreign Minister Hiro Tanaka, welcome back to the programme. Good to have you with us again.</p>',
        '<p><b>Hiro Tanaka:</b> Laura, thank you, it is always a pleasure to be on your programme.</p>',
      ]).map(([kind, speaker, , paragraphs]) => [kind, speaker, paragraphs]),
    ).toEqual([
      ['remarks', null, 2],
      ['remarks', 'Laura Bennett', 1],
      ['remarks', 'Hiro Tanaka', 1],
    ]);
  });

  it('reads a quotation between doubled apostrophes as the guest’s words the editor quotes', () => {
    expect(
      turnsOf('https://www.example-stiri.ro/politica/interviu-ministrul-popa', 'Interviu cu ministrul Elena Popa despre Moldova', [
        'Ministrul Afacerilor Externe, Elena Popa, a vorbit într-un interviu acordat agenției despre sprijinul pentru Republica Moldova.',
        "Ea a explicat că drumul european al vecinilor este ''o prioritate pentru toată regiunea''. ''Noi vom continua să ajutăm, pentru că stabilitatea lor este și a noastră'', a spus ea.",
        '<p><b>Agenția: Doamna ministru, ce urmează după summitul de luna trecută?</b></p>',
        '<p><b>Elena Popa:</b> Urmează o serie de proiecte concrete, de la energie la infrastructură, pe care le vom anunța în curând.</p>',
      ]).map(([kind, speaker, , paragraphs]) => [kind, speaker, paragraphs]),
    ).toEqual([
      ['remarks', null, 2],
      ['question', 'Agenția', 1],
      ['answer', 'Elena Popa', 1],
    ]);
  });
});

/**
 * A Chinese interview reposted with ASCII colons and no space after them, whose question opens on a
 * number ("宗兴:21世纪是网络信息时代。…", "青年世界报:1987至88年您…"): the label is in Chinese, so the
 * colon is no clock's ("10:30"), and the paper asks.
 */
describe('a Chinese label glued to a number by its ASCII colon', () => {
  it('opens the question it labels', () => {
    const turns = turnsOf('https://www.example-qingnian.cn/news/dashi-zhuanfang', '驻外大使接受青年报专访', [
      '青年报:3个月前您刚刚到任,您对这里的第一印象是什么?',
      '王海涛:第一印象非常好,这里的人们热情友好,城市也很有活力。',
      '青年报:20世纪以来两国交往密切,您怎么看两国关系的未来?',
      '王海涛:两国关系前景广阔,我们将继续在经贸和人文领域加强合作。',
    ]);
    expect(turns.map(([kind, speaker, start]) => [kind, speaker, start])).toEqual([
      ['question', '青年报', '3个月前您刚刚到任,您对这里'],
      ['answer', '王海涛', '第一印象非常好,这里的人们热'],
      ['question', '青年报', '20世纪以来两国交往密切,您'],
      ['answer', '王海涛', '两国关系前景广阔,我们将继续'],
    ]);
  });
});
