import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, StudySummary } from '../../../electron/common/contract';
import type { Location } from '../../../electron/common/vocabulary';
import { call } from '../api/spine';
import { useAsync } from '../common/useAsync';
import { JobStrip } from '../jobs/JobStrip';
import { QualityScreen } from '../quality/QualityScreen';
import type { WorklistView } from '../quality/run/RunAiPanel';
import { SettingsDialog } from '../settings/SettingsDialog';
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog';
import { ViewerScreen } from '../viewer/ViewerScreen';
import { Worklist } from '../worklist/Worklist';
import { OpenStudyContext, type OpenStudyAt } from './openStudyContext';
import { ScreenNav, type Screen } from './ScreenNav';
import { useScreenKeys } from './useScreenKeys';
import { useWorkspaceActions } from './useWorkspaceActions';

interface Open {
  readonly study: StudySummary;
  /** The worklist as it was when the study was opened: "next" follows it. */
  readonly list: readonly StudySummary[];
  /** The cell to show first (opened from the Quality screen); else the grid's first. */
  readonly cell?: Location;
}

export function App() {
  const info = useAsync(() => call('app:info', {}), 'info');
  const loaded = useAsync(() => call('settings:get', {}), 'settings');
  const [saved, setSaved] = useState<Settings | null>(null);
  const settings = saved ?? loaded.value;
  const actions = useWorkspaceActions();
  const [open, setOpen] = useState<Open | null>(null);
  const [help, setHelp] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [worklistRevision, setWorklistRevision] = useState(0);
  const [screen, setScreen] = useState<Screen>('review');
  const [worklistView, setWorklistView] = useState<WorklistView | null>(null);
  const onListChange = useCallback((studies: readonly StudySummary[], filtered: boolean) => setWorklistView({ studies, filtered }), []);
  useScreenKeys(setScreen);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '?' || (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
      event.preventDefault();
      setHelp(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Where the open study was opened from: closing it goes back there.
  const openedFrom = useRef<Screen>('review');
  const close = useCallback(() => {
    setOpen(null);
    setScreen(openedFrom.current);
    openedFrom.current = 'review';
    setWorklistRevision((r) => r + 1);
  }, []);
  const studies = worklistView?.studies;
  const { report } = actions;
  const openStudyAt = useCallback<OpenStudyAt>(
    (studyId, cell) => {
      const known = studies?.find((s) => s.id === studyId);
      (known ? Promise.resolve(known) : call('studies:list', {}).then((all) => all.find((s) => s.id === studyId)))
        .then((study) => {
          if (!study) throw new Error(`study ${studyId} is no longer in this workspace`);
          openedFrom.current = screen;
          setOpen({ study, list: [study], cell });
          setScreen('review');
        })
        .catch(report);
    },
    [studies, screen, report],
  );
  const index = open ? open.list.findIndex((s) => s.id === open.study.id) : -1;
  const next = open && index >= 0 ? open.list[index + 1] : undefined;

  const buttons = (
    <>
      <button type="button" onClick={actions.indexFolder}>
        Index folder…
      </button>
      <button type="button" onClick={actions.importLabels}>
        Import RSNA labels…
      </button>
    </>
  );

  return (
    <div className="app">
      <header className="top-bar">
        <h1 className="app-title">Spine Review</h1>
        <ScreenNav current={screen} onSelect={setScreen} />
        <nav className="top-actions" aria-label="Workspace">
          {buttons}
          <button type="button" onClick={actions.exportLabels}>
            Export labels…
          </button>
        </nav>
        <span className="workspace-info" title={info.value?.databasePath}>
          {settings ? `Reader: ${settings.reader}` : ''}
        </span>
        <button type="button" onClick={() => setSettingsOpen(true)}>
          Settings
        </button>
        <button type="button" onClick={() => setHelp(true)} aria-keyshortcuts="?" aria-label="Keyboard shortcuts">
          ?
        </button>
      </header>
      {actions.error && (
        <div role="alert" className="error-banner">
          {actions.error}
          <button type="button" aria-label="Dismiss error" onClick={actions.clearError}>
            ✕
          </button>
        </div>
      )}
      <JobStrip />
      <main className="main">
        <Worklist
          blinded={settings?.blindedFirstRead ?? false}
          hidden={open !== null || screen !== 'review'}
          revision={worklistRevision}
          onListChange={onListChange}
          onOpen={(study, list) => {
            // User Timing mark for bench/viewer.bench.ts: a study asked for (to its first image).
            performance.mark('spine:study-open');
            setOpen({ study, list });
          }}
          emptyActions={buttons}
        />
        {screen === 'review' && open && settings && (
          <ViewerScreen
            key={open.study.id}
            studyId={open.study.id}
            initialCell={open.cell}
            settings={settings}
            position={index >= 0 ? { index, total: open.list.length } : null}
            onClose={close}
            onNext={next ? () => setOpen({ study: next, list: open.list }) : null}
          />
        )}
        <OpenStudyContext.Provider value={openStudyAt}>
          <QualityScreen hidden={screen !== 'quality'} worklist={worklistView} />
        </OpenStudyContext.Provider>
      </main>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <SettingsDialog
        open={settingsOpen}
        settings={settings ?? null}
        info={info.value ?? null}
        onClose={() => setSettingsOpen(false)}
        onSaved={(next) => {
          setSaved(next);
          // The worklist's AI columns depend on the blinded-first-read setting.
          setWorklistRevision((r) => r + 1);
        }}
      />
    </div>
  );
}
