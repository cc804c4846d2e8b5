import { css, html, type CSSResult } from 'lit';
import { renderIcon } from '../../icons/render-icon.js';
import * as paths from '../../icons/paths.js';
import type { Peer } from '../../meeting/participant.js';
import type { RtkGrid } from './grid.js';

// Your own view floating in a corner on a phone, and the "Show my tile" button: `rtk-grid` loads
// this module the first time either shows, so a meeting on a larger screen never carries it.

const CORNERS = ['bottom-end', 'bottom-start', 'top-start', 'top-end'];

const styles: CSSResult = css`
  .floating {
    position: absolute;
    z-index: 1;
    inline-size: clamp(120px, 42%, 240px);
    margin: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow-lg);
    touch-action: none;
    cursor: grab;
  }
  [data-corner^='top'] {
    inset-block-start: 0;
  }
  [data-corner^='bottom'] {
    inset-block-end: 0;
  }
  /* Above the page control, never over it. */
  rtk-grid-pagination:not([hidden]) ~ [data-corner^='bottom'] {
    inset-block-end: 2.75rem;
  }
  [data-corner$='start'] {
    inset-inline-start: 0;
  }
  [data-corner$='end'] {
    inset-inline-end: 0;
  }
  .floating rtk-participant-tile {
    aspect-ratio: 16 / 9;
  }
  .move,
  .show-self {
    position: absolute;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    border: 0;
    border-radius: var(--_radius-full);
    background: var(--_video-overlay);
    color: var(--_video-text);
    font: 500 var(--_font-size-sm) var(--_font);
    cursor: pointer;
  }
  .move {
    inset: calc(var(--_space) * 2) auto auto calc(var(--_space) * 2);
    inline-size: 32px;
    block-size: 32px;
  }
  .show-self {
    inset-block-end: calc(var(--_space) * 3);
    inset-inline-end: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    background: var(--_bg-control);
    color: var(--_text);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

/** Adds the styles above to the grid's shadow root (once). */
function adopt(grid: RtkGrid): void {
  const root = grid.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Your own tile over the others: drag it, or use its button, to move it to another corner. */
export function renderFloatingSelf(grid: RtkGrid, self: Peer) {
  adopt(grid);
  const { localize, icons } = grid.text;
  const label = localize('grid.self_move');
  const move = () => {
    grid.corner = CORNERS[(CORNERS.indexOf(grid.corner) + 1) % 4]!;
    grid.requestUpdate();
  };
  return html`<div
    class="floating"
    data-floating
    data-corner=${grid.corner}
    @pointerdown=${(e: PointerEvent) => drag(grid, e)}
  >
    <rtk-participant-tile .participant=${self} .size=${grid.size}></rtk-participant-tile>
    <button class="move" type="button" aria-label=${label} title=${label} @click=${move}>
      ${renderIcon('pip', icons, paths.pip)}
    </button>
  </div>`;
}

/** Follows the pointer; on release the tile settles in the corner nearest to it. */
function drag(grid: RtkGrid, event: PointerEvent): void {
  const tile = event.currentTarget as HTMLElement;
  if ((event.target as Element).closest('button') || event.button !== 0) return;
  tile.setPointerCapture?.(event.pointerId);
  const move = (e: PointerEvent) => {
    tile.style.translate = `${e.clientX - event.clientX}px ${e.clientY - event.clientY}px`;
  };
  const end = (e: PointerEvent) => {
    tile.removeEventListener('pointermove', move);
    tile.removeEventListener('pointerup', end);
    tile.removeEventListener('pointercancel', end);
    tile.style.translate = '';
    const box = grid.getBoundingClientRect();
    const start =
      e.clientX < box.left + box.width / 2 !== (getComputedStyle(grid).direction === 'rtl');
    grid.corner = `${e.clientY < box.top + box.height / 2 ? 'top' : 'bottom'}-${start ? 'start' : 'end'}`;
    grid.requestUpdate();
  };
  tile.addEventListener('pointermove', move);
  tile.addEventListener('pointerup', end);
  tile.addEventListener('pointercancel', end);
}

/** Brings your hidden tile back (`self.show()`). */
export function renderShowSelf(grid: RtkGrid, self: { show?: () => void }) {
  adopt(grid);
  const { localize, icons } = grid.text;
  return html`<button class="show-self" type="button" @click=${() => self.show?.()}>
    ${renderIcon('eye', icons, paths.eye)}<span>${localize('grid.self_show')}</span>
  </button>`;
}
