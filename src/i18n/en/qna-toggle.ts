/** English strings of the `qna_toggle.*` keys (rtk-qna-toggle; the sidebar tab is `sidebar.qna`). */
export const qnaToggleStrings = {
  'qna_toggle.label': 'Q&A',
  'qna_toggle.new': '{count, plural, one {# new question} other {# new questions}}',
} as const;
