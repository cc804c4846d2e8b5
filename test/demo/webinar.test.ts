import { expect } from '@open-wc/testing';
import { demoMeeting } from '../helpers/fixtures.js';
import { until } from '../helpers/wait.js';

describe('director.webinar()', () => {
  it('fills a webinar with viewers off stage, then streams stage requests and knocks', async () => {
    const meeting = await demoMeeting({ preset: 'webinar-host', people: 1, join: true });
    const run = meeting.director.webinar({
      viewers: 300,
      requestsPerMinute: 1200,
      knocksPerMinute: 1200,
      cancelShare: 0,
    });
    expect(run.viewers).to.have.length(300);
    expect(meeting.participants.joined.size).to.equal(301);
    expect(run.viewers.every((p) => p.stageStatus === 'OFF_STAGE')).to.equal(true);
    let announced = 0;
    const onNew = () => announced++;
    meeting.stage.on('newStageRequest', onNew);
    await until(
      () => meeting.stage.getAccessRequests().stageRequests.length >= 2,
      'no stage requests',
    );
    await until(() => meeting.participants.waitlisted.size >= 2, 'no knocks');
    meeting.stage.off('newStageRequest', onNew);
    expect(announced).to.be.greaterThan(0);
    run.stop();
    const pending = meeting.stage.getAccessRequests().stageRequests.length;
    // Timers run in the order they are due: once this one has run, the next requests (one every
    // 50 ms) would have come, however busy the machine.
    await new Promise((r) => setTimeout(r, 300));
    expect(meeting.stage.getAccessRequests().stageRequests.length).to.equal(pending);
  });

  it('requestMany announces once', async () => {
    const meeting = await demoMeeting({ preset: 'webinar-host', people: 6, join: true });
    const updates: number[] = [];
    const onUpdate = (list?: unknown[]) => updates.push(list?.length ?? 0);
    meeting.stage.on('stageAccessRequestUpdate', onUpdate);
    const ids = meeting.director.people.slice(1).map((p) => p.id);
    expect(meeting.director.stage.requestMany(ids)).to.have.length(5);
    meeting.stage.off('stageAccessRequestUpdate', onUpdate);
    expect(updates).to.deep.equal([5]);
  });
});
