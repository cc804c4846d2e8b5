// The joined-meeting size page's kit code: rtk-meeting and what it imports.
import '../src/components/meeting/rtk-meeting.js';
