import { useState } from 'preact/hooks';

interface Props {
  tags: string[];
  /** Id of the <datalist> of tags already in use, offered as the user types. */
  suggestionsId: string;
  onChange(tags: string[]): void;
  onClose(): void;
}

/** Edits one brief's tags: remove a chip, or type one (existing tags are suggested) and press Enter. */
export function TagEditor({ tags, suggestionsId, onChange, onClose }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim().toLowerCase();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div class="tag-editor" role="group" aria-label="Edit tags">
      <ul class="tags">
        {tags.map((tag) => (
          <li key={tag} class="tag">
            {tag}
            <button type="button" class="tag__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        class="tag-editor__form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          aria-label="Add a tag"
          placeholder="Add a tag"
          list={suggestionsId}
          value={draft}
          autoFocus
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onClose())}
        />
        <button type="submit">Add</button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </form>
    </div>
  );
}
