/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RtkMeeting } from '../../src/components/meeting/rtk-meeting.js';
import { RtkStateUpdateEvent } from '../../src/events/rtk-state-update.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { deepText, demoMeeting, queryAllDeep, queryDeep } from '../helpers/fixtures.js';
import type { MountOptions } from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

// `<rtk-meeting main>` as the whole page (as on the demo page): axe's page-level landmark rules,
// run on the document, on the setup screen, in the call, and with the chat open.

const LANDMARK_RULES = [
  'region',
  'landmark-one-main',
  'landmark-main-is-top-level',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-complementary-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-no-duplicate-contentinfo',
  'landmark-unique',
];

/** axe's landmark rules (and, where the meeting's title is visible, one h1) on the whole page. */
const audit = (heading = true) =>
  expectNoAxeViolations(document.documentElement, {
    runOnly: {
      type: 'rule',
      values: heading ? [...LANDMARK_RULES, 'page-has-heading-one'] : LANDMARK_RULES,
    },
  });

async function mountPage(options: MountOptions = {}) {
  const meeting = await demoMeeting({ people: 3, ...options });
  const el = await fixture<RtkMeeting>(
    html`<rtk-meeting main mode="fixed" .meeting=${meeting}></rtk-meeting>`,
  );
  await rendered(el);
  return { el, meeting };
}

/** The element in `el` with `role`, through shadow roots. */
const withRole = (el: Element, role: string) => queryAllDeep(el, `[role="${role}"]`);

function openChat(el: RtkMeeting) {
  el.dispatchEvent(new RtkStateUpdateEvent({ activeSidebar: true, sidebar: 'chat' }));
  return until(() => queryDeep(el, 'rtk-chat'), 'the chat never opened');
}

describe('<rtk-meeting main> as the page', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the setup screen is the main landmark', async () => {
    const { el } = await mountPage();
    await until(() => queryDeep(el, 'rtk-setup-screen'), 'no setup screen');
    await rendered(el);
    expect(withRole(el, 'main')).to.have.length(1);
    // Its h1 is the setup screen's own title.
    await audit();
  });

  it('in the call: stage is main, header a banner with the title as h1, controls a region', async () => {
    const { el } = await mountPage({ join: true, title: 'Design review' });
    await until(() => queryDeep(el, 'rtk-controlbar'), 'not in the call');
    await rendered(el);
    const [main] = withRole(el, 'main');
    expect(main.querySelector('rtk-stage'), 'the stage is inside main').to.exist;
    const banner = queryDeep(el, 'rtk-header')!;
    expect([banner.getAttribute('role'), banner.getAttribute('aria-label')]).to.deep.equal([
      'banner',
      'Meeting information',
    ]);
    const bar = queryDeep(el, 'rtk-controlbar')!;
    expect([bar.getAttribute('role'), bar.getAttribute('aria-label')]).to.deep.equal([
      'region',
      'Meeting controls',
    ]);
    const heading = queryDeep(banner, '[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(deepText(heading)).to.equal('Design review');
    await audit();
  });

  it('with the chat open: the sidebar is a labelled complementary region', async () => {
    const { el } = await mountPage({ join: true });
    await until(() => queryDeep(el, 'rtk-controlbar'), 'not in the call');
    await openChat(el);
    await rendered(el);
    const sidebar = queryDeep(el, 'rtk-sidebar')!;
    expect([sidebar.getAttribute('role'), sidebar.getAttribute('aria-label')]).to.deep.equal([
      'complementary',
      'Sidebar',
    ]);
    await audit();
  });

  it('with the chat open on a phone: only the sheet is reachable, landmarks still pass', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const { el } = await mountPage({ join: true });
      await until(() => queryDeep(el, 'rtk-controlbar'), 'not in the call');
      await openChat(el);
      await rendered(el);
      for (const tag of ['rtk-header', 'rtk-controlbar', 'rtk-stage'])
        expect(queryDeep(el, tag)!.closest('[inert]'), `${tag} is inert`).to.exist;
      // The header (and its h1) is covered: only the landmark rules apply.
      await audit(false);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('marks no landmark without main (a meeting inside a page of its own)', async () => {
    const meeting = await demoMeeting({ people: 1, join: true });
    const el = await fixture<RtkMeeting>(
      html`<rtk-meeting .meeting=${meeting} style="height: 600px"></rtk-meeting>`,
    );
    await until(() => queryDeep(el, 'rtk-controlbar'), 'not in the call');
    await rendered(el);
    for (const role of ['main', 'banner', 'complementary'])
      expect(withRole(el, role), role).to.have.length(0);
    expect(queryDeep(el, '[role="heading"][aria-level="1"]')).to.equal(undefined);
  });
});
