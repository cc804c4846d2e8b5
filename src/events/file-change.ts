/**
 * Fired by `rtk-file-picker-button` for each file the user chose in the system's file picker;
 * `detail` is the `File`. Bubbles and crosses shadow roots. Name and detail as in the official kit.
 */
export class FileChangeEvent extends CustomEvent<File> {
  static readonly eventName = 'fileChange';

  constructor(file: File) {
    super(FileChangeEvent.eventName, { detail: file, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    fileChange: FileChangeEvent;
  }
}
