/**
 * The items a page adds to `rtk-more-toggle` through `slot="more-elements"`, the official kit's
 * way: loaded by the menu the first time that slot has content, so a meeting whose page adds
 * nothing does not download it.
 */

/** Page buttons already asked to look for the menu again. */
const asked = new WeakSet<Element>();

/**
 * The page's items of `host`, in order: each element with `slot="more-elements"`, or the
 * children of a `<div slot="more-elements">` around them. A plain element without a role (a
 * `<button>`) becomes a menu item (`role="menuitem"`, out of the Tab order, like the kit's); the
 * kit's controls take their menu role themselves. An `rtk-controlbar-button` that was defined
 * before the menu was asked for it when nothing could answer: it is connected again, once, so it
 * asks again.
 */
export function pageItems(host: HTMLElement): Element[] {
  const items = [...host.children]
    .filter((el) => el.slot === 'more-elements')
    .flatMap((el) => (el.localName === 'div' && !el.role ? [...el.children] : el));
  for (const el of items) {
    if (!el.localName.includes('-') && !el.role && el instanceof HTMLElement) {
      el.role = 'menuitem';
      el.tabIndex = -1;
    }
    if (
      el.localName === 'rtk-controlbar-button' &&
      customElements.get(el.localName) &&
      !el.hasAttribute('in-menu') &&
      !asked.has(el)
    ) {
      asked.add(el);
      el.replaceWith(el);
    }
  }
  return items;
}
