/**
 * Step 2, at the level of markup: a news site's list of the subjects an interview or a programme
 * goes through, set over the text or between its parts ('<ul class="topics"><li>Trade with the
 * neighbours – growing;</li>…', '<ul class="sub_title"><li>…평가는?</li>…', '<ul
 * class="episode-topics">'): headlines the editor wrote, whose items read as a speaker's words or as
 * a question. Not "highlights" or "lead-points", whose items some editors write as the lead itself.
 */
export function isTopicList(element: Element): boolean {
  return (element.localName === 'ul' || element.localName === 'ol') && TOPIC_LIST_CLASS.test(element.getAttribute('class') ?? '');
}

/** Class words of a list of topics: "topics", "episode-topics", "sub_title", "subtitles". */
const TOPIC_LIST_CLASS = /(?:^|[\s_-])(?:topics|sub_?titles?)(?:$|[\s_-])/iu;
