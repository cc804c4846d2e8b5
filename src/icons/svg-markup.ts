import { nothing, type TemplateResult } from 'lit';
import { html, svg, unsafeStatic } from 'lit/static-html.js';

/*
 * Icons given as SVG markup (the official kit's icon pack format: `<svg …>…</svg>` per name),
 * drawn as inert shapes. The markup is parsed as an XML document (nothing in it runs or loads),
 * and only shapes are kept: the elements and presentational attributes below, with values that
 * reference nothing outside the icon. Scripts, styles, links, images, `use`, `foreignObject`,
 * animations, event attributes, `href`s and any other element or attribute are dropped (an
 * element with everything inside it). What is kept is drawn through Lit templates: attribute
 * values are set as values, never parsed as markup. Loaded the first time a pack has markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Elements kept (with their allowed content); any other is dropped with all it holds. */
const ELEMENTS = new Set([
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
  'defs',
  'clipPath',
  'mask',
  'linearGradient',
  'radialGradient',
  'stop',
]);

/** Presentational and geometric attributes kept; any other (`on*`, `href`, `style`, …) is dropped. */
const ATTRIBUTES = new Set([
  'd',
  'points',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'fx',
  'fy',
  'width',
  'height',
  'viewBox',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'clip-rule',
  'clip-path',
  'clipPathUnits',
  'mask',
  'maskUnits',
  'opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'vector-effect',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'id',
]);

/**
 * A value that can only draw: no markup, no scheme (`javascript:`), no escapes, and `url()` only to
 * an element of the icon itself (`url(#clip)`).
 */
function inert(value: string): boolean {
  return !/[<>:\\&]|url\(\s*['"]?[^#'"\s]|expression/i.test(value);
}

/** The kept attributes of `el` (without `skip`), in document order. */
function kept(el: Element, skip: ReadonlySet<string> = new Set()): [string, string][] {
  return [...el.attributes]
    .filter((a) => !a.prefix && ATTRIBUTES.has(a.localName) && !skip.has(a.localName))
    .filter((a) => inert(a.value))
    .map((a) => [a.localName, a.value]);
}

/**
 * A Lit template for `name` with `attributes` (names static, values bound) around `inner`: an
 * `svg` fragment, or with `tag` `html` the outer `<svg>` itself.
 */
function element(
  name: string,
  attributes: [string, string][],
  inner: unknown,
  tag: typeof svg = svg,
): TemplateResult {
  const strings = ['<'];
  const values: unknown[] = [unsafeStatic(name)];
  let close = '';
  for (const [attribute, value] of attributes) {
    strings.push(`${close} `, '="');
    values.push(unsafeStatic(attribute), value);
    close = '"';
  }
  strings.push(`${close}>`, '</', '>');
  values.push(inner, unsafeStatic(name));
  return tag(strings as unknown as TemplateStringsArray, ...values);
}

/** The shapes inside `parent`, as templates; text and everything not allowed is left out. */
function shapes(parent: Element): TemplateResult[] {
  return [...parent.children]
    .filter((child) => child.namespaceURI === SVG_NS && ELEMENTS.has(child.localName))
    .map((child) => element(child.localName, kept(child), shapes(child)));
}

const SIZE = new Set(['width', 'height', 'id']);

/** The parts of one markup icon: the root's attributes and its shapes. */
interface Parsed {
  viewBox: string;
  attributes: [string, string][];
  shapes: TemplateResult[];
}

/** Each markup's icon, drawn once: a template result renders in any number of places. */
const icons = new Map<string, TemplateResult>();

function parse(markup: string): Parsed | null {
  const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') return null;
  const attributes = kept(root, SIZE).filter(([name]) => name !== 'viewBox');
  const viewBox = root.getAttribute('viewBox');
  return {
    viewBox: viewBox && inert(viewBox) ? viewBox : '0 0 24 24',
    attributes,
    shapes: shapes(root),
  };
}

/**
 * `markup` drawn as an inert icon: `svg[part=icon]` sized 1em and hidden from assistive
 * technology like every icon, holding the allowed shapes of the markup (empty when it is not SVG).
 */
export function markupIcon(markup: string): TemplateResult {
  let drawn = icons.get(markup);
  if (!drawn) icons.set(markup, (drawn = draw(parse(markup))));
  return drawn;
}

function draw(icon: Parsed | null): TemplateResult {
  const root: [string, string][] = [
    ['part', 'icon'],
    ['viewBox', icon?.viewBox ?? '0 0 24 24'],
    ['width', '1em'],
    ['height', '1em'],
    ['aria-hidden', 'true'],
    ['focusable', 'false'],
    ...(icon?.attributes ?? []),
  ];
  return element('svg', root, icon?.shapes ?? nothing, html);
}
