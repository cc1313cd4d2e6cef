import type { Nodes, Parents, PhrasingContent, RootContent } from 'mdast';

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
  constructor(private readonly source: string) {}

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
          break;
        default:
          if ('children' in node) this.add(node.children as PhrasingContent[]);
      }
    }
  }
}

/**
 * Author prose only: paragraphs, headings and table cells, with every character
 * mapped to its source offset. Code, HTML, block quotes (quoted customer words),
 * link URLs and definitions are not the author's claims and are left out.
 */
export function collectProse(root: Parents, source: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const visit = (node: Nodes, inList: boolean, inTable: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const c = new Collector(source);
        c.add(node.children);
        const [start, end] = offsets(node);
        c.map.push(c.map.length ? c.map[c.map.length - 1]! + 1 : start);
        if (c.text.length) blocks.push({ kind: node.type, node, text: c.text, map: c.map, start, end, inList, inTable });
        return;
      }
      case 'blockquote':
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'list':
      case 'listItem':
        for (const child of node.children) visit(child as Nodes, true, inTable);
        return;
      case 'table':
      case 'tableRow':
        for (const child of node.children) visit(child as Nodes, inList, true);
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inList, inTable);
    }
  };
  visit(root as Nodes, false, false);
  return blocks;
}
