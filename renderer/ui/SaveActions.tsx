/**
 * A settings form's foot: its save button (held while a save is under way) and, beside it, a status line that
 * says "saved" only once the archive has taken the change, so nothing is said to be saved when it is not.
 */
export function SaveActions({
  label,
  saving,
  savedText,
  testId,
}: {
  label: string;
  saving: boolean;
  /** The sentence once the save is done; absent until then. */
  savedText?: string;
  testId: string;
}) {
  return (
    <div className="settings-actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {label}
      </button>
      <span role="status" className="settings-actions__status" data-testid={testId}>
        {savedText ?? ''}
      </span>
    </div>
  );
}
