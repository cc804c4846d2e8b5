import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by name as CSS spells them (`inline-size`, `--_gap`); `undefined` leaves one out. */
export type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`), never as a
 * `style` attribute: a page whose Content-Security-Policy has no `'unsafe-inline'` in
 * `style-src` refuses style attributes, and Lit's `styleMap` writes one on its first render.
 * Used on an element, not in an attribute: `<div ${styleProps({ 'inline-size': '40%' })}>`.
 * Only what changed is written, so a re-render with the same values costs no style work.
 */
class StylePropsDirective extends Directive {
  private previous = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('styleProps() goes on an element: <div ${styleProps({ … })}>');
  }

  render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): unknown {
    const style = (part.element as HTMLElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      next.set(name, value);
      if (this.previous.get(name) !== value) style.setProperty(name, value);
    }
    for (const name of this.previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** See `StylePropsDirective`: inline style through the CSSOM, allowed under a strict CSP. */
export const styleProps = directive(StylePropsDirective);
