import type { Ai, TranscriptionData } from '../../meeting/ai.js';
import type { DemoContext, DemoModule } from '../context.js';
import { DemoEmitter } from '../emitter.js';
import { uuid } from '../random.js';

type AiEvents = {
  transcript: (data: TranscriptionData) => void;
  '*': (event: string, ...args: unknown[]) => void;
};

/** Options of `director.ai.say`. */
export interface SayOptions {
  /** Milliseconds between two partial results (default 320, about three words a second). */
  paceMs?: number;
  /** Send only the final line, without partials. */
  finalOnly?: boolean;
}

/** `director.ai`: what the transcription service hears. */
export interface AiScript {
  /**
   * Someone (peer id, user id, name, or `'self'`) says `text`: partial results that grow a word
   * or two at a time (each a `transcript` event with `isPartialTranscript: true`), then the final
   * line with the same `id`, which joins `meeting.ai.transcripts`. Nothing without the preset's
   * `transcriptionEnabled`. Returns the line's id (`''` when nothing is said).
   */
  say(who: string, text: string, options?: SayOptions): string;
  /** The language of the sample sentences people say when they speak (`en`, `de`, `ar`). */
  setLanguage(language: string): void;
  /**
   * `count` final lines spoken before now (one every few seconds, by the people in the room):
   * added to `meeting.ai.transcripts` at once, without events, as a long meeting's history.
   */
  history(count: number): void;
}

/** Sample sentences of a meeting, by language (the demo speaks the language pack's language). */
const SENTENCES: Record<string, readonly string[]> = {
  en: [
    'Good morning everyone, thanks for joining.',
    'Can you all hear me clearly?',
    'Let us start with a quick round of updates.',
    'The release is on track for the end of the month.',
    'We still need a decision on the pricing page.',
    'I shared the draft in the chat a minute ago.',
    'Does anyone have questions before we move on?',
    'I think we should test it with real customers first.',
    'The numbers from last week look much better.',
    'Let me take that as an action item.',
    'Could you repeat the last point, please?',
    'I agree, that makes sense to me.',
    'We can follow up on this after the meeting.',
    'The design review is scheduled for Thursday.',
  ],
  de: [
    'Guten Morgen zusammen, danke, dass ihr dabei seid.',
    'Könnt ihr mich alle gut hören?',
    'Fangen wir mit einer kurzen Runde an.',
    'Das Release liegt gut im Zeitplan für Ende des Monats.',
    'Wir brauchen noch eine Entscheidung zur Preisseite.',
    'Ich habe den Entwurf gerade in den Chat gestellt.',
    'Gibt es noch Fragen, bevor wir weitermachen?',
    'Ich finde, wir sollten das zuerst mit echten Kunden testen.',
    'Die Zahlen der letzten Woche sehen viel besser aus.',
    'Das nehme ich als Aufgabe mit.',
    'Kannst du den letzten Punkt bitte wiederholen?',
    'Da stimme ich zu, das klingt sinnvoll.',
    'Darüber können wir nach dem Termin weitersprechen.',
    'Das Design-Review ist für Donnerstag geplant.',
  ],
  ar: [
    'صباح الخير جميعًا، شكرًا لانضمامكم.',
    'هل تسمعونني جميعًا بوضوح؟',
    'لنبدأ بجولة سريعة من التحديثات.',
    'الإصدار يسير وفق الخطة لنهاية الشهر.',
    'ما زلنا بحاجة إلى قرار بشأن صفحة الأسعار.',
    'شاركت المسودة في الدردشة قبل دقيقة.',
    'هل لدى أحدكم أسئلة قبل أن ننتقل؟',
    'أعتقد أنه يجب أن نختبره مع عملاء حقيقيين أولًا.',
    'أرقام الأسبوع الماضي تبدو أفضل بكثير.',
    'سأتولى هذه المهمة.',
    'هل يمكنك تكرار النقطة الأخيرة من فضلك؟',
    'أوافق، هذا منطقي بالنسبة لي.',
    'يمكننا متابعة هذا بعد الاجتماع.',
    'مراجعة التصميم مقررة يوم الخميس.',
  ],
};

/** Someone who can speak: a remote person, or self. */
interface Speaker {
  id: string;
  userId: string;
  name: string;
}

/**
 * `meeting.ai`: the live transcript. When the director makes someone speak (`director.speak`,
 * or lively mode), the transcription service sends what it heard: partial results a word or two
 * at a time, at a speaking pace, then the final line with the same `id`, in the language set by
 * `director.ai.setLanguage` (default: the meeting's `language` option). Only final lines are kept
 * in `transcripts`, oldest first. Without the preset's `transcriptionEnabled` nothing is sent.
 */
export class DemoAi extends DemoEmitter<AiEvents> implements Ai, DemoModule<AiScript> {
  /** Final lines of the meeting, oldest first. */
  transcripts: TranscriptionData[] = [];
  readonly script: AiScript;
  private language: string;
  private next = 0;
  /** Per speaker, the line they are still saying (a new one waits for it). */
  private readonly speaking = new Map<string, Promise<void>>();

  constructor(private readonly ctx: DemoContext) {
    super();
    this.language = ctx.options.language;
    this.script = {
      say: (who, text, options) => this.say(who, text, options),
      setLanguage: (language) => {
        this.language = language;
      },
      history: (count) => this.history(count),
    };
  }

  /** Loads the transcript of the session so far: `transcripts` is already complete in the demo. */
  async getActiveTranscript(): Promise<void> {
    await this.ctx.latency();
  }

  /** Called by the room when someone speaks for `ms`: they say a sample sentence. */
  spoke(peerId: string, ms: number): void {
    if (!this.permitted()) return;
    const sentences = SENTENCES[this.language] ?? SENTENCES.en!;
    const text = sentences[this.next++ % sentences.length]!;
    // About as long as they talk: a slower pace for longer speech, within natural limits.
    const words = text.split(/\s+/).length;
    const paceMs = Math.min(520, Math.max(240, Math.round(ms / Math.max(1, words / 1.5))));
    this.say(peerId, text, { paceMs });
  }

  roomLeft(): void {
    this.speaking.clear();
  }

  private permitted(): boolean {
    const self = this.ctx.self;
    return self.roomState === 'joined' && self.permissions.transcriptionEnabled === true;
  }

  private speaker(who: string): Speaker | undefined {
    const self = this.ctx.self;
    if (who === 'self' || who === self.id || who === self.userId || who === self.name)
      return { id: self.id, userId: self.userId, name: self.name };
    return (
      this.ctx.personByPeerId(who) ??
      this.ctx.personByUserId(who) ??
      this.ctx.people().find((p) => p.name === who)
    );
  }

  private say(who: string, text: string, options: SayOptions = {}): string {
    const person = this.speaker(who);
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (!person || words.length === 0 || !this.permitted()) return '';
    const id = uuid(this.ctx.random);
    const pace = Math.max(0, options.paceMs ?? 320);
    const line = (transcript: string, isPartialTranscript: boolean): TranscriptionData => ({
      id,
      name: person.name,
      peerId: person.id,
      userId: person.userId,
      customParticipantId: `custom-${person.userId}`,
      transcript,
      isPartialTranscript,
      date: new Date(this.ctx.now()),
    });
    const wait = (ms: number) => new Promise<void>((resolve) => this.ctx.later(resolve, ms));
    // One line at a time per speaker: what they say next waits for this one's final result.
    const previous = this.speaking.get(person.id) ?? Promise.resolve();
    const run = previous.then(async () => {
      if (!options.finalOnly) {
        // The recogniser hears one or two words more each step.
        for (let shown = 1; shown < words.length; shown += 1 + (shown % 2)) {
          await wait(pace);
          if (!this.permitted()) return;
          this.emit('transcript', line(words.slice(0, shown).join(' '), true));
        }
      }
      await wait(pace);
      if (!this.permitted()) return;
      const final = line(words.join(' '), false);
      this.transcripts.push(final);
      this.emit('transcript', final);
    });
    this.speaking.set(person.id, run);
    void run.then(() => {
      if (this.speaking.get(person.id) === run) this.speaking.delete(person.id);
    });
    return id;
  }

  private history(count: number): void {
    const people: Speaker[] = [
      ...this.ctx.people(),
      { id: this.ctx.self.id, userId: this.ctx.self.userId, name: this.ctx.self.name },
    ];
    const sentences = SENTENCES[this.language] ?? SENTENCES.en!;
    const start = this.ctx.now() - count * 4000;
    const lines: TranscriptionData[] = [];
    for (let i = 0; i < count; i++) {
      // A speaker talks for a few lines in a row, as in a real meeting.
      const person = people[Math.floor(i / 3) % people.length]!;
      lines.push({
        id: uuid(this.ctx.random),
        name: person.name,
        peerId: person.id,
        userId: person.userId,
        customParticipantId: `custom-${person.userId}`,
        transcript: sentences[i % sentences.length]!,
        isPartialTranscript: false,
        date: new Date(start + i * 4000),
      });
    }
    this.transcripts = [...lines, ...this.transcripts];
  }
}
