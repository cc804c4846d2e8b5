import type { Peer } from '../meeting/participant.js';
import type { Plugin } from '../meeting/plugins.js';
import type { SidebarTabChangeEvent } from './sidebar-tab-change.js';

/**
 * What the stage can show: a screen share (`id` = the sharer's peer id) or a plugin (`id` = the
 * plugin id). The `{ type, id }` pair matches the SDK's `ActiveTab`.
 */
export type StageTab =
  | { type: 'screenshare'; id: string; participant: Peer }
  | { type: 'plugin'; id: string; plugin: Plugin };

/**
 * Fired by `rtk-tab-bar` when the user picks another tab; `detail` is the tab. Bubbles and crosses
 * shadow roots. Event name as in the official kit (`tabChange`), where `rtk-sidebar-ui` fires an
 * event of the same name with a string detail (`SidebarTabChangeEvent`): this module declares the
 * `GlobalEventHandlersEventMap` entry for both (`AnyTabChangeEvent`).
 */
export class StageTabChangeEvent extends CustomEvent<StageTab> {
  static readonly eventName = 'tabChange';

  constructor(detail: StageTab) {
    super(StageTabChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Either `tabChange` event (a stage tab or a sidebar section): tell them apart with `instanceof`. */
export type AnyTabChangeEvent = StageTabChangeEvent | SidebarTabChangeEvent;

declare global {
  interface GlobalEventHandlersEventMap {
    tabChange: AnyTabChangeEvent;
  }
}
