/// <reference types="vite/client" />
/**
 * The API reference page (`npm start`, then `/api/`): every tag of `custom-elements.json`, a page
 * per tag (`/api/?tag=rtk-mic-toggle`) with a live example from its first story. Each tag's
 * stories module is loaded only when its page is shown.
 */
import manifest from '../../custom-elements.json';
import './api-docs-app.js';
import type { Manifest } from './manifest.js';
import { storyFileOf, type StoriesModule, type StoryLoader } from './stories.js';

const modules = import.meta.glob<StoriesModule>('../../stories/*.stories.ts');
const sources = import.meta.glob<string>('../../stories/*.stories.ts', {
  query: '?raw',
  import: 'default',
});

const loadStory: StoryLoader = async (tag) => {
  const file = storyFileOf(tag);
  const key = `../../stories/${file}`;
  const load = modules[key];
  if (!load) return undefined;
  const [module, source] = await Promise.all([load(), sources[key]?.()]);
  return { module, file, source };
};

const app = document.querySelector('api-docs-app')!;
const tagOf = () => new URLSearchParams(location.search).get('tag') ?? '';

app.manifest = manifest as Manifest;
app.loadStory = loadStory;
app.history = true;
app.tag = tagOf();
window.addEventListener(
  'popstate',
  () => void app.navigate(tagOf(), { push: false, focus: false }),
);
