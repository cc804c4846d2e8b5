/**
 * Fired by `rtk-participants-audio` when its "enable audio" prompt closes: the user enabled the
 * audio the browser had blocked. Name as in the official kit; no detail.
 */
export class DialogCloseEvent extends CustomEvent<void> {
  static readonly eventName = 'dialogClose';

  constructor() {
    super(DialogCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    dialogClose: DialogCloseEvent;
  }
}
