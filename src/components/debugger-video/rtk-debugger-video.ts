import { RtkDebuggerVideo } from './debugger-video.js';

export { RtkDebuggerVideo };

if (!customElements.get('rtk-debugger-video')) {
  customElements.define('rtk-debugger-video', RtkDebuggerVideo);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-debugger-video': RtkDebuggerVideo;
  }
}
