/** Errors shaped like the SDK's `ClientError`: a 4-digit `code` and `[ERR<code>]: {Module} text`. */

const MODULES: Record<string, string> = {
  '00': 'Client',
  '05': 'Chat',
  '06': 'Plugins',
  '07': 'Polls',
  '08': 'Meta',
  '10': 'Recording',
  '11': 'Self',
  '12': 'Participant',
  '14': 'RemoteRequest',
  '16': 'Device',
  '19': 'Livestream',
  '20': 'Stage',
};

const TEXTS: Record<string, string> = {
  '0002': 'Failed to join room.',
  '0003': 'Failed to leave room.',
  '0012': 'Websocket Network Error',
  '0501': 'Permission denied.',
  '0502': 'Invalid message body.',
  '0503': 'Text Message is too large',
  '0504': 'Message not found by the given id',
  '0505': 'Action not permitted without joining room',
  '0601': 'Permission denied.',
  '0604': 'Active plugins store is not available yet',
  '0701': 'Permission denied',
  '0705': 'Action not permitted without joining room',
  '1001': 'Permission denied',
  '1004': 'Could not find specified recording',
  '1005': 'Action not permitted in given recording state',
  '1101': 'Permission denied',
  '1103': 'Name cannot be empty',
  '1104': 'No device selected while calling meeting.self.setDevice',
  '1105': 'Action not permitted without joining room',
  '1201': 'Permission denied',
  '1202': 'Invalid page number was requested',
  '1205': 'Action not permitted without joining room',
  '1207': 'Invalid view mode',
  '1403': 'No peer exists with given id',
  '1601': 'Failed to get audio track',
  '1602': 'Failed to get video track',
  '1603': 'Incorrect device',
  '1606': 'No audio input devices available',
  '1607': 'No video input devices available',
  '1612': 'Failed to get screenshare tracks',
  '1901': 'Permission denied',
  '1902': "Livestream not yet started, can't be stopped",
  '2001': 'Permission denied',
  '2003': 'Stage is disabled',
  '2005': 'Action not permitted without joining room',
  '2006': 'Action not permitted in current stage status',
};

/** An error like the SDK's: `code` is the 4-digit string, `message` has the detail on line 2. */
export class DemoClientError extends Error {
  readonly code: string;

  constructor(code: string, detail?: string) {
    const module = MODULES[code.slice(0, 2)] ?? 'Client';
    const text = TEXTS[code] ?? 'Internal exception.';
    super(`[ERR${code}]: {${module}} ${text}${detail ? `\n${detail}` : ''}`);
    this.name = 'ClientError';
    this.code = code;
  }
}
