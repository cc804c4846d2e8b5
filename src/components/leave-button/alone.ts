// Loaded only by a leave button used alone (no provider above it): nothing else would show its
// question, so it gets a dialog manager of its own, which reads the button's states store.
import '../dialog-manager/rtk-dialog-manager.js';

/** Puts a `rtk-dialog-manager` in `button`'s shadow root, once. */
export function showQuestion(button: HTMLElement): void {
  const root = button.shadowRoot;
  if (root && !root.querySelector('rtk-dialog-manager'))
    root.append(document.createElement('rtk-dialog-manager'));
}
