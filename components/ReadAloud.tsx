import { useEffect, useState } from 'preact/hooks';

interface Props {
  text: string;
  lang: string | null;
  /** `speechSynthesis`, or undefined where the browser has none. */
  speech: SpeechSynthesis | undefined;
}

const SPEEDS = [0.8, 1, 1.25, 1.5, 2];

/** Reads the story aloud with the browser's own voices: play, pause and speed. */
export function ReadAloud({ text, lang, speech }: Props) {
  const [state, setState] = useState<'idle' | 'playing' | 'paused'>('idle');
  const [rate, setRate] = useState(1);
  // Leaving the brief stops the voice.
  useEffect(() => () => speech?.cancel(), [speech, text]);
  if (!speech || !text) return null;

  const play = (speed = rate) => {
    speech.cancel();
    // One utterance per paragraph: Chrome cuts off long utterances after about fifteen seconds.
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    paragraphs.forEach((paragraph, i) => {
      const utterance = new SpeechSynthesisUtterance(paragraph);
      utterance.rate = speed;
      if (lang) utterance.lang = lang;
      if (i === paragraphs.length - 1) utterance.onend = () => setState('idle');
      speech.speak(utterance);
    });
    setState('playing');
  };
  const toggle = () => {
    if (state === 'idle') play();
    else if (state === 'playing') {
      speech.pause();
      setState('paused');
    } else {
      speech.resume();
      setState('playing');
    }
  };
  return (
    <div class="read-aloud" role="group" aria-label="Read aloud">
      <button type="button" onClick={toggle}>
        {state === 'idle' ? '▶ Listen' : state === 'playing' ? '❚❚ Pause' : '▶ Resume'}
      </button>
      <label>
        Speed
        <select
          value={rate}
          onChange={(e) => {
            const speed = Number(e.currentTarget.value);
            setRate(speed);
            // A new rate applies to new utterances only: start again at the new speed.
            if (state !== 'idle') play(speed);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
