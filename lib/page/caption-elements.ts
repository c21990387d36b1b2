/**
 * Step 2, at the level of markup: a picture's caption in an element whose class says so, outside a
 * <figure> (which is skipped whole): news sites and ministries set the photo over an interview in a
 * table or a box, its words under it ('<td class="caption">Deputy Minister Anna Berg.</td>',
 * '<div class="caption"><img …><span>Minister of Foreign Affairs Jan Nowak</span></div>', WordPress's
 * '<p class="wp-caption-text">…</p>'). Read as a line, the caption is an office and a name, which a
 * speaker's label alone on its line also is. Only beside a picture (the element, its parent or its
 * small table holds the <img>): some sites name their text's paragraphs "caption" ('<p
 * class="caption">Washington DC, 24 January 2022</p>', '<td class="caption">Reporter: …</td>'); and
 * short elements only: a box whose class merely holds the word ("page-caption-p") is no caption.
 */
export function isCaptionElement(element: Element): boolean {
  const classes = element.getAttribute('class');
  return (
    classes !== null &&
    classes.split(/\s+/u).some((name) => CAPTION_CLASS.test(name)) &&
    (element.textContent ?? '').trim().length <= CAPTION_MAX &&
    besidePicture(element)
  );
}

/** A class named for a caption: "caption", "wp-caption-text", "img_caption", "pgc-img-caption", "abCaption"; not "caption-repeat" or "page-caption-p". */
const CAPTION_CLASS = /^[\w-]*caption(?:[-_]{1,2}text)?$/iu;
const CAPTION_MAX = 300;

/** Whether the element, its parent, or the small table it stands in holds a picture. */
function besidePicture(element: Element): boolean {
  if (element.querySelector('img') || element.parentElement?.querySelector('img')) return true;
  const table = element.closest('table');
  return table !== null && (table.textContent ?? '').trim().length <= CAPTION_MAX && table.querySelector('img') !== null;
}
