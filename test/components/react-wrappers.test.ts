import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { RtkMicToggle as RtkMicToggleElement } from '../../src/components/mic-toggle/rtk-mic-toggle.js';
import type { RtkApiErrorEvent } from '../../src/events/rtk-api-error.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import { RtkMicToggle } from '../../src/react/rtk-mic-toggle.js';
import { demoMeeting, nameOf, queryDeep, totalListeners } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

// The generated React wrappers (src/react/, @lit/react) rendered by React 19's own DOM renderer.

const button = (el: Element) => queryDeep<HTMLButtonElement>(el, 'button');

describe('React wrappers', () => {
  let container: HTMLElement;
  let root: Root | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    root?.unmount();
    root = undefined;
    container.remove();
  });

  async function renderToggle(
    props: Parameters<typeof RtkMicToggle>[0],
  ): Promise<RtkMicToggleElement> {
    root ??= createRoot(container);
    // Committed before returning, so a click right after sees these props.
    flushSync(() => root!.render(createElement(RtkMicToggle, props)));
    const el = () => container.querySelector('rtk-mic-toggle');
    await until(() => el() && button(el()!), 'the toggle did not render');
    return el()!;
  }

  async function nameBecomes(el: RtkMicToggleElement, name: string) {
    await until(() => {
      const b = button(el);
      return b && b.getAttribute('aria-busy') !== 'true' && nameOf(b) === name;
    }, `the button never said "${name}"`);
  }

  it('sets the meeting as a property and drives the toggle through it', async () => {
    const meeting = await demoMeeting();
    const el = await renderToggle({ meeting });
    expect(el.meeting).to.equal(meeting);
    expect(el.getAttribute('meeting')).to.equal(null);
    await nameBecomes(el, 'Mic on');
    button(el)!.click();
    await nameBecomes(el, 'Mic off');
    expect(meeting.self.audioEnabled).to.equal(false);
  });

  it('calls the onRtkNotification and onRtkApiError handlers when a call is rejected', async () => {
    const meeting = await demoMeeting({ audio: false });
    const notifications: RtkNotificationEvent[] = [];
    const errors: RtkApiErrorEvent[] = [];
    const el = await renderToggle({
      meeting,
      onRtkNotification: (event) => notifications.push(event),
      onRtkApiError: (event) => errors.push(event),
    });
    await nameBecomes(el, 'Mic off');
    meeting.director.failNextMedia('audio', 'DENIED');
    button(el)!.click();
    await until(
      () => notifications.length === 1 && errors.length === 1,
      'the handlers were not called',
    );
    expect(notifications[0].detail.variant).to.equal('error');
    expect(errors[0].detail.trace).to.equal('self.enableAudio');
    await nameBecomes(el, 'Mic off');
  });

  it('swaps a handler passed in a new render, without adding a second listener', async () => {
    const meeting = await demoMeeting({ audio: false });
    const first: Event[] = [];
    const second: Event[] = [];
    let el = await renderToggle({ meeting, onRtkApiError: (e) => first.push(e) });
    el = await renderToggle({ meeting, onRtkApiError: (e) => second.push(e) });
    await nameBecomes(el, 'Mic off');
    meeting.director.failNextMedia('audio', 'DENIED');
    button(el)!.click();
    await until(() => second.length === 1, 'the new handler was not called');
    expect(first).to.have.length(0);
  });

  it('leaves no listener on the meeting after unmounting', async () => {
    const meeting = await demoMeeting();
    const before = totalListeners(meeting);
    await renderToggle({ meeting });
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    root!.unmount();
    root = undefined;
    expect(container.querySelector('rtk-mic-toggle')).to.equal(null);
    expect(totalListeners(meeting)).to.equal(before);
  });
});
