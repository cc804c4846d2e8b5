/** What `rtkDropdownToggle` carries. */
export interface RtkDropdownToggleDetail {
  /** `true` when the list opened, `false` when it closed. */
  open: boolean;
}

/**
 * A dropdown list opened or closed: fired by `rtk-chat-selector` (its list of conversations) and
 * by `rtk-pinned-message-selector` (its list of pinned messages). Bubbles and crosses shadow roots.
 * Name as in the official kit, which fires it from both tags.
 */
export class RtkDropdownToggleEvent extends CustomEvent<RtkDropdownToggleDetail> {
  static readonly eventName = 'rtkDropdownToggle';

  constructor(open: boolean) {
    super(RtkDropdownToggleEvent.eventName, { detail: { open }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    rtkDropdownToggle: RtkDropdownToggleEvent;
  }
}
