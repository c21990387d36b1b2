/**
 * Step 2, at the level of markup: a writer's byline or signature in an element of its own,
 * whose class says so ("<p class="td-post-author">Ana Ruiz.</p>", "<div class="signature">Jean
 * Dupont</div>", "<span class="lib-auteurs">A et B, Agence</span>"): news sites and blogs print
 * the name over or under an interview, and read as a line it is a name alone, which a speaker's
 * label alone on its line also is. Short elements only: a box whose class names its author may
 * hold a text.
 */
export function isBylineElement(element: Element): boolean {
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return marks.length > 1 && BYLINE_CLASS.test(marks) && (element.textContent ?? '').trim().length <= BYLINE_MAX;
}

/** Class words of a writer's name: "author", "post-author", "auteurs", "autor", "signature"; not "byline", whose box often holds the date. */
const BYLINE_CLASS = /(?:^|[\s_-])(?:authors?|auteurs?|autor(?:es)?|signature)(?:$|[\s_-])/i;
const BYLINE_MAX = 120;
