import { expect } from '@open-wc/testing';
import { autoload, loadTag } from '../../src/internal/autoload.js';
import { until } from '../helpers/wait.js';

// The CDN bundle's registry (rollup.config.mjs writes its table): a tag's module loads when the
// page first shows the tag, once, and a tag the table does not know is left alone.
describe('autoload (the CDN bundle registry)', () => {
  const loads: string[] = [];
  let providerWhenChildLoaded: boolean | undefined;
  const define = (tag: string) => async () => {
    loads.push(tag);
    await Promise.resolve();
    customElements.define(tag, class extends HTMLElement {});
  };

  before(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<rtk-test-auto-present></rtk-test-auto-present>',
    );
    autoload({
      'rtk-test-auto-present': define('rtk-test-auto-present'),
      'rtk-test-auto-later': define('rtk-test-auto-later'),
      'rtk-test-auto-nested': define('rtk-test-auto-nested'),
      'rtk-test-auto-code': define('rtk-test-auto-code'),
      'rtk-ui-provider': async () => {
        // Slower than the tag inside it would be.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await define('rtk-ui-provider')();
      },
      'rtk-test-auto-child': async () => {
        providerWhenChildLoaded = Boolean(customElements.get('rtk-ui-provider'));
        await define('rtk-test-auto-child')();
      },
    });
  });

  it('defines a tag already in the page', async () => {
    await until(() => customElements.get('rtk-test-auto-present'), 'never defined');
  });

  it('defines a tag added later, also inside an added subtree, loading each module once', async () => {
    const box = document.createElement('div');
    box.innerHTML = '<section><rtk-test-auto-nested></rtk-test-auto-nested></section>';
    document.body.append(document.createElement('rtk-test-auto-later'), box);
    document.body.append(document.createElement('rtk-test-auto-later'));
    await until(
      () => customElements.get('rtk-test-auto-later') && customElements.get('rtk-test-auto-nested'),
      'never defined',
    );
    expect(loads.filter((tag) => tag === 'rtk-test-auto-later')).to.have.length(1);
  });

  it('loadTag() defines a tag before it is in the page', async () => {
    await loadTag('rtk-test-auto-code');
    expect(customElements.get('rtk-test-auto-code')).to.exist;
  });

  it('leaves unknown tags alone', () => {
    document.body.append(document.createElement('rtk-test-auto-unknown'));
    expect(loads).not.to.include('rtk-test-auto-unknown');
  });

  it('defines rtk-ui-provider before the tags inside it (they ask it for the meeting)', async () => {
    const provider = document.createElement('rtk-ui-provider');
    provider.append(document.createElement('rtk-test-auto-child'));
    document.body.append(provider);
    await until(() => customElements.get('rtk-test-auto-child'), 'never defined');
    expect(providerWhenChildLoaded).to.equal(true);
    expect(loads.indexOf('rtk-ui-provider')).to.be.below(loads.indexOf('rtk-test-auto-child'));
  });
});
