import { FONT_SIZES, LINE_WIDTHS, type ReaderSettings, type ReaderTheme } from '../lib/settings';

interface Props {
  settings: ReaderSettings;
  onChange(settings: ReaderSettings): void;
}

const THEMES: Array<[ReaderTheme, string]> = [
  ['system', 'Follow system'],
  ['light', 'Light'],
  ['sepia', 'Sepia'],
  ['dark', 'Dark'],
];

/** Text size, line width, typeface and colours of the reader, behind one "Aa" button. */
export function ReaderSettingsBar({ settings, onChange }: Props) {
  const set = (changes: Partial<ReaderSettings>) => onChange({ ...settings, ...changes });
  const size = FONT_SIZES.indexOf(settings.fontSize);
  return (
    <details class="reader-settings">
      <summary aria-label="Text settings">Aa</summary>
      <div class="reader-settings__body">
        <div role="group" aria-label="Text size">
          <button type="button" aria-label="Smaller text" disabled={size <= 0} onClick={() => set({ fontSize: FONT_SIZES[size - 1] })}>
            A−
          </button>
          <button type="button" aria-label="Larger text" disabled={size >= FONT_SIZES.length - 1} onClick={() => set({ fontSize: FONT_SIZES[size + 1] })}>
            A+
          </button>
        </div>
        <label>
          Line width
          <select value={settings.lineWidth} onChange={(e) => set({ lineWidth: Number(e.currentTarget.value) })}>
            {LINE_WIDTHS.map((w) => (
              <option key={w} value={w}>
                {w < 35 ? 'Narrow' : w < 42 ? 'Medium' : w < 50 ? 'Wide' : 'Full'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Typeface
          <select value={settings.font} onChange={(e) => set({ font: e.currentTarget.value as ReaderSettings['font'] })}>
            <option value="serif">Serif</option>
            <option value="sans">Sans-serif</option>
          </select>
        </label>
        <label>
          Theme
          <select value={settings.theme} onChange={(e) => set({ theme: e.currentTarget.value as ReaderTheme })}>
            {THEMES.map(([theme, label]) => (
              <option key={theme} value={theme}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </details>
  );
}
