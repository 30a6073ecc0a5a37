import { escapeHtml, renderMailHtml } from './render-mail-html';

describe('renderMailHtml', () => {
  test('escapes every name and message, so typed markup stays text', () => {
    const html = renderMailHtml(
      'Hello <img src=x onerror=alert(1)>,\n\n"Tom & Jerry\'s" lease',
      'Please sign: <b>Lease</b>',
    );

    expect(html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,');
    expect(html).toContain('&quot;Tom &amp; Jerry&#39;s&quot; lease');
    expect(html).toContain('<title>Please sign: &lt;b&gt;Lease&lt;/b&gt;</title>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });

  test('makes a paragraph of each block and a line break of each line', () => {
    const html = renderMailHtml('Hello Ana,\n\nFirst line\nSecond line', 'Subject');

    expect(html).toContain('<p style="margin:0 0 16px">Hello Ana,</p>');
    expect(html).toContain('>First line<br>Second line</p>');
  });

  test('turns web addresses into links, leaving closing punctuation outside', () => {
    const html = renderMailHtml(
      'Open it here: https://portal.example.test/sign/abc_DEF-123.\n' +
        'Or (https://portal.example.test/dashboard/packages/9?x=1&y=2).',
      'Subject',
    );

    expect(html).toContain(
      'here: <a href="https://portal.example.test/sign/abc_DEF-123" ' +
        'style="color:#1d4ed8;word-break:break-all">' +
        'https://portal.example.test/sign/abc_DEF-123</a>.',
    );
    expect(html).toContain(
      '(<a href="https://portal.example.test/dashboard/packages/9?x=1&amp;y=2"',
    );
    expect(html).toContain('y=2</a>).');
  });

  test('a link cannot break out of its attribute', () => {
    const html = renderMailHtml('https://evil.example.test/"onmouseover="x', 'Subject');

    expect(html).not.toContain('"onmouseover=');
    expect(escapeHtml('"\'<>&')).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
