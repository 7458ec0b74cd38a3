import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/app/_components/markdown';
import { HTML_PAYLOADS, hostileRuns, hostileShortString as hostileString } from '../reliability/hostile-input';

/*
 * Organizers and teams write Markdown that every visitor's browser renders (event pages, project pages,
 * the showcase). Whatever is stored, the rendered HTML must contain no element that runs script: no
 * <script>/<iframe>/<object>/<embed>, no on* event attribute, no javascript:/vbscript:/data: link or
 * source (after decoding entities and dropping the whitespace and controls browsers ignore in a URL).
 */
const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every way the markup could run script, as readable problems (empty when safe). */
function scriptVectors(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, name, attributes] = tag as unknown as [string, string, string];
    if (/^(script|iframe|object|embed|base|form|meta|link|style|svg|math)$/i.test(name)) problems.push(`<${name}> element`);
    for (const attribute of attributes.matchAll(/([^\s=/"']+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const [, attrName, rawValue = ''] = attribute as unknown as [string, string, string?];
      if (/^on/i.test(attrName)) problems.push(`${attrName} on <${name}>`);
      if (/^(href|src|action|formaction|xlink:href|srcset|poster)$/i.test(attrName)) {
        const url = decode(rawValue.replace(/^["']|["']$/g, '')).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (/^(javascript|vbscript|data):/i.test(url)) problems.push(`${attrName}=${url.slice(0, 40)} on <${name}>`);
      }
    }
  }
  return problems;
}

describe('stored Markdown is never rendered as live HTML', () => {
  it('the detector sees each kind of script vector (so the properties below can fail)', () => {
    expect(scriptVectors('<p>hi</p><script>alert(1)</script>')).toHaveLength(1);
    expect(scriptVectors('<img src="x" onerror="alert(1)">')).toHaveLength(1);
    expect(scriptVectors('<a href="jav&#x09;ascript:alert(1)">x</a>')).toHaveLength(1);
    expect(scriptVectors('<a href="&#106;avascript:alert(1)">x</a>')).toHaveLength(1);
    expect(scriptVectors('<a href="https://example.com/?q=javascript:">x</a><p>&lt;script&gt;</p>')).toEqual([]);
  });

  it.each(HTML_PAYLOADS)('renders %s without a script vector', (payload) => {
    for (const source of [payload, `# Title\n\n${payload}\n\n- item ${payload}`, `| a |\n|---|\n| ${payload} |`]) {
      expect(scriptVectors(render(source))).toEqual([]);
    }
  });

  it('keeps ordinary links working (the renderer is not simply dropping everything)', () => {
    const html = render('[CodeFest](https://codefest.example/events) and <b>bold</b>');
    expect(html).toContain('href="https://codefest.example/events"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).not.toContain('<b>');
  });

  it('renders a huge document of payloads in bounded time', () => {
    const started = performance.now();
    expect(scriptVectors(render(HTML_PAYLOADS.join('\n\n').repeat(30)))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('renders any mix of payloads, links, raw HTML and control characters without a script vector', () => {
    const link = fc.tuple(hostileString, fc.constantFrom('javascript:', 'JAVASCRIPT:', ' javascript:', 'java\tscript:', 'data:text/html,', 'vbscript:', 'https://', ''), hostileString)
      .map(([text, scheme, rest]) => `[${text}](${scheme}${rest.replace(/[()\s]/g, '')})`);
    const html = fc.tuple(fc.constantFrom('script', 'img', 'a', 'iframe', 'svg', 'div', 'details'), fc.constantFrom('onerror', 'onload', 'onclick', 'href', 'src'), hostileString)
      .map(([tag, attr, value]) => `<${tag} ${attr}="${value.replace(/"/g, '')}">${value}</${tag}>`);
    const source = fc.array(fc.oneof(hostileString, link, html, fc.constantFrom('\n\n', '# ', '> ', '```\n', '- ', '<!--', '-->')), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(source, (markdown) => {
        expect(scriptVectors(render(markdown))).toEqual([]);
      }),
      { numRuns: hostileRuns() },
    );
  }, 100 * hostileRuns());
});
