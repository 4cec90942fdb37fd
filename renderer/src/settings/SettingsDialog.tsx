import { useState } from 'react';
import type { AppInfo, OverlayDefaults, Settings, WindowPreset } from '../../../electron/common/contract';
import { call } from '../api/spine';
import { useModalDialog } from '../common/useModalDialog';

interface Props {
  open: boolean;
  settings: Settings | null;
  /** What the About section shows (version, workspace file, decoders). */
  info: AppInfo | null;
  onClose: () => void;
  onSaved: (settings: Settings) => void;
}

const OVERLAY_LABELS: Record<keyof OverlayDefaults, string> = {
  points: 'Labelled points',
  aiBoxes: 'AI boxes and points',
  referenceLines: 'Reference lines',
  axialLevels: 'Axial slice levels on the sagittal views',
};

/**
 * Reader name (written to the audit), window presets and overlay defaults, saved in the workspace;
 * below them what this installation is (for support: version, workspace file, JPEG 2000 decoder).
 */
export function SettingsDialog({ open, settings, info, onClose, onSaved }: Props) {
  const ref = useModalDialog(open);
  const [draft, setDraft] = useState<Settings | null>(settings);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState({ open, settings });
  if (seen.open !== open || seen.settings !== settings) {
    // Each opening starts from the stored settings (state reset during render, the React-recommended way).
    setSeen({ open, settings });
    setDraft(settings);
    setError(null);
  }

  const setPreset = (index: number, patch: Partial<WindowPreset>): void =>
    setDraft((d) => (d ? { ...d, windowPresets: d.windowPresets.map((p, i) => (i === index ? { ...p, ...patch } : p)) } : d));

  const save = async (): Promise<void> => {
    if (!draft) return;
    try {
      const saved = await call('settings:set', {
        reader: draft.reader,
        windowPresets: draft.windowPresets,
        overlays: draft.overlays,
        blindedFirstRead: draft.blindedFirstRead,
      });
      onSaved(saved);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <dialog ref={ref} className="dialog settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="settings-title">Settings</h2>
        <button type="button" onClick={onClose} aria-label="Close settings">
          ✕
        </button>
      </header>
      {!draft ? (
        <p className="muted">Loading…</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="field">
            <span>Reader name (written to the audit with every change)</span>
            <input
              type="text"
              required
              maxLength={80}
              value={draft.reader}
              onChange={(e) => setDraft({ ...draft, reader: e.target.value })}
            />
          </label>
          <fieldset>
            <legend>Window presets</legend>
            <table className="preset-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Level (centre)</th>
                  <th scope="col">Width</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.windowPresets.map((p, i) => (
                  <tr key={i}>
                    <td>
                      <input
                        aria-label={`Preset ${i + 1} name`}
                        value={p.name}
                        maxLength={40}
                        required
                        onChange={(e) => setPreset(i, { name: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Preset ${i + 1} level`}
                        type="number"
                        value={p.center}
                        onChange={(e) => setPreset(i, { center: Number(e.target.value) })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Preset ${i + 1} width`}
                        type="number"
                        min={1}
                        required
                        value={p.width}
                        onChange={(e) => setPreset(i, { width: Number(e.target.value) })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={`Remove preset ${p.name}`}
                        onClick={() => setDraft({ ...draft, windowPresets: draft.windowPresets.filter((_, j) => j !== i) })}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              disabled={draft.windowPresets.length >= 20}
              onClick={() =>
                setDraft({ ...draft, windowPresets: [...draft.windowPresets, { name: 'New preset', center: 500, width: 1000 }] })
              }
            >
              Add preset
            </button>
            <p className="muted">Each view also offers the windows stored in its images and their full range.</p>
          </fieldset>
          <fieldset>
            <legend>Overlays shown when a study opens</legend>
            {(Object.keys(OVERLAY_LABELS) as (keyof OverlayDefaults)[]).map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={draft.overlays[k]}
                  onChange={(e) => setDraft({ ...draft, overlays: { ...draft.overlays, [k]: e.target.checked } })}
                />
                {OVERLAY_LABELS[k]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Reading</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.blindedFirstRead}
                onChange={(e) => setDraft({ ...draft, blindedFirstRead: e.target.checked })}
              />
              Blinded first read: hide the AI in a study until I commit my grades
            </label>
            <p className="muted">
              Your committed grades are kept beside your later ones, so the Quality screen can show how often readers move to the AI
              (automation bias).
            </p>
          </fieldset>
          {info && (
            <section className="about" aria-labelledby="about-title">
              <h3 id="about-title">About this workstation</h3>
              <dl>
                <dt>Version</dt>
                <dd>{info.version}</dd>
                <dt>Workspace</dt>
                <dd className="path">{info.databasePath}</dd>
                <dt>Platform</dt>
                <dd>{info.platform}</dd>
                <dt>JPEG 2000 decoder</dt>
                <dd>{info.jpeg2000Decoder}</dd>
              </dl>
            </section>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
