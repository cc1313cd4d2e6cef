import type { Html, List, Nodes, Parents, PhrasingContent, RootContent } from 'mdast';

/** U+FFFC stands in for inline code and images, so no phrase matches across them. */
export const PLACEHOLDER = '\ufffc';

export interface RawBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  node: Nodes;
  text: string;
  map: number[];
  start: number;
  end: number;
  inList: boolean;
  inTable: boolean;
}

function offsets(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/**
 * Aligns a text node's value with its source: escapes, character references and
 * container indentation make them differ. Every value unit gets a source offset.
 */
function alignText(value: string, source: string, from: number, map: number[]): void {
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    let k = j;
    // Skip source units that produced nothing (escape backslashes, indentation, entity text).
    while (k < source.length && source[k] !== ch && k - j < 16) k++;
    if (k < source.length && source[k] === ch) {
      map.push(from + k);
      j = k + 1;
    } else {
      map.push(from + Math.min(j, source.length));
    }
  }
}

class Collector {
  text = '';
  map: number[] = [];
  constructor(private readonly source: string, private readonly html: Html[]) {}

  add(nodes: readonly PhrasingContent[]): void {
    for (const node of nodes) {
      const [start, end] = offsets(node);
      switch (node.type) {
        case 'text':
          this.text += node.value;
          alignText(node.value, this.source.slice(start, end), start, this.map);
          break;
        case 'break':
          this.text += '\n';
          this.map.push(start);
          break;
        case 'inlineCode':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          this.text += PLACEHOLDER;
          this.map.push(start);
          break;
        case 'html':
          this.html.push(node);
          break;
        default:
          if ('children' in node) this.add(node.children as PhrasingContent[]);
      }
    }
  }
}

/** What one walk over the tree finds: the prose, and the nodes rules and directives look at. */
export interface ProseIndex {
  blocks: RawBlock[];
  /** Every HTML node (block and inline, quoted ones too), in document order: markers and directives. */
  html: Html[];
  /** Lists that are not nested in a list item, in document order (block quotes included). */
  lists: List[];
}

/** Inline HTML inside phrasing content that is not prose (quoted paragraphs). */
function inlineHtml(nodes: readonly PhrasingContent[], html: Html[]): void {
  for (const node of nodes) {
    if (node.type === 'html') html.push(node);
    else if ('children' in node) inlineHtml(node.children as PhrasingContent[], html);
  }
}

/**
 * Author prose only: paragraphs, headings and table cells, with every character
 * mapped to its source offset. Code, HTML, block quotes (quoted customer words),
 * link URLs and definitions are not the author's claims and are left out. The same
 * walk collects the HTML nodes and top-level lists, so nothing else walks the tree.
 */
export function collectProse(root: Parents, source: string): ProseIndex {
  const blocks: RawBlock[] = [];
  const html: Html[] = [];
  const lists: List[] = [];
  const visit = (node: Nodes, parent: Nodes['type'], inList: boolean, inTable: boolean, quoted: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        if (quoted) {
          inlineHtml(node.children, html);
          return;
        }
        const c = new Collector(source, html);
        c.add(node.children);
        const [start, end] = offsets(node);
        c.map.push(c.map.length ? c.map[c.map.length - 1]! + 1 : start);
        if (c.text.length) blocks.push({ kind: node.type, node, text: c.text, map: c.map, start, end, inList, inTable });
        return;
      }
      case 'html':
        html.push(node);
        return;
      case 'blockquote':
        for (const child of node.children) visit(child as Nodes, node.type, inList, inTable, true);
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'list':
        if (parent !== 'listItem') lists.push(node);
        for (const child of node.children) visit(child as Nodes, node.type, true, inTable, quoted);
        return;
      case 'listItem':
        for (const child of node.children) visit(child as Nodes, node.type, true, inTable, quoted);
        return;
      case 'table':
      case 'tableRow':
        for (const child of node.children) visit(child as Nodes, node.type, inList, true, quoted);
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, node.type, inList, inTable, quoted);
    }
  };
  visit(root as Nodes, 'root', false, false, false);
  return { blocks, html, lists };
}
