import { useEffect, useRef, useState } from 'preact/hooks';
import { makeKeyPoints, parsePoints } from '../lib/ai/key-points';
import { checkAvailability } from '../lib/ai/summarizer';
import type { Brief } from '../lib/brief';

interface Props {
  brief: Brief;
  /** The browser's `Summarizer` global, or undefined where there is none. */
  summarizer: unknown;
  onSaved(points: string[], method: string): void;
}

type State =
  | { step: 'checking' | 'unavailable' | 'ready' }
  | { step: 'downloading'; fraction: number }
  | { step: 'writing'; text: string }
  | { step: 'done'; points: string[] }
  | { step: 'failed'; message: string };

/**
 * "AI key points" made on this device by the browser's own model, on request. Renders nothing
 * where the browser has no such model, unless the brief already holds key points made earlier.
 */
export function AiKeyPoints({ brief, summarizer, onSaved }: Props) {
  const saved = brief.aiKeyPoints?.length ? brief.aiKeyPoints : null;
  const [state, setState] = useState<State>(saved ? { step: 'done', points: saved } : { step: 'checking' });
  const mounted = useRef(true);
  const update = (next: State) => mounted.current && setState(next);

  useEffect(() => {
    mounted.current = true;
    if (!saved) void checkAvailability(summarizer, brief.lang).then((a) => update({ step: a === 'unavailable' ? 'unavailable' : 'ready' }));
    return () => {
      mounted.current = false;
    };
  }, [summarizer, brief.id]);

  // Runs inside the click handler: Chrome lets `Summarizer.create()` download a model only then.
  const start = () => {
    update({ step: 'writing', text: '' });
    makeKeyPoints(summarizer, brief, {
      onProgress: (fraction) => update({ step: 'downloading', fraction }),
      onText: (text) => update({ step: 'writing', text }),
    }).then(
      ({ points, method }) => {
        update({ step: 'done', points });
        onSaved(points, method);
      },
      (error: unknown) => update({ step: 'failed', message: describeError(error) }),
    );
  };

  if (state.step === 'checking' || state.step === 'unavailable') return null;
  return (
    <section class="ai-points" aria-label="AI key points" aria-busy={state.step === 'downloading' || state.step === 'writing'}>
      {(state.step === 'ready' || state.step === 'failed') && (
        <button type="button" class="ai-points__button" onClick={start}>
          AI key points
        </button>
      )}
      {state.step === 'downloading' && (
        <p class="ai-points__progress">
          Downloading the on-device AI model… <progress max={1} value={state.fraction} /> {Math.round(state.fraction * 100)}%
        </p>
      )}
      {state.step === 'writing' && <PointList points={parsePoints(state.text)} />}
      {state.step === 'done' && <PointList points={state.points} />}
      {state.step === 'failed' && <p class="ai-points__error" role="alert">{state.message}</p>}
    </section>
  );
}

function PointList({ points }: { points: string[] }) {
  return (
    <ul class="ai-points__list">
      {points.map((point, i) => (
        <li key={i}>{point}</li>
      ))}
    </ul>
  );
}

function describeError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError') return 'Chrome needs a click to start its AI model: press the button again.';
  if (name === 'QuotaExceededError') return 'This story is too long for the on-device AI.';
  if (name === 'AbortError') return 'Making key points was stopped.';
  return 'The on-device AI could not make key points for this story.';
}
