/** An HTML fragment or element → plain text, a line per block element, whitespace folded. Reads only. */

const BLOCK = new Set(
  'P DIV SECTION ARTICLE ASIDE LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE TABLE TR TD TH FIGCAPTION FIGURE HEADER FOOTER DL DT DD MAIN NAV'.split(
    ' ',
  ),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Plain text of a node: a line per block element, source line breaks folded into spaces. */
export function nodeToText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    else if (node.nodeType === 9 || node.nodeType === 11) node.childNodes.forEach(walk);
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) return;
      if (tag === 'BR') parts.push('\n');
      const block = BLOCK.has(tag);
      if (block) parts.push('\n');
      node.childNodes.forEach(walk);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** An HTML fragment parsed inert in `doc` (a template: no image loads, no scripts). */
export function htmlFragment(doc: Document, html: string): Node {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content ?? template;
}
