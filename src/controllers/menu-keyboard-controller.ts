import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { typeAhead, Typing } from './menu-typeahead.js';

/** How `MenuKeyboardController` reads and drives the menu of its host. */
export interface MenuKeyboardOptions {
  /** The items focus may move to now (each host decides about disabled ones), in order. */
  items(): HTMLElement[];
  /** An item's label, for type-ahead (compared lower-cased). */
  labelOf(item: HTMLElement): string;
  /** Whether the menu is open. */
  isOpen(): boolean;
  /** Opens the menu and focuses its first or last item. */
  open(focus: 'first' | 'last'): unknown;
  /** Closes the menu; with `returnFocus`, focus goes back to the trigger. */
  close(returnFocus: boolean): void;
  /**
   * Enter and Space on the trigger open the menu on its first item (default true). Turn off when
   * the trigger's own click (which Enter and Space fire) already toggles the menu.
   */
  triggerEnterOpens?: boolean;
  /** ArrowRight and ArrowLeft move to the next and previous item too (default false). */
  sideArrows?: boolean;
}

type TypeAhead = typeof typeAhead;
let loadedTypeAhead: TypeAhead | undefined;

/**
 * Loads menu type-ahead, which is rare: menus load it with the first letter typed in them, and it
 * answers that letter once loaded; every later letter at once.
 */
export async function loadTypeAhead(): Promise<TypeAhead> {
  return (loadedTypeAhead ??= (await import('./menu-typeahead.js')).typeAhead);
}

/**
 * The keyboard of a menu button (WAI-ARIA "menu button" pattern), shared by `rtk-menu` and
 * `rtk-more-toggle`. The host renders the trigger and the popup and wires their `keydown` to
 * `handleTriggerKeydown` and `handleMenuKeydown`; this controller decides what each key does:
 *
 * - on the trigger: ArrowDown opens the menu on its first item, ArrowUp on its last; Enter and
 *   Space open it on the first (unless `triggerEnterOpens` is off); Escape closes an open menu;
 * - in the menu: ArrowDown / ArrowUp move to the next / previous item, wrapping (with
 *   `sideArrows`, ArrowRight / ArrowLeft too); Home and PageUp go to the first, End and PageDown
 *   to the last; typing letters moves to the next item whose label starts with them (the same
 *   letter again cycles; the typed text is forgotten after half a second); Escape closes the menu
 *   and returns focus to the trigger; Tab closes it and lets focus move on.
 *
 * Keys it handles go no further (`preventDefault`, `stopPropagation`): an enclosing dialog stays
 * open on Escape, and a toolbar or list around the menu does not also move on arrows. Choosing an
 * item (Enter or Space on it) is the item's own click.
 */
export class MenuKeyboardController implements ReactiveController {
  /** What was typed for type-ahead, and the timer that forgets it. */
  private readonly typing: Typing = { typed: '' };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: MenuKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets what was typed (call it when the menu closes). */
  reset(): void {
    this.typing.typed = '';
    clearTimeout(this.typing.timer);
  }

  /** The `keydown` handler of the trigger. */
  readonly handleTriggerKeydown = (event: KeyboardEvent): void => {
    const { key } = event;
    const opensOnEnter =
      this.options.triggerEnterOpens !== false && (key === 'Enter' || key === ' ');
    if (key === 'ArrowDown' || opensOnEnter) {
      // Enter and Space: no click follows, so the menu opens once.
      void this.options.open('first');
    } else if (key === 'ArrowUp') {
      void this.options.open('last');
    } else if (key === 'Escape' && this.options.isOpen()) {
      this.options.close(true);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  /** The `keydown` handler of the popup. */
  readonly handleMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.options.items();
    const path = event.composedPath();
    const current = items.findIndex((item) => path.includes(item));
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    const side = this.options.sideArrows === true;
    const key =
      side && event.key === 'ArrowRight'
        ? 'ArrowDown'
        : side && event.key === 'ArrowLeft'
          ? 'ArrowUp'
          : event.key;
    switch (key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current < 0 ? -1 : current - 1);
        break;
      case 'Home':
      case 'PageUp':
        focusAt(0);
        break;
      case 'End':
      case 'PageDown':
        focusAt(-1);
        break;
      case 'Escape':
        this.reset();
        this.options.close(true);
        break;
      case 'Tab':
        this.reset();
        this.options.close(false);
        return; // focus moves on
      default:
        if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const run = (typeAhead: TypeAhead) =>
            typeAhead(this.typing, key, items, current, this.options.labelOf);
          if (loadedTypeAhead) run(loadedTypeAhead);
          else void loadTypeAhead().then(run);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
