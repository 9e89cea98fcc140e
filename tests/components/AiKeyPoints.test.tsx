// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AiKeyPoints } from '../../components/AiKeyPoints';
import type { Brief } from '../../lib/brief';
import { fakeSummarizer } from '../lib/ai/fake-summarizer';

const brief = {
  id: 1,
  title: 'Kyiv confirms Kursk push',
  text: 'Ukraine says it holds ground in Kursk.\n\nRussia strikes back.',
  lang: 'en',
} as Brief;

let root: HTMLElement;

async function mount(props: Partial<Parameters<typeof AiKeyPoints>[0]>) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<AiKeyPoints brief={brief} summarizer={undefined} onSaved={() => {}} {...props} />, root);
  });
  await settle();
}

// Lets the component's promises (availability, the stream) resolve and re-render.
async function settle() {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function click(label: string) {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`no button "${label}"`);
  await act(async () => {
    button.click();
  });
  await settle();
}

const items = () => [...root.querySelectorAll('li')].map((li) => li.textContent);

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('AiKeyPoints', () => {
  it('renders nothing without the API or when it is unavailable', async () => {
    await mount({ summarizer: undefined });
    expect(root.innerHTML).toBe('');
    await mount({ summarizer: fakeSummarizer({ availability: 'unavailable' }).api });
    expect(root.innerHTML).toBe('');
  });

  it('offers the button, shows the streamed points and hands them over', async () => {
    const onSaved = vi.fn();
    await mount({ summarizer: fakeSummarizer().api, onSaved });
    await click('AI key points');
    expect(items()).toEqual(['First point.', 'Second point.']);
    expect(onSaved).toHaveBeenCalledWith(['First point.', 'Second point.'], 'chrome-summarizer');
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows download progress while the model downloads', async () => {
    const { api } = fakeSummarizer({ availability: 'downloadable' });
    let release!: () => void;
    const create = api.create;
    // Hold the session back so the progress can be seen before the points arrive.
    api.create = async (options) => {
      const session = await create(options);
      await new Promise<void>((resolve) => (release = resolve));
      return session;
    };
    await mount({ summarizer: api });
    await click('AI key points');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('1');
    expect(root.textContent).toContain('100%');
    await act(async () => release());
    await settle();
    expect(items()).toEqual(['First point.', 'Second point.']);
  });

  it('says what went wrong in one sentence and offers the button again', async () => {
    const onSaved = vi.fn();
    await mount({ summarizer: fakeSummarizer({ failMidStream: true }).api, onSaved });
    await click('AI key points');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The on-device AI could not make key points for this story.');
    expect(root.querySelector('button')?.textContent).toBe('AI key points');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows key points the brief already holds', async () => {
    await mount({ brief: { ...brief, aiKeyPoints: ['Saved point.'], aiMethod: 'chrome-summarizer' } });
    expect(items()).toEqual(['Saved point.']);
  });
});
