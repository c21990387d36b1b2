/**
 * A transcript page written to attack whoever shows it. Its visible text carries markup and
 * `javascript:` links as words (escaped in the HTML, so text on the page); its markup carries
 * live scripts, event handlers, `javascript:` links and labels where no reader sees them,
 * each marked PWNED so a test can tell that none of it came out.
 */
export const VISIBLE_HOSTILE_TEXT = [
  '<script>alert("visible-1")</script>',
  '<img src=x onerror=alert("visible-2")>',
  '[click me](javascript:alert("visible-3"))',
  '<a href="javascript:alert(\'visible-4\')">link</a>',
  'javascript:alert("visible-5")',
  '<iframe src="//evil.example"></iframe>',
  '&amp; &lt;b&gt; ]]> <!-- --> `code` *bold* _em_ | pipe # hash',
];

/** Cyrillic "е" (U+0435) in place of the Latin "e": a label that only looks like "Question:". */
export const LOOK_ALIKE_LABEL = 'Qu\u0435stion:';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HIDDEN_MARKUP = [
  '<script>window.PWNED_SCRIPT = true; document.body.append("Question: PWNED_SCRIPT_TEXT")</script>',
  '<img src="x" onerror="window.PWNED_IMG = true" alt="PWNED_ALT">',
  '<svg onload="window.PWNED_SVG = true"><text>PWNED_SVG_TEXT</text></svg>',
  '<iframe srcdoc="&lt;script&gt;parent.PWNED_IFRAME = true&lt;/script&gt;"></iframe>',
  '<object data="javascript:window.PWNED_OBJECT = true"></object>',
  '<style>/* PWNED_STYLE */ p::after { content: "Question: PWNED_CSS" }</style>',
  '<noscript>Question: PWNED_NOSCRIPT</noscript>',
  '<template><p>Question: PWNED_TEMPLATE</p></template>',
  '<button onclick="window.PWNED_BUTTON = true">PWNED_BUTTON_TEXT</button>',
];

export function hostilePageHtml(): string {
  const visible = VISIBLE_HOSTILE_TEXT.map(escapeText);
  return `<!DOCTYPE html><html lang="en"><head>
<title>Press conference by Foreign Minister Veli Marono ${escapeText('<script>alert("title")</script>')}</title>
<meta name="description" content="Question: PWNED_META">
<script>window.PWNED_HEAD = true</script>
</head><body onload="window.PWNED_BODY = true">
<nav><a href="javascript:window.PWNED_NAV = true">Question: PWNED_NAV_TEXT</a></nav>
<main><article><h1>Press conference by Foreign Minister Veli Marono ${escapeText('<img src=x onerror=alert("h1")>')}</h1>
<div class="entry-content">
<p title="Question: PWNED_ATTRIBUTE">Veli Marono: Good afternoon. ${visible[0]} is what the page says, as text. ${HIDDEN_MARKUP[0]}</p>
<p>Question: What about ${visible[1]} and ${visible[2]}? ${HIDDEN_MARKUP[1]}${HIDDEN_MARKUP[2]}</p>
<p><strong>Veli Marono:</strong> We read ${visible[3]} aloud. <a href="javascript:window.PWNED_HREF = true">Read more</a>. ${HIDDEN_MARKUP[3]}${HIDDEN_MARKUP[4]}</p>
<p><a href="javascript:window.PWNED_LABEL_LINK = true">Question:</a> Is ${visible[4]} a link? ${HIDDEN_MARKUP[5]}${HIDDEN_MARKUP[6]}</p>
<p>Veli Marono: No, it is ${visible[5]} written down. ${HIDDEN_MARKUP[7]}${HIDDEN_MARKUP[8]}</p>
<p>${LOOK_ALIKE_LABEL} Does a look-alike label ask anything? ${visible[6]}</p>
<p>Veli Marono: It is text like any other.</p>
</div></article></main>
<footer onmouseover="window.PWNED_FOOTER = true">© Ministry</footer>
</body></html>`;
}

/**
 * Single "words" (no whitespace inside) a page may show as text: markup, link syntax,
 * Markdown punctuation, right-to-left overrides, controls, lone surrogates. NUL is left
 * out: the HTML parser drops it from text by specification.
 */
export const HOSTILE_WORDS = [
  '<script>alert(1)</script>',
  '<img/src=x/onerror=alert(1)>',
  '<a/href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '![i](javascript:alert(1))',
  '<javascript:alert(1)>',
  'javascript:alert(1)',
  '&amp;lt;',
  '&#60;b&#62;',
  '`rm`',
  '*bold*',
  '__em__',
  '|cell|',
  '\\<escaped\\>',
  '\u202eevil\u202c',
  'שלום',
  'مرحبا',
  '\u0001\u0007\u001b[31m',
  '\u007f\u0085\u009b',
  '\ud800',
  '\udfff',
  'e\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '</p>',
  '<!--',
  '-->',
  ']]>',
  '${x}',
  '{{x}}',
];
