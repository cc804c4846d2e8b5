import { expect, html } from '@open-wc/testing';
// Only the grid itself: the spotlight, mixed and audio layouts load when first needed.
import '../../src/components/grid/rtk-grid.js';
import type { RtkGrid } from '../../src/components/grid/rtk-grid.js';
import { mountWithMeeting } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('<rtk-grid> lazy layouts', () => {
  it('loads the spotlight layout the first time someone is pinned', async () => {
    expect(customElements.get('rtk-spotlight-grid')).to.equal(undefined);
    const { el, meeting } = await mountWithMeeting<RtkGrid>(html`<rtk-grid></rtk-grid>`, {
      people: 2,
      join: true,
    });
    meeting.director.pin(meeting.director.people[0]!.id);
    await el.updateComplete;
    await until(
      () => customElements.get('rtk-spotlight-grid'),
      'the spotlight layout never loaded',
    );
    const spotlight = el.shadowRoot!.querySelector('rtk-spotlight-grid')!;
    await spotlight.updateComplete;
    expect(spotlight.shadowRoot!.querySelector('[part="main"]')).to.exist;
  });
});
