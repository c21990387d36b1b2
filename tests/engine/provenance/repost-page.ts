import type { Transcript } from '../../../lib/transcript-schema';
import { retypeset } from '../../../scripts/provenance/edits';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news site's repost of a transcript, as such sites write them: their own headline, header,
 * menu and date line, an editor's lead in the third person, every turn a paragraph with the
 * speaker in bold (the page's labels), straight quotes and hyphens for the ministry's curly
 * quotes and dashes, a share bar, tags and related links after the text.
 */
export function repostPage(transcript: Transcript): string {
  const turns = transcript.segments
    .map((segment) =>
      segment.paragraphs
        .map((paragraph, i) => {
          const label = i === 0 && segment.label ? `<strong>${escape(retypeset(segment.label))}</strong> ` : '';
          return `<p>${label}${escape(retypeset(paragraph))}</p>`;
        })
        .join('\n'),
    )
    .join('\n');
  return `<!doctype html>
<html lang="${transcript.language}"><head><meta charset="utf-8"><title>Full text: ${escape(retypeset(transcript.title))} | World Affairs Daily</title></head>
<body>
<header><a href="/">World Affairs Daily</a><nav><a href="/politics">Politics</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header>
<main><article>
<h1>Full text: ${escape(retypeset(transcript.title))}</h1>
<div class="byline">By our diplomatic correspondent · ${transcript.date ?? ''}</div>
<div class="article-body">
<p>The ministry published the following transcript on its website on ${transcript.date ?? 'the day'}. We reproduce it in full, as released.</p>
${turns}
</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>
<div class="tags">Tags: <a href="#">diplomacy</a> <a href="#">Russia</a></div>
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Sanctions debate continues in Brussels</a></li><li><a href="/b">Oil prices edge higher</a></li></ul></aside>
</main>
<footer>© 2026 World Affairs Daily. All rights reserved.</footer>
</body></html>`;
}
