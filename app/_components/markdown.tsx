import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Organizer- and participant-written Markdown. react-markdown builds React elements and ignores raw HTML,
 * so a stored <script> or onerror= is shown as text at most, never run. Headings are shifted down so a
 * document's "# Title" cannot compete with the page's own h1.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          h1: 'h3',
          h2: 'h3',
          h3: 'h4',
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
        }}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
