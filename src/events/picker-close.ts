/**
 * Fired by `rtk-emoji-picker` when the user asks to close it (Escape); the owner removes or hides
 * the picker. No detail. Bubbles and crosses shadow roots. Name as in the official kit.
 */
export class PickerCloseEvent extends CustomEvent<void> {
  static readonly eventName = 'pickerClose';

  constructor() {
    super(PickerCloseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    pickerClose: PickerCloseEvent;
  }
}
