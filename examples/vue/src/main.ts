import { createApp, type Component } from 'vue';
import './style.css';

// Each view loads only what it renders: the meeting page <rtk-meeting> (and what it renders),
// the custom layout four single-tag modules.
const view = new URLSearchParams(location.search).get('view');
const page: { default: Component } =
  view === 'layout' ? await import('./LayoutPage.vue') : await import('./MeetingPage.vue');

createApp(page.default).mount('#app');
