import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/avatar/rtk-avatar.js';
import type { RtkAvatar } from '../../src/components/avatar/rtk-avatar.js';
import { avatarColourIndex, safeImageUrl } from '../../src/meeting/avatar.js';
import { axFind } from '../helpers/ax.js';
import { demoMeeting } from '../helpers/fixtures.js';
import { failOnConsoleErrors } from '../helpers/console.js';
import { until } from '../helpers/wait.js';

const q = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
// A 1×1 PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('<rtk-avatar>', () => {
  failOnConsoleErrors();

  it('shows initials on the person colour, as an image named by the name', async () => {
    const el = await fixture<RtkAvatar>(
      html`<rtk-avatar .participant=${{ id: 'p1', userId: 'u1', name: 'Amara Okafor' }}></rtk-avatar>`,
    );
    const avatar = q(el, 'avatar')!;
    expect(avatar.getAttribute('role')).to.equal('img');
    expect(avatar.getAttribute('aria-label')).to.equal('Amara Okafor');
    expect(q(el, 'initials')!.textContent).to.equal('AO');
    expect(avatar.dataset.colour).to.equal(String(avatarColourIndex('u1')));
    await expect(el).to.be.accessible();
    expect(await axFind('image', 'Amara Okafor')).to.exist;
  });

  it('gives the same person the same colour, and people different colours', async () => {
    const meeting = await demoMeeting({ seed: 7 });
    const people = Array.from({ length: 6 }, () => meeting.director.addPerson({}));
    const colours = await Promise.all(
      people.map(async (p) => {
        const el = await fixture<RtkAvatar>(html`<rtk-avatar .participant=${p}></rtk-avatar>`);
        const again = await fixture<RtkAvatar>(html`<rtk-avatar .participant=${p}></rtk-avatar>`);
        expect(q(again, 'avatar')!.dataset.colour).to.equal(q(el, 'avatar')!.dataset.colour);
        return q(el, 'avatar')!.dataset.colour;
      }),
    );
    expect(new Set(colours).size).to.be.greaterThan(1);
  });

  it('shows a safe picture and falls back to initials when it fails', async () => {
    const el = await fixture<RtkAvatar>(
      html`<rtk-avatar name="Ada Lovelace" picture=${PNG}></rtk-avatar>`,
    );
    const img = q(el, 'image') as HTMLImageElement;
    expect(img.alt).to.equal('');
    expect(q(el, 'avatar')!.getAttribute('aria-label')).to.equal('Ada Lovelace');
    el.picture = 'http://127.0.0.1:1/missing.png';
    await el.updateComplete;
    await oneEvent(q(el, 'image')!, 'error');
    await until(() => q(el, 'initials'), 'no initials after the picture failed');
    expect(q(el, 'initials')!.textContent).to.equal('AL');
    await expect(el).to.be.accessible();
    el.picture = PNG;
    await el.updateComplete;
    expect(q(el, 'image')).to.exist;
  });

  it('never loads pictures from unsafe schemes', async () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'blob:x',
    ]) {
      expect(safeImageUrl(url), url).to.equal(undefined);
      const el = await fixture<RtkAvatar>(
        html`<rtk-avatar name="Bo" .picture=${url}></rtk-avatar>`,
      );
      expect(q(el, 'image'), url).to.equal(null);
    }
    expect(safeImageUrl('https://example.com/a.png')).to.equal('https://example.com/a.png');
  });

  it('has circular, square and hexagon shapes, and can be decorative', async () => {
    const el = await fixture<RtkAvatar>(
      html`<rtk-avatar name="Bo" variant="square" decorative></rtk-avatar>`,
    );
    expect(getComputedStyle(q(el, 'avatar')!).borderRadius).to.not.equal('50%');
    expect(q(el, 'avatar')!.getAttribute('aria-hidden')).to.equal('true');
    expect(q(el, 'avatar')!.hasAttribute('role')).to.equal(false);
    el.variant = 'hexagon';
    await el.updateComplete;
    expect(getComputedStyle(q(el, 'avatar')!).clipPath).to.contain('polygon');
  });

  it('names an unnamed person', async () => {
    const el = await fixture<RtkAvatar>(html`<rtk-avatar></rtk-avatar>`);
    expect(q(el, 'avatar')!.getAttribute('aria-label')).to.equal('Unknown person');
    expect(q(el, 'initials')!.textContent).to.equal('?');
  });
});
