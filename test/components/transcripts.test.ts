import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/transcripts/rtk-transcripts.js';
import '../../src/components/transcript/rtk-transcript.js';
import '../../src/components/caption-toggle/rtk-caption-toggle.js';
import type { RtkTranscripts } from '../../src/components/transcripts/rtk-transcripts.js';
import type { RtkTranscript } from '../../src/components/transcript/rtk-transcript.js';
import type { RtkCaptionToggle } from '../../src/components/caption-toggle/rtk-caption-toggle.js';
import type { TranscriptionData } from '../../src/meeting/ai.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { meetingEvent, rendered, until } from '../helpers/wait.js';

/** The caption lines as a person reads them, top to bottom. */
function captions(el: Element): string[] {
  return queryAllDeep<RtkTranscript>(el.shadowRoot!, 'rtk-transcript')
    .filter((line) => line.style.visibility !== 'hidden')
    .map((line) => deepText(line).replace(/\s+/g, ' ').trim());
}

describe('<rtk-transcripts> and <rtk-transcript>: live captions', () => {
  failOnConsoleErrors();
  beforeEach(() => localStorage.removeItem('rtk-caption-prefs'));

  it('shows who says what; partial results update one line in place, then the final one', async () => {
    const { el, meeting } = await mountWithMeeting<RtkTranscripts>(
      html`<rtk-transcripts></rtk-transcripts>`,
      { join: true, people: 2 },
    );
    await rendered(el);
    expect(deepText(el)).to.contain('Captions are on. They appear here when someone speaks.');
    const [ada] = meeting.director.people;
    const seen: string[] = [];
    const partial = meetingEvent(meeting.ai, 'transcript');
    meeting.director.ai.say(ada!.id, 'Can you all hear me clearly', { paceMs: 60 });
    await partial;
    const first = await until(() => queryAllDeep(el.shadowRoot!, 'rtk-transcript')[0]);
    // Each partial result shows in the same element; the final one replaces it there.
    await until(
      () => {
        const text = captions(el)[0];
        if (text && seen.at(-1) !== text) seen.push(text);
        return text === `${ada!.name}: Can you all hear me clearly`;
      },
      () => `the line never became final: ${JSON.stringify(seen)}`,
    );
    expect(seen.length).to.be.greaterThan(1);
    expect(seen[0]).to.match(new RegExp(`^${ada!.name}: Can`));
    expect(queryAllDeep(el.shadowRoot!, 'rtk-transcript')).to.deep.equal([first]);
    expect(meeting.ai.transcripts.map((t) => t.transcript)).to.deep.equal([
      'Can you all hear me clearly',
    ]);
    await expect(el).to.be.accessible();
  });

  it('keeps the order in which people spoke, one line each', async () => {
    const { el, meeting } = await mountWithMeeting<RtkTranscripts>(
      html`<rtk-transcripts></rtk-transcripts>`,
      { join: true, people: 2 },
    );
    const [ada, bo] = meeting.director.people;
    meeting.director.ai.say(ada!.id, 'First words here', { paceMs: 40 });
    await meetingEvent(meeting.ai, 'transcript');
    meeting.director.ai.say(bo!.id, 'Second speaker now', { paceMs: 40 });
    await until(
      () =>
        captions(el).join('|') === `${ada!.name}: First words here|${bo!.name}: Second speaker now`,
      () => `captions: ${captions(el).join('|')}`,
    );
  });

  it('a line leaves a few seconds after it is final (rtkTranscriptDismiss)', async () => {
    const { el, meeting } = await mountWithMeeting<RtkTranscripts>(
      html`<rtk-transcripts></rtk-transcripts>`,
      { join: true, people: 1 },
    );
    const [ada] = meeting.director.people;
    meeting.director.ai.say(ada!.id, 'Short line', { finalOnly: true, paceMs: 0 });
    const line = await until(
      () => queryAllDeep<RtkTranscript>(el.shadowRoot!, 'rtk-transcript')[0],
    );
    const dismissed = new Promise<TranscriptionData>((resolve) =>
      line.addEventListener('rtkTranscriptDismiss', (e) => resolve(e.detail)),
    );
    expect((await dismissed).transcript).to.equal('Short line');
    await until(() => captions(el).length === 0);
    expect(deepText(el)).to.contain('Captions are on.');
  });

  it('caption size and screen-reader reading are settings, remembered; reading is off by default', async () => {
    const { el, meeting } = await mountWithMeeting<RtkTranscripts>(
      html`<rtk-transcripts></rtk-transcripts>`,
      { join: true, people: 1 },
    );
    await rendered(el);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const [ada] = meeting.director.people;
    meeting.director.ai.say(ada!.id, 'Not read aloud', { paceMs: 10 });
    await until(() => captions(el)[0]?.endsWith('Not read aloud'));
    expect(live.textContent!.trim()).to.equal('');

    const settings = buttonByName(el.shadowRoot!, 'Caption settings')!;
    settings.click();
    await rendered(el);
    expect(settings.getAttribute('aria-expanded')).to.equal('true');
    const large = queryAllDeep<HTMLInputElement>(el.shadowRoot!, 'input[type="radio"]')[2]!;
    large.click();
    const announce = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    announce.click();
    await rendered(el);
    expect(el.shadowRoot!.querySelector('[part="container"]')!.className).to.contain('size-lg');
    expect(JSON.parse(localStorage.getItem('rtk-caption-prefs')!)).to.deep.equal({
      size: 'lg',
      announce: true,
    });
    // Escape closes the settings and returns focus to their button.
    el.shadowRoot!.querySelector<HTMLElement>('[part="settings"] input')!.focus();
    el.shadowRoot!.querySelector('[part="settings"] input')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await rendered(el);
    expect(settings.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(settings);

    // Finished lines are read once each; partial results never.
    meeting.director.ai.say(ada!.id, 'Now read aloud once', { paceMs: 10 });
    await until(() => live.textContent!.includes('Now read aloud once'));
    expect(live.querySelectorAll('p')).to.have.length(1);
    expect(live.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `${ada!.name}: Now read aloud once`,
    );

    // A new element (a later meeting) starts with the remembered choice.
    const again = await fixture<RtkTranscripts>(
      html`<rtk-transcripts .meeting=${meeting}></rtk-transcripts>`,
    );
    await rendered(again);
    expect(again.shadowRoot!.querySelector('[part="container"]')!.className).to.contain('size-lg');
  });

  it('shows names and words as text', async () => {
    const { el, meeting } = await mountWithMeeting<RtkTranscripts>(
      html`<rtk-transcripts></rtk-transcripts>`,
      { join: true, people: 1, name: '<b>Me</b>' },
    );
    meeting.director.ai.say('self', '<img src=x onerror=alert(1)>', { finalOnly: true });
    await until(() => captions(el).length === 1);
    expect(captions(el)[0]).to.equal('<b>Me</b>: <img src=x onerror=alert(1)>');
    expect(queryAllDeep(el.shadowRoot!, 'img, b')).to.have.length(0);
  });

  it('a preset without transcription shows no captions and no caption toggle', async () => {
    const meeting = await demoMeeting({ join: true, people: 1, preset: 'webinar-viewer' });
    const el = await fixture<RtkTranscripts>(
      html`<rtk-transcripts .meeting=${meeting}></rtk-transcripts>`,
    );
    const toggle = await fixture<RtkCaptionToggle>(
      html`<rtk-caption-toggle .meeting=${meeting}></rtk-caption-toggle>`,
    );
    await rendered(el);
    await rendered(toggle);
    expect(el.shadowRoot!.querySelector('[part="container"]')).to.equal(null);
    expect(toggle.hidden).to.equal(true);
    // Nothing is transcribed for them either.
    expect(meeting.director.ai.say(meeting.director.people[0]!.id, 'Hello')).to.equal('');
  });

  it('permission taken away: captions and the toggle go; given back: they return', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const el = await fixture<RtkTranscripts>(
      html`<rtk-transcripts .meeting=${meeting}></rtk-transcripts>`,
    );
    const toggle = await fixture<RtkCaptionToggle>(
      html`<rtk-caption-toggle .meeting=${meeting}></rtk-caption-toggle>`,
    );
    await rendered(toggle);
    expect(toggle.hidden).to.equal(false);
    meeting.director.updatePermissions({ transcriptionEnabled: false });
    await until(() => toggle.hidden && !el.shadowRoot!.querySelector('[part="container"]'));
    meeting.director.updatePermissions({ transcriptionEnabled: true });
    await until(() => !toggle.hidden && el.shadowRoot!.querySelector('[part="container"]'));
  });

  it('the toggle turns captions on and off through the UI states', async () => {
    const { el } = await mountWithMeeting<RtkCaptionToggle>(
      html`<rtk-caption-toggle></rtk-caption-toggle>`,
      { join: true, people: 1 },
    );
    await rendered(el);
    const asked: unknown[] = [];
    el.addEventListener('rtkStateUpdate', (e) => asked.push(e.detail));
    buttonByName(el.shadowRoot!, 'Captions')!.click();
    expect(asked).to.deep.equal([{ activeCaptions: true }]);
    el.states = { activeCaptions: true };
    await rendered(el);
    expect(buttonByName(el.shadowRoot!, 'Captions')!.getAttribute('aria-pressed')).to.equal('true');
    buttonByName(el.shadowRoot!, 'Captions')!.click();
    expect(asked.at(-1)).to.deep.equal({ activeCaptions: false });
  });

  it('a missing or half-shaped meeting shows nothing and never throws', async () => {
    const el = await fixture<RtkTranscripts>(html`<rtk-transcripts></rtk-transcripts>`);
    expect(el.shadowRoot!.querySelector('[part="container"]')).to.equal(null);
    const meeting = await demoMeeting({ join: true, people: 1 });
    const half = { self: meeting.self } as unknown as typeof meeting;
    el.meeting = half;
    await rendered(el);
    expect(el.shadowRoot!.querySelector('[part="container"]')).to.equal(null);
    const line = await fixture<RtkTranscript>(
      html`<rtk-transcript .transcript=${{ name: 'x' } as unknown as TranscriptionData}></rtk-transcript>`,
    );
    expect(deepText(line)).to.equal('');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-transcripts');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
