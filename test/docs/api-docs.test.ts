import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../demo/api/api-docs-app.js';
import type { ApiDocsApp } from '../../demo/api/api-docs-app.js';
import type { ApiTagPage } from '../../demo/api/api-tag-page.js';
import type { Manifest, ManifestDeclaration } from '../../demo/api/manifest.js';
import { blocksOf } from '../../demo/api/markdown.js';
import { storyFileOf, type LoadedStories, type StoriesModule, type StoryLoader } from '../../demo/api/stories.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepText, queryAllDeep, queryDeep } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

// The API reference (demo/api/) renders a page for every tag of custom-elements.json, and the
// index lists and filters them. The pages are rendered here without Vite: the manifest comes from
// the test server and the stories load through a dynamic import.

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Loads `stories/<name>.stories.ts` and its source (for the export order), or nothing. */
const loadStory: StoryLoader = async (tag) => {
  const file = storyFileOf(tag);
  const response = await fetch(`/stories/${file}`);
  if (!response.ok) return undefined;
  const module = (await import(`/stories/${file}` as string)) as StoriesModule;
  return { module, file, source: await response.text() } satisfies LoadedStories;
};
const noStory: StoryLoader = async () => undefined;

const unique = (names: string[]) => [...new Set(names)];
/** Text without Markdown markers or whitespace, to compare with what the page shows. */
const bare = (text: string) => text.replace(/\*\*|[`*]|\s+/g, '');

async function mountApp(tag: string, loader: StoryLoader = noStory): Promise<ApiDocsApp> {
  return fixture<ApiDocsApp>(html`<api-docs-app .manifest=${manifest} .loadStory=${loader} tag=${tag}></api-docs-app>`);
}

function page(app: ApiDocsApp): ApiTagPage {
  const el = app.querySelector('api-tag-page');
  if (!el) throw new Error('no api-tag-page');
  return el;
}

/** The names in the first column of a section's table; `[]` when the section says "None". */
function column(el: ApiTagPage, section: string): string[] {
  const root = el.shadowRoot!.querySelector(`section[aria-labelledby="${section}"]`);
  if (!root) throw new Error(`no section "${section}"`);
  const rows = [...root.querySelectorAll('tbody tr')];
  if (rows.length === 0) expect(root.querySelector('p')?.textContent).to.equal('None', `${section} is empty`);
  // The name is the cell's first `code` (badges such as "read-only" follow it).
  return rows.map((row) => {
    const cell = row.querySelector('th, td')!;
    return (cell.querySelector('code') ?? cell).textContent!.replace(/\s+/g, ' ').trim();
  });
}

describe('API docs: a page per tag', function () {

  it('documents every tag of the manifest', async () => {
    expect(declarations.length).to.be.greaterThan(100);
    const app = await mountApp('');
    for (const decl of declarations) {
      await app.navigate(decl.tagName, { focus: false });
      const el = page(app);
      await el.updateComplete;
      const tag = decl.tagName;
      expect(el.shadowRoot!.querySelector('h1')?.textContent?.trim(), tag).to.equal(tag);
      const text = bare(deepText(el.shadowRoot!));
      for (const block of blocksOf(decl.description ?? '')) {
        const pieces = block.kind === 'paragraph' ? [block.text] : block.items;
        for (const piece of pieces) expect(text, `${tag}: description`).to.include(bare(piece));
      }
      const properties = unique(
        (decl.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => m.name),
      );
      expect(column(el, 'properties'), `${tag}: properties`).to.have.members(properties);
      expect(column(el, 'attributes'), `${tag}: attributes`).to.have.members(
        unique((decl.attributes ?? []).map((a) => a.name)),
      );
      expect(column(el, 'events'), `${tag}: events`).to.have.members(unique((decl.events ?? []).map((e) => e.name)));
      expect(column(el, 'slots'), `${tag}: slots`).to.have.members(
        unique((decl.slots ?? []).map((s) => s.name || '(default)')),
      );
      expect(column(el, 'parts'), `${tag}: parts`).to.have.members(unique((decl.cssParts ?? []).map((p) => p.name)));
      expect(column(el, 'css-properties'), `${tag}: CSS properties`).to.have.members(
        unique((decl.cssProperties ?? []).map((p) => p.name)),
      );
    }
  });

  it('shows an unknown tag as not found, with a way back', async () => {
    const app = await mountApp('rtk-nope');
    expect(deepText(page(app).shadowRoot!)).to.include('There is no tag named rtk-nope');
    queryDeep<HTMLAnchorElement>(app, 'a[href="./"]')!.click();
    await app.updateComplete;
    expect(app.tag).to.equal('');
    expect(queryDeep(app, 'api-tag-index')).to.exist;
  });
});

describe('API docs: live examples', function () {
  // Every tag's first story, mounted in its page: the tag itself must be there.
  for (const decl of declarations) {
    it(`<${decl.tagName}> renders its first story`, async () => {
      const app = await mountApp('');
      const ready = oneEvent(app, 'api-example-ready');
      app.loadStory = loadStory;
      app.tag = decl.tagName;
      const { detail } = await ready;
      expect(detail, 'a story was rendered').to.be.a('string');
      const stage = queryDeep(app, '.stage')!;
      await until(() => queryAllDeep(stage, decl.tagName).length > 0, `<${decl.tagName}> is not in the example`);
    });
  }

  it('takes the first story in source order', async () => {
    const app = await mountApp('rtk-mic-toggle', loadStory);
    await oneEvent(app, 'api-example-ready');
    expect(bare(deepText(queryDeep(app, 'api-live-example')!))).to.include(bare('Story “On” of Meeting/Mic toggle'));
  });
});

describe('API docs: index', () => {
  it('lists every tag with its summary, and filters', async () => {
    const app = await mountApp('');
    const index = queryDeep(app, 'api-tag-index')!;
    const links = () => queryAllDeep<HTMLAnchorElement>(index, 'li a').map((a) => a.textContent!.trim());
    expect(links()).to.deep.equal(declarations.map((d) => d.tagName));
    expect(deepText(index)).to.include(`${declarations.length} of ${declarations.length} tags`);

    const input = queryDeep<HTMLInputElement>(index, 'input[type="search"]')!;
    input.value = 'mic toggle';
    input.dispatchEvent(new Event('input'));
    await app.updateComplete;
    await (index as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(links()).to.include('rtk-mic-toggle');
    expect(links()).not.to.include('rtk-camera-toggle');
    expect(links().length).to.be.lessThan(declarations.length);

    input.value = 'zzz-nothing';
    input.dispatchEvent(new Event('input'));
    await (index as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(links()).to.deep.equal([]);
    expect(deepText(index)).to.include(`0 of ${declarations.length} tags`);
  });

  it('follows a link to a tag page, and the back button returns', async () => {
    const app = await mountApp('');
    app.history = true;
    const start = location.href;
    queryAllDeep<HTMLAnchorElement>(app, 'li a').find((a) => a.textContent!.trim() === 'rtk-avatar')!.click();
    await until(() => app.tag === 'rtk-avatar');
    expect(new URL(location.href).searchParams.get('tag')).to.equal('rtk-avatar');
    expect(document.title).to.include('rtk-avatar');
    // The page's own popstate handler (demo/api/main.ts) does this; here the test plays it.
    const popped = oneEvent(window, 'popstate');
    window.history.back();
    await popped;
    expect(location.href).to.equal(start);
    await app.navigate(new URLSearchParams(location.search).get('tag') ?? '', { push: false });
    expect(queryDeep(app, 'api-tag-index')).to.exist;
  });
});

describe('API docs: accessibility', function () {
  for (const tag of ['', 'rtk-mic-toggle', 'rtk-button', 'rtk-participant-tile', 'rtk-meeting']) {
    it(`${tag || 'the index'} has no axe violations`, async () => {
      const app = await mountApp(tag, loadStory);
      if (tag) await oneEvent(app, 'api-example-ready');
      await expectNoAxeViolations(app);
    });
  }
});
