/**
 * English strings of the `stage.*` keys: the host's stage requests (`rtk-stage-requests`,
 * `rtk-participants-stage-queue`), who is on stage (`rtk-participants-stage-list`) and the
 * viewer's side (`rtk-join-stage`, the notifications of `rtk-stage-toggle`).
 */
export const stageStrings = {
  'stage.requests_title': 'Stage requests',
  'stage.requests_count': '{count, plural, =0 {No requests} one {# request} other {# requests}}',
  'stage.requests_label': 'Requests to join the stage',
  'stage.requests_empty': 'No one has asked to join the stage.',
  'stage.requested_now': 'Asked just now',
  'stage.requested_at': 'Asked {time}',
  'stage.accept': 'Accept {name}',
  'stage.deny': 'Deny {name}',
  'stage.accept_all': 'Accept all',
  'stage.deny_all': 'Deny all',
  'stage.show_more': '{count, plural, one {Show # more request} other {Show # more requests}}',
  'stage.on_stage_title': 'On stage',
  'stage.on_stage_count':
    '{count, plural, =0 {No one on stage} one {# on stage} other {# on stage}}',
  'stage.on_stage_label': 'People on the stage',
  'stage.on_stage_empty': 'No one is on the stage.',
  'stage.no_match': 'No one matches “{search}”.',
  'stage.you': '{name} (you)',
  'stage.host': 'Host',
  'stage.remove': 'Remove {name} from the stage',
  'stage.join_title': 'Join the stage',
  'stage.join_description':
    'Check your camera and microphone: everyone in the session will see and hear you.',
  'stage.join_decline': 'Not now',
  'stage.request_description': 'Want to speak? Ask a host to let you on the stage.',
  'stage.requested_description': 'You asked to join the stage. A host will let you in or decline.',
  'stage.on_stage_description': 'You are on the stage: everyone can see and hear you.',
  'stage.approved': 'A host let you on the stage.',
  'stage.rejected': 'A host declined your request to join the stage.',
  'stage.join_now': 'Join now',
} as const;
