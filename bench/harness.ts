// What the scenario pages in bench/scenarios/ share: a frame, a count of Lit updates, and a search
// through shadow roots. Imported by them (this file is not a scenario itself).
import { ReactiveElement } from 'lit';

export const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Lit updates (every element's `performUpdate`) since `lit.updates` was last set to 0. */
export const lit = { updates: 0 };

const performUpdate = ReactiveElement.prototype[
  'performUpdate' as keyof ReactiveElement
] as () => void;
(ReactiveElement.prototype as unknown as { performUpdate: () => void }).performUpdate = function (
  this: ReactiveElement,
) {
  lit.updates++;
  return performUpdate.call(this);
};

/** Every element matching `selector` in `root` and the shadow roots inside it. */
export function deepAll(
  root: Element | ShadowRoot,
  selector: string,
  found: Element[] = [],
): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) found.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, selector, found);
  }
  return found;
}
