/** Loads the module that defines one tag. */
export type TagLoader = () => Promise<unknown>;

const requested = new Set<string>();
let loaders: Readonly<Record<string, TagLoader>> = {};
const known = (tag: string): boolean => Object.hasOwn(loaders, tag);
/** The provider tag the CDN bundle loads on demand (`rtk-meeting`, the other one, is eager). */
const PROVIDER = 'rtk-ui-provider';

/**
 * Defines `tag` now if the bundle has it and it is not defined yet; resolves once it is defined.
 * For a tag created in code and used before it reaches the page.
 */
export function loadTag(tag: string): Promise<unknown> {
  if (known(tag) && !customElements.get(tag) && !requested.has(tag)) {
    requested.add(tag);
    void loaders[tag]!().catch(() => requested.delete(tag));
  }
  return customElements.whenDefined(tag);
}

function scan(root: Element | Document): void {
  // A tag asks the provider above it for the meeting when it connects, and a provider defined
  // later is not asked again: an rtk-ui-provider on the page is defined before anything else.
  const waiting = `${PROVIDER}:not(:defined)`;
  if (
    known(PROVIDER) &&
    ((root instanceof Element && root.matches(waiting)) || root.querySelector(waiting))
  )
    return void loadTag(PROVIDER).then(() => scan(root));
  if (root instanceof Element && known(root.localName)) void loadTag(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)'))
    if (known(el.localName)) void loadTag(el.localName);
}

/**
 * The CDN bundle's registry: each tag of `tagLoaders` loads its module the first time the page
 * shows it (in the document, at load or added later), so a page with `<rtk-meeting>` loads
 * what a meeting shows and nothing more, as an app's bundler would split it. The kit's own tags
 * load what they render themselves, inside their shadow roots.
 */
export function autoload(tagLoaders: Readonly<Record<string, TagLoader>>): void {
  loaders = tagLoaders;
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  scan(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, { childList: true, subtree: true });
}
