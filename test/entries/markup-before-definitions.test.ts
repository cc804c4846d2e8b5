import { expect } from '@open-wc/testing';
import { deepText, demoMeeting } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

// A static page writes the official guides' markup and then loads the kit (`import
// 'realtimekit-lit'`): every tag is upgraded while the entry defines them, in its order. A tag
// inside `rtk-ui-provider` must still get the meeting the provider is given afterwards. This file
// runs in a page of its own, where no tag is defined before the markup is written.
describe('markup written before the kit loads', () => {
  it('tags inside rtk-ui-provider get the meeting set on the provider later', async () => {
    expect(customElements.get('rtk-ui-provider')).to.equal(undefined);
    const host = document.createElement('div');
    host.innerHTML =
      '<rtk-ui-provider><rtk-participant-count></rtk-participant-count></rtk-ui-provider>';
    document.body.append(host);
    await import('../../src/index.js');
    const provider = host.querySelector('rtk-ui-provider') as HTMLElement & { meeting?: unknown };
    provider.meeting = await demoMeeting({ people: 4, join: true });
    await until(
      () => deepText(host).includes('5 participants'),
      () => `the count inside the provider shows the meeting; it shows "${deepText(host).trim()}"`,
    );
    host.remove();
  });
});
