import { describe, expect, it } from 'vitest';
import { pageLink } from '../../extension/view/page-link';

describe('pageLink', () => {
  it('links web pages', () => {
    expect(pageLink('https://mid.ru/en/foreign_policy/news/1/')).toBe('https://mid.ru/en/foreign_policy/news/1/');
    expect(pageLink('http://rusemb.org.uk/article/2')).toBe('http://rusemb.org.uk/article/2');
  });

  it('never links a script, data, file or unparsable address', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:x',
      'not a url',
      '',
    ]) {
      expect(pageLink(url), url).toBeNull();
    }
  });
});
