import { expect } from '@open-wc/testing';
import { foldedNameOf, foldForSearch } from '../../src/internal/search-fold.js';
import {
  meetingKeyOf,
  stageRequestTimesOf,
  unseenIdsOf,
  videoEffectsByMeeting,
} from '../../src/internal/meeting-stores.js';

describe('meeting stores', () => {
  it('keep stage request times per meeting, the same map on every call', () => {
    const a = {};
    const b = {};
    stageRequestTimesOf(a).set('u1', 1);
    expect(stageRequestTimesOf(a).get('u1')).to.equal(1);
    expect(stageRequestTimesOf(a)).to.equal(stageRequestTimesOf(a));
    expect(stageRequestTimesOf(b).size).to.equal(0);
  });

  it('give each meeting its own stable key', () => {
    const a = {};
    const b = {};
    expect(meetingKeyOf(a)).to.equal(meetingKeyOf(a));
    expect(meetingKeyOf(a)).to.not.equal(meetingKeyOf(b));
  });

  it('keep unseen items per meeting and section', () => {
    const a = {};
    const b = {};
    expect(unseenIdsOf(a).get('chat')).to.equal(undefined);
    unseenIdsOf(a).set('chat', new Set(['m1']));
    expect([...unseenIdsOf(a).get('chat')!]).to.deep.equal(['m1']);
    expect(unseenIdsOf(a).get('polls')).to.equal(undefined);
    expect(unseenIdsOf(b).get('chat')).to.equal(undefined);
  });

  it('fold names for search, and refold when a name changes', () => {
    expect(foldForSearch('Zoë ÅNGSTRÖM')).to.equal('zoe angstrom');
    const person = { name: 'Zoë' };
    expect(foldedNameOf(person)).to.equal('zoe');
    person.name = 'Åsa';
    expect(foldedNameOf(person)).to.equal('asa');
    expect(foldedNameOf({})).to.equal('');
  });

  it('keep video effects per meeting', () => {
    const a = {};
    const provider = { effects: [] };
    videoEffectsByMeeting.set(a, provider);
    expect(videoEffectsByMeeting.get(a)).to.equal(provider);
    expect(videoEffectsByMeeting.get({})).to.equal(undefined);
    videoEffectsByMeeting.delete(a);
    expect(videoEffectsByMeeting.get(a)).to.equal(undefined);
  });
});
