/**
 * The close button of `rtk-sidebar-ui` was chosen, or Escape was pressed inside it. Bubbles and
 * crosses shadow roots. Name as in the official kit.
 */
export class SidebarCloseEvent extends CustomEvent<void> {
  static readonly eventName = 'sidebarClose';

  constructor() {
    super(SidebarCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    sidebarClose: SidebarCloseEvent;
  }
}
