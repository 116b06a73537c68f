// What a built page runs or styles inline, read with a real HTML parser (parse5), so that the
// policy can admit exactly those by hash: inline scripts, style elements and style attributes.
// Inline event handlers and javascript: URLs cannot be admitted by a strict policy: reported.
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import type { InlineHashes } from './policy.ts';

export interface InlineSources extends InlineHashes {
  /** Markup a strict policy blocks with no way to admit it (`onclick=…`, `href="javascript:…"`). */
  blocked: string[];
  /** Whether the page already carries a CSP meta element. */
  hasPolicyMeta: boolean;
  /** Where a meta element goes: right after `<meta charset>` (kept in the first bytes), or `<head>`. */
  metaOffset: number;
}

/** The CSP hash source of a text: 'sha256-' and the base64 digest of its UTF-8 bytes. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function isElement(node: Tree.ChildNode): node is Tree.Element {
  return 'tagName' in node;
}

function textOf(element: Tree.Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}

function* elements(parent: Tree.ParentNode): Generator<Tree.Element> {
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template') yield* elements((child as Tree.Template).content);
  }
}

/** Reads one page; throws when it has no `<head>` start tag to put a meta element after. */
export function inlineSources(html: string): InlineSources {
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  const blocked: string[] = [];
  let hasPolicyMeta = false;
  let metaOffset = -1;
  for (const element of elements(parse(html, { sourceCodeLocationInfo: true }))) {
    const { tagName, sourceCodeLocation: location } = element;
    const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (tagName === 'script' && attribute('src') === undefined) scripts.push(cspHash(textOf(element)));
    if (tagName === 'style') styles.push(cspHash(textOf(element)));
    for (const { name, value } of element.attrs) {
      if (name === 'style') styleAttributes.push(cspHash(value));
      if (name.startsWith('on')) blocked.push(`<${tagName} ${name}="…">`);
      if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value))
        blocked.push(`<${tagName} ${name}="javascript:…">`);
    }
    if (tagName === 'meta' && attribute('http-equiv')?.toLowerCase() === 'content-security-policy') {
      hasPolicyMeta = true;
    }
    if (tagName === 'head' && location?.startTag) metaOffset = location.startTag.endOffset;
    const inHead = element.parentNode?.nodeName === 'head';
    if (tagName === 'meta' && inHead && attribute('charset') !== undefined && location)
      metaOffset = location.endOffset;
  }
  if (metaOffset < 0) throw new Error('the page has no <head> start tag');
  return { scripts, styles, styleAttributes, blocked, hasPolicyMeta, metaOffset };
}
