/**
 * A tab of `rtk-sidebar-ui` was chosen; `detail` is its id. Bubbles and crosses shadow roots.
 * Name and detail as in the official kit (`tabChange`). The event name is shared with
 * `rtk-tab-bar` (`StageTabChangeEvent`), whose module declares the global event-map entry for
 * both (`AnyTabChangeEvent`).
 */
export class SidebarTabChangeEvent extends CustomEvent<string> {
  static readonly eventName = 'tabChange';

  constructor(id: string) {
    super(SidebarTabChangeEvent.eventName, { detail: id, bubbles: true, composed: true });
  }
}
