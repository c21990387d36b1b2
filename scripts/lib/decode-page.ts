/**
 * A page's bytes as text, in the encoding a browser would choose (the WHATWG order, shortened):
 * a byte order mark, else the charset the HTTP response declared (a WARC record's
 * Content-Type), else the page's own `<meta charset>` or `http-equiv` in its first 1,024 bytes,
 * else UTF-8. Crawls of the sites Verbatim reads hold windows-1251, GBK, Shift_JIS and EUC-KR
 * pages; reading them as UTF-8 would turn every word into replacement characters.
 */
export function decodePage(bytes: Uint8Array, contentType: string | null = null): string {
  const label = bomEncoding(bytes) ?? charsetOf(contentType) ?? metaCharset(bytes) ?? 'utf-8';
  const decoder = decoderFor(label) ?? new TextDecoder('utf-8');
  // The decoder drops a byte order mark of its own encoding.
  return decoder.decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type: `text/html; charset="windows-1251"` → windows-1251. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match && decoderFor(match[1]!) ? match[1]! : null;
}

/** `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">` near the top. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(meta)?.[1];
    // A UTF-16 label in an ASCII-compatible page is a mistake the standard reads as UTF-8.
    if (label && decoderFor(label)) return /^utf-16/i.test(label) ? 'utf-8' : label;
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
