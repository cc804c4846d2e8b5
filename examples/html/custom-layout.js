// The custom meeting's script, in a file rather than inline, so the page runs under a strict
// Content-Security-Policy (serve.mjs sends one; Trusted Types too, so the page builds its DOM with
// createElement, never with innerHTML). The import map in custom-layout.html names the modules.
import { loadTag } from 'realtimekit-lit';
import { createDemoMeeting } from 'realtimekit-lit/demo';

// With the real SDK: `meeting = await RealtimeKitClient.init({ authToken })` instead.
const meeting = createDemoMeeting({ people: 3, seed: 1 });
const provider = document.getElementById('provider');
provider.meeting = meeting;
// The page's UI goes inside the provider once it is defined (see the template's comment).
await loadTag('rtk-ui-provider');
provider.append(document.getElementById('meeting-ui').content.cloneNode(true));

const setup = document.getElementById('setup');
const room = document.getElementById('in-meeting');
const ended = document.getElementById('ended');
const tiles = document.getElementById('tiles');

/** Which screen shows: setup before joining, the room while in it, the ended screen after. */
function showScreen(screen) {
  setup.hidden = screen !== 'setup';
  room.hidden = screen !== 'room';
  ended.hidden = screen !== 'ended';
}

/**
 * One tile of the page's grid, with a child of the page's own (the tile's default slot: a layer
 * over the video): a badge with the person's seat at the table, in the tile's top start corner.
 */
function tileFor(person) {
  const tile = document.createElement('rtk-participant-tile');
  tile.participant = person;
  tile.dataset.id = person.id;
  const badge = document.createElement('span');
  badge.className = 'seat-badge';
  tile.append(badge);
  return tile;
}

/** The grid follows who is in the meeting: you first, then everyone else. */
function renderTiles() {
  const people = [meeting.self, ...meeting.participants.joined.toArray()];
  const shown = new Map([...tiles.children].map((tile) => [tile.dataset.id, tile]));
  const ordered = people.map((person) => shown.get(person.id) ?? tileFor(person));
  ordered.forEach((tile, i) => (tile.firstElementChild.textContent = `Seat ${i + 1}`));
  tiles.replaceChildren(...ordered);
}

meeting.participants.joined.on('participantJoined', renderTiles);
meeting.participants.joined.on('participantLeft', renderTiles);
meeting.self.on('roomJoined', () => {
  renderTiles();
  showScreen('room');
});
meeting.self.on('roomLeft', () => showScreen('ended'));
showScreen('setup');

// The page's own item in "More": it does what the page wants, here a line everyone in this
// window sees under the header.
const announcement = document.getElementById('announcement');
document.getElementById('announce-break').addEventListener('click', () => {
  const back = new Date(Date.now() + 5 * 60_000);
  announcement.textContent = `Break: back at ${back.toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
  })}`;
});

// The kit's tags lay out by their \`size\`, which rtk-meeting sets from its width; a page of its own
// sets it: on a phone the controls show their icons and "More" opens as a sheet at the bottom.
const phone = matchMedia('(max-width: 640px)');
function sizeControls() {
  for (const el of document.querySelectorAll('.room-controls, .room-controls *'))
    if (el.localName.startsWith('rtk-')) el.size = phone.matches ? 'sm' : 'lg';
}
phone.addEventListener('change', sizeControls);
sizeControls();
