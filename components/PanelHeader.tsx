interface Props {
  /** "N of M" once the list is read; empty before. */
  status: string;
  onOpenOptions(): void;
}

/** The reading list's title line: how many briefs show, and the way to import and export. */
export function PanelHeader({ status, onOpenOptions }: Props) {
  return (
    <header class="panel__header">
      <h1>Reading list</h1>
      <span class="muted" role="status">
        {status}
      </span>
      <button type="button" class="link-button panel__options" onClick={onOpenOptions}>
        Import &amp; export
      </button>
    </header>
  );
}
