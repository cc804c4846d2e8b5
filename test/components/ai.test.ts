import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/ai/rtk-ai.js';
import '../../src/components/ai-toggle/rtk-ai-toggle.js';
import '../../src/components/ai-transcriptions/rtk-ai-transcriptions.js';
import type { RtkAi } from '../../src/components/ai/rtk-ai.js';
import type { RtkAiToggle } from '../../src/components/ai-toggle/rtk-ai-toggle.js';
import type { RtkAiTranscriptions } from '../../src/components/ai-transcriptions/rtk-ai-transcriptions.js';
import { allowedSections } from '../../src/components/sidebar/sidebar.js';
import type { RtkNotificationEvent } from '../../src/events/rtk-notification.js';
import type { TranscriptionData } from '../../src/meeting/ai.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import {
  buttonByName,
  deepActiveElement,
  deepText,
  demoMeeting,
  mountWithMeeting,
  queryAllDeep,
  queryDeep,
  totalListeners,
} from '../helpers/fixtures.js';
import { rendered, until } from '../helpers/wait.js';

type Panel = RtkAiTranscriptions;

/** The groups as a person reads them: "Name time" then each line. */
function groups(el: Element): string[][] {
  return queryAllDeep(el.shadowRoot!, '[part="group"]').map((group) => [
    deepText(group.querySelector('[part="name"]')!),
    ...[...group.querySelectorAll('[part~="line"]')].map((l) =>
      deepText(l).replace(/\s+/g, ' ').trim(),
    ),
  ]);
}

function searchBox(el: Element): HTMLInputElement {
  return queryDeep<HTMLInputElement>(el.shadowRoot!, 'input[type="search"]')!;
}

async function search(el: Panel, text: string): Promise<void> {
  const box = searchBox(el);
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await rendered(el);
}

/** What a click on a download link of `el` would save: its file name and text. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((r) => r.text())
        .then((text) => resolve({ name: link.download, text }));
    };
    document.addEventListener('click', onClick, true);
  });
}

describe('<rtk-ai-transcriptions>: the meeting transcript', () => {
  failOnConsoleErrors();

  it('groups the lines by speaker, follows live results (partials replaced), keeps the order', async () => {
    const { el, meeting } = await mountWithMeeting<Panel>(
      html`<rtk-ai-transcriptions style="block-size: 600px"></rtk-ai-transcriptions>`,
      { join: true, people: 2 },
    );
    const [ada, bo] = meeting.director.people;
    await rendered(el);
    expect(deepText(el)).to.contain('Nothing has been said yet.');
    meeting.director.ai.say(ada!.id, 'Good morning everyone, thanks for joining us', {
      paceMs: 400,
    });
    await until(() => deepText(el).includes('speaking…'), 'no partial line showed');
    expect(groups(el)).to.have.length(1);
    expect(deepText(el)).to.match(/Good( morning)?( everyone,)? speaking…/);
    await until(() => groups(el)[0]?.[1] === 'Good morning everyone, thanks for joining us');
    meeting.director.ai.say(bo!.id, 'Hello there', { paceMs: 10 });
    await until(() => groups(el).length === 2 && groups(el)[1]![1] === 'Hello there');
    meeting.director.ai.say(bo!.id, 'Shall we start', { finalOnly: true });
    await until(() => groups(el)[1]!.length === 3);
    expect(groups(el)).to.deep.equal([
      [ada!.name, 'Good morning everyone, thanks for joining us'],
      [bo!.name, 'Hello there', 'Shall we start'],
    ]);
    expect(deepText(el)).not.to.contain('speaking…');
    await expect(el).to.be.accessible();
  });

  it('search finds words (case and accents ignored), highlights them and steps through them', async () => {
    const { el, meeting } = await mountWithMeeting<Panel>(
      html`<rtk-ai-transcriptions style="block-size: 600px"></rtk-ai-transcriptions>`,
      { join: true, people: 2 },
    );
    const [ada] = meeting.director.people;
    meeting.director.ai.say(ada!.id, 'The café opens at nine', { finalOnly: true });
    meeting.director.ai.say('self', 'Cafe or CAFÉ, both fine', { finalOnly: true });
    await until(() => groups(el).length === 2);
    await search(el, 'cafe');
    const marks = () => queryAllDeep(el.shadowRoot!, 'mark[part~="match"]');
    expect(marks().map((m) => m.textContent)).to.deep.equal(['café', 'Cafe', 'CAFÉ']);
    expect(deepText(el)).to.contain('1 of 3');
    expect(marks()[0]!.getAttribute('part')).to.equal('match current');
    searchBox(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await rendered(el);
    expect(deepText(el)).to.contain('2 of 3');
    expect(marks()[1]!.getAttribute('part')).to.equal('match current');
    searchBox(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    await rendered(el);
    expect(deepText(el)).to.contain('1 of 3');
    await search(el, 'tea');
    expect(deepText(el)).to.contain('No results');
    expect(marks()).to.have.length(0);
  });

  it('downloads the transcript as .txt and WebVTT, and copies it', async () => {
    const { el, meeting } = await mountWithMeeting<Panel>(
      html`<rtk-ai-transcriptions style="block-size: 600px"></rtk-ai-transcriptions>`,
      { join: true, people: 1, title: 'Weekly sync' },
    );
    const [ada] = meeting.director.people;
    meeting.director.ai.say(ada!.id, 'First <line> & more', { finalOnly: true });
    meeting.director.ai.say('self', 'Second line', { finalOnly: true });
    await until(() => groups(el).length === 2);
    const [first, second] = meeting.ai.transcripts;
    const clock = (d: Date) =>
      new Intl.DateTimeFormat('en', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }).format(d);

    let saved = nextDownload();
    buttonByName(el.shadowRoot!, 'Download .txt')!.click();
    expect(await saved).to.deep.equal({
      name: 'Weekly-sync-transcript.txt',
      text: `[${clock(first!.date)}] ${ada!.name}: First <line> & more\n[${clock(second!.date)}] You: Second line\n`,
    });

    saved = nextDownload();
    buttonByName(el.shadowRoot!, 'Download WebVTT')!.click();
    const vtt = await saved;
    expect(vtt.name).to.equal('Weekly-sync-transcript.vtt');
    const gap = second!.date.getTime() - first!.date.getTime();
    const at = (ms: number) =>
      `00:00:${String(Math.floor(ms / 1000)).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
    expect(vtt.text).to.equal(
      `WEBVTT\n\n1\n00:00:00.000 --> ${at(Math.max(500, Math.min(1800, gap)))}\n<v ${ada!.name}>First &lt;line&gt; &amp; more</v>\n\n` +
        `2\n${at(gap)} --> ${at(gap + 1500)}\n<v You>Second line</v>\n`,
    );

    // Copy: the same text as the .txt; a refusal of the clipboard is a notification.
    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    try {
      buttonByName(el.shadowRoot!, 'Copy transcript')!.click();
      await until(() => deepText(el).includes('Transcript copied'));
      expect(copied).to.contain(`${ada!.name}: First <line> & more\n`);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('Write permission denied.')) },
      });
      const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
      buttonByName(el.shadowRoot!, 'Copy transcript')!.click();
      expect((await notified).detail.message).to.contain('Copy transcript');
      await rendered(el);
      expect(deepText(el)).not.to.contain('Transcript copied');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('a refused ai.getActiveTranscript() is a notification; the live transcript still shows', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    meeting.director.failNextCall(meeting.ai, 'getActiveTranscript', 'reject');
    const el = document.createElement('rtk-ai-transcriptions');
    el.meeting = meeting;
    const notified = oneEvent(el, 'rtkNotification') as Promise<RtkNotificationEvent>;
    const apiError = oneEvent(el, 'rtkApiError');
    document.body.append(el);
    try {
      expect((await notified).detail.variant).to.equal('error');
      expect((await apiError).detail.trace).to.equal('ai.getActiveTranscript');
      meeting.director.ai.say(meeting.director.people[0]!.id, 'Still here', { finalOnly: true });
      await until(() => deepText(el).includes('Still here'));
    } finally {
      el.remove();
    }
  });

  it('shows initialTranscriptions, then the live lines after them', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const earlier: TranscriptionData[] = [
      {
        id: 'old-1',
        name: 'Grace',
        peerId: 'p-grace',
        userId: 'u-grace',
        customParticipantId: 'c-grace',
        transcript: 'From the last meeting',
        isPartialTranscript: false,
        date: new Date(Date.now() - 3_600_000),
      },
    ];
    const el = await fixture<Panel>(
      html`<rtk-ai-transcriptions .meeting=${meeting} .initialTranscriptions=${earlier}></rtk-ai-transcriptions>`,
    );
    await until(() => groups(el).length === 1);
    expect(groups(el)).to.deep.equal([['Grace', 'From the last meeting']]);
  });

  it('a long meeting: 5,000 lines render as a few rows, and "Jump to live" returns to the newest', async () => {
    const { el, meeting } = await mountWithMeeting<Panel>(
      html`<rtk-ai-transcriptions style="display: flex; block-size: 500px"></rtk-ai-transcriptions>`,
      { join: true, people: 3 },
    );
    meeting.director.ai.history(5000);
    el.requestUpdate();
    await until(() => queryAllDeep(el.shadowRoot!, '[part="group"]').length > 0);
    await rendered(el);
    expect(queryAllDeep(el.shadowRoot!, '[part="group"]').length).to.be.lessThan(80);
    const scroller = queryDeep<HTMLElement>(el.shadowRoot!, 'lit-virtualizer')!;
    await until(
      () =>
        scroller.scrollTop > 0 &&
        scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 60,
    );
    scroller.scrollTop = 0;
    const jump = await until(() => buttonByName(el.shadowRoot!, 'Jump to live'));
    jump.click();
    await until(() => !buttonByName(el.shadowRoot!, 'Jump to live'));
    await until(() => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 60);
  });

  it('without the transcription permission: a notice, no toggle, no sidebar section', async () => {
    const meeting = await demoMeeting({ join: true, people: 1, preset: 'webinar-viewer' });
    const el = await fixture<Panel>(
      html`<rtk-ai-transcriptions .meeting=${meeting}></rtk-ai-transcriptions>`,
    );
    const toggle = await fixture<RtkAiToggle>(
      html`<rtk-ai-toggle .meeting=${meeting}></rtk-ai-toggle>`,
    );
    await rendered(el);
    await rendered(toggle);
    expect(deepText(el)).to.contain('Transcription is not enabled for you in this meeting.');
    expect(toggle.hidden).to.equal(true);
    expect(allowedSections(meeting)).not.to.include('ai');
    const host = await demoMeeting({ join: true, people: 1 });
    expect(allowedSections(host)).to.include('ai');
  });

  it('a missing or half-shaped meeting renders nothing and never throws', async () => {
    const el = await fixture<Panel>(html`<rtk-ai-transcriptions></rtk-ai-transcriptions>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    const meeting = await demoMeeting({ join: true, people: 1 });
    el.meeting = {
      self: meeting.self,
      ai: { transcripts: [{ nope: 1 }], on() {}, off() {} },
    } as unknown as typeof meeting;
    await rendered(el);
    expect(deepText(el)).to.contain('Nothing has been said yet.');
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-ai-transcriptions');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});

describe('<rtk-ai> and <rtk-ai-toggle>', () => {
  failOnConsoleErrors();

  it('the toggle opens and closes the transcript section of the sidebar', async () => {
    const { el } = await mountWithMeeting<RtkAiToggle>(html`<rtk-ai-toggle></rtk-ai-toggle>`, {
      join: true,
      people: 1,
    });
    await rendered(el);
    const asked: unknown[] = [];
    el.addEventListener('rtkStateUpdate', (e) => asked.push(e.detail));
    buttonByName(el.shadowRoot!, 'Transcript')!.click();
    expect(asked).to.deep.equal([{ activeSidebar: true, sidebar: 'ai' }]);
    el.states = { activeSidebar: true, sidebar: 'ai' };
    await rendered(el);
    buttonByName(el.shadowRoot!, 'Transcript')!.click();
    expect(asked.at(-1)).to.deep.equal({ activeSidebar: false });
  });

  it('opens a full view of the transcript; Escape closes it and focus returns', async () => {
    const { el, meeting } = await mountWithMeeting<RtkAi>(
      html`<rtk-ai style="block-size: 500px"></rtk-ai>`,
      {
        join: true,
        people: 1,
      },
    );
    meeting.director.ai.say(meeting.director.people[0]!.id, 'In the full view', {
      finalOnly: true,
    });
    await rendered(el);
    const open = buttonByName(el.shadowRoot!, 'Open full view')!;
    open.focus();
    open.click();
    const dialog = await until(() => el.shadowRoot!.querySelector('dialog[open]'));
    await until(() => deepText(dialog).includes('In the full view'));
    expect(queryAllDeep(dialog, 'h2').map((h) => h.textContent)).to.deep.equal(['Transcript']);
    dialog.dispatchEvent(new Event('cancel'));
    (dialog as HTMLDialogElement).close();
    await until(() => !el.shadowRoot!.querySelector('dialog'));
    await until(() => deepActiveElement() === open);
  });

  it('leaves no listener on the meeting when removed', async () => {
    const meeting = await demoMeeting({ join: true, people: 1 });
    const before = totalListeners(meeting);
    const el = document.createElement('rtk-ai');
    el.meeting = meeting;
    document.body.append(el);
    await rendered(el);
    expect(totalListeners(meeting)).to.be.greaterThan(before);
    el.remove();
    expect(totalListeners(meeting)).to.equal(before);
  });
});
