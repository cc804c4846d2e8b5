// The page as a person sees it, measured in the browser: how much of the stage the tiles cover,
// which controls are clipped or overlap, and whether menu items show their names. Plain
// JavaScript that runs in the page: `test/layout/layout.test.ts` imports it, and
// `scripts/screenshots.mjs` passes `measureLayout` to puppeteer's `page.evaluate`.
// Everything it needs is inside the function, so it can be sent to a page as text.

/**
 * Measures `root` (an `rtk-meeting`, or the document) as shown now.
 * @param {Element | Document} root
 * @returns {{
 *   stage: { width: number, height: number } | null,
 *   coverage: number,
 *   tiles: { width: number, height: number, floating: boolean }[],
 *   clipped: string[],
 *   overlapping: string[],
 *   unnamedMenuItems: string[],
 * }}
 */
export function measureLayout(root) {
  /** Every element below `node`, through open shadow roots, in document order. */
  const all = [];
  const walk = (node) => {
    for (const child of node.children ?? []) {
      all.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element) all.push(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);

  /** The composed parent: the slot an element is assigned to, else its parent, else its host. */
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host ?? null;
  const shown = (el) => {
    for (let node = el; node; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      if (node.hidden || node.inert) return false;
    }
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const area = (r) => Math.max(0, r.width) * Math.max(0, r.height);
  const intersect = (a, b) => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  };
  const describe = (el) => {
    const name =
      el.getAttribute('aria-label') ||
      el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ||
      el.getAttribute('title') ||
      '';
    let host = el.getRootNode().host;
    while (host && !host.localName.startsWith('rtk-')) host = host.getRootNode().host;
    return `${host ? `${host.localName} ` : ''}${el.localName}${name ? ` "${name}"` : ''}`;
  };

  // The stage: the grid's box inside rtk-stage (its content box), or the audio room's.
  const stageEl = all.find((el) => el.localName === 'rtk-stage' && shown(el));
  let stage = null;
  let coverage = 0;
  const tiles = [];
  if (stageEl) {
    const r = stageEl.getBoundingClientRect();
    const s = getComputedStyle(stageEl);
    const box = {
      left: r.left + parseFloat(s.paddingLeft),
      top: r.top + parseFloat(s.paddingTop),
      right: r.right - parseFloat(s.paddingRight),
      bottom: r.bottom - parseFloat(s.paddingBottom),
    };
    box.width = box.right - box.left;
    box.height = box.bottom - box.top;
    stage = { width: Math.round(box.width), height: Math.round(box.height) };
    let covered = 0;
    for (const el of all) {
      const more = el.localName === 'button' && el.getAttribute('part') === 'more';
      if (
        !more &&
        !['rtk-participant-tile', 'rtk-audio-tile', 'rtk-screenshare-view'].includes(el.localName)
      )
        continue;
      if (!shown(el)) continue;
      // A tile inside another tile (a screen share's presenter) is not counted twice.
      let nested = false;
      for (let p = parentOf(el); p; p = parentOf(p)) {
        if (p.localName === 'rtk-participant-tile' || p.localName === 'rtk-screenshare-view')
          nested = true;
      }
      if (nested) continue;
      const rect = el.getBoundingClientRect();
      const floating = el.hasAttribute('floating') || el.closest('[data-floating]') !== null;
      tiles.push({ width: Math.round(rect.width), height: Math.round(rect.height), floating });
      if (!floating) covered += area(intersect(rect, box));
    }
    coverage = area(box) > 0 ? covered / area(box) : 0;
  }

  // Controls of the header, the control bar, the page control and the sidebar's tabs.
  const CONTROL =
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role^="menuitem"], [role="switch"]';
  const regions = all.filter(
    (el) =>
      ['rtk-header', 'rtk-controlbar', 'rtk-grid-pagination'].includes(el.localName) ||
      (el.localName === 'rtk-tab-bar' && el.closest?.('rtk-sidebar-ui, rtk-sidebar')) ||
      (el.localName === 'rtk-sidebar-ui' && shown(el)),
  );
  const inRegion = (el) => {
    for (let p = el; p; p = parentOf(p)) if (regions.includes(p)) return true;
    return false;
  };
  let controls = all.filter((el) => el.matches(CONTROL) && inRegion(el) && shown(el));
  // The innermost control only (a host with role=button around its own <button>).
  controls = controls.filter(
    (el) =>
      !controls.some((other) => {
        if (other === el) return false;
        for (let p = parentOf(other); p; p = parentOf(p)) if (p === el) return true;
        return false;
      }),
  );
  const viewport = {
    left: 0,
    top: 0,
    right: innerWidth,
    bottom: innerHeight,
    width: innerWidth,
    height: innerHeight,
  };
  const clipped = [];
  for (const el of controls) {
    const rect = el.getBoundingClientRect();
    const seen = intersect(rect, viewport);
    if (area(seen) < area(rect) - 1) {
      clipped.push(`${describe(el)} (by the viewport)`);
      continue;
    }
    // Clipped by a container that hides overflow (a scrolling one is fine: it scrolls to it).
    for (let p = parentOf(el); p; p = parentOf(p)) {
      const style = getComputedStyle(p);
      const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip');
      const scrolls = [style.overflowX, style.overflowY].some(
        (o) => o === 'auto' || o === 'scroll',
      );
      if (scrolls) break;
      if (!hides) continue;
      const box = p.getBoundingClientRect();
      if (area(intersect(rect, box)) < area(rect) - 1) {
        clipped.push(`${describe(el)} (by ${describe(p)})`);
        break;
      }
    }
    // Its own text cut off (an ellipsis or hidden overflow inside the control).
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      clipped.push(`${describe(el)} (its text is cut off)`);
  }
  // An open menu lies over the page by design: its items are checked for names below.
  const inBar = controls.filter((el) => !el.getAttribute('role')?.startsWith('menuitem'));
  const overlapping = [];
  for (let i = 0; i < inBar.length; i++) {
    for (let j = i + 1; j < inBar.length; j++) {
      const a = inBar[i].getBoundingClientRect();
      const b = inBar[j].getBoundingClientRect();
      if (area(intersect(a, b)) > 4)
        overlapping.push(`${describe(inBar[i])} / ${describe(inBar[j])}`);
    }
  }

  // Open menus: every item shows its name in text, 12 px or larger, not visually hidden.
  const unnamedMenuItems = [];
  for (const item of all.filter(
    (el) => el.getAttribute?.('role')?.startsWith('menuitem') && shown(el),
  )) {
    let named = false;
    const texts = [];
    const collect = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) texts.push(child);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.localName === 'slot') {
            for (const a of child.assignedNodes({ flatten: true })) {
              if (a.nodeType === Node.TEXT_NODE && a.textContent.trim()) texts.push(a);
              else if (a.nodeType === Node.ELEMENT_NODE) collect(a);
            }
          } else collect(child);
          if (child.shadowRoot) collect(child.shadowRoot);
        }
      }
    };
    if (item.shadowRoot) collect(item.shadowRoot);
    collect(item);
    for (const text of texts) {
      const parent = text.parentElement;
      if (!parent || !shown(parent)) continue;
      const rect = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      const hiddenByClip = (() => {
        for (let p = parent; p && p !== item; p = parentOf(p)) {
          const s = getComputedStyle(p);
          if (s.clip !== 'auto' || (s.clipPath && s.clipPath !== 'none')) return true;
          const r = p.getBoundingClientRect();
          if (r.width < 4 || r.height < 4) return true;
        }
        return false;
      })();
      if (!hiddenByClip && rect.width >= 8 && parseFloat(style.fontSize) >= 12) named = true;
    }
    if (!named) unnamedMenuItems.push(describe(item));
  }

  return { stage, coverage, tiles, clipped, overlapping, unnamedMenuItems };
}
