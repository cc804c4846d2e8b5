import { RtkAudioVisualizer } from './audio-visualizer.js';

export { RtkAudioVisualizer };

if (!customElements.get('rtk-audio-visualizer')) {
  customElements.define('rtk-audio-visualizer', RtkAudioVisualizer);
}

declare global {
  interface HTMLElementTagNameMap {
    'rtk-audio-visualizer': RtkAudioVisualizer;
  }
}
