import { expect } from '@open-wc/testing';
import { autoload, loadTag } from '../../src/internal/autoload.js';
import { until } from '../helpers/wait.js';

// The CDN bundle's registry (rollup.config.mjs writes its table): a tag's module loads when the
// page first shows the tag, once, and a tag the table does not know is left alone.
describe('autoload (the CDN bundle registry)', () => {
  const loads: string[] = [];
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
});
