import { useModalDialog } from '../common/useModalDialog';
import { SHORTCUT_GROUPS } from './shortcuts';

/** The `?` dialog: every shortcut of the app, from the one table. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} aria-label="Close shortcuts">
          ✕
        </button>
      </header>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <table className="shortcut-table">
              <tbody>
                {group.shortcuts.map((s) => (
                  <tr key={s.action}>
                    <th scope="row">
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="muted"> / </span>}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </th>
                    <td>{s.action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  );
}
