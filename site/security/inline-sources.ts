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
  const document = parse(html, { sourceCodeLocationInfo: true });
  const found: InlineSources = {
    scripts: [],
    styles: [],
    styleAttributes: [],
    blocked: [],
    hasPolicyMeta: false,
    metaOffset: -1,
  };
  const scripts: string[] = [];
  const styles: string[] = [];
  const styleAttributes: string[] = [];
  for (const element of elements(document)) {
    const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (element.tagName === 'script' && attribute('src') === undefined)
      scripts.push(cspHash(textOf(element)));
    if (element.tagName === 'style') styles.push(cspHash(textOf(element)));
    for (const { name, value } of element.attrs) {
      if (name === 'style') styleAttributes.push(cspHash(value));
      if (name.startsWith('on')) found.blocked.push(`<${element.tagName} ${name}="…">`);
      if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) {
        found.blocked.push(`<${element.tagName} ${name}="javascript:…">`);
      }
    }
    if (element.tagName === 'meta' && attribute('http-equiv')?.toLowerCase() === 'content-security-policy') {
      found.hasPolicyMeta = true;
    }
    const location = element.sourceCodeLocation;
    if (element.tagName === 'head' && location?.startTag) found.metaOffset = location.startTag.endOffset;
    if (
      element.tagName === 'meta' &&
      attribute('charset') !== undefined &&
      element.parentNode?.nodeName === 'head'
    ) {
      if (location) found.metaOffset = location.endOffset;
    }
  }
  if (found.metaOffset < 0) throw new Error('the page has no <head> start tag');
  return { ...found, scripts, styles, styleAttributes };
}
