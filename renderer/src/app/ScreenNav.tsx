export type Screen = 'review' | 'quality';

const SCREENS: readonly { id: Screen; title: string; keys: string }[] = [
  { id: 'review', title: 'Worklist', keys: 'Control+1' },
  { id: 'quality', title: 'Models & quality', keys: 'Control+2' },
];

/** The app's two screens in the top bar (the worklist, or the study opened from it; and Models & quality); the current one marked for assistive technology (aria-current). */
export function ScreenNav({ current, onSelect }: { current: Screen; onSelect: (screen: Screen) => void }) {
  return (
    <nav className="screen-nav" aria-label="Screens">
      {SCREENS.map((s) => (
        <button
          key={s.id}
          type="button"
          className="screen-link"
          aria-current={s.id === current ? 'page' : undefined}
          aria-keyshortcuts={s.keys}
          title={`${s.title} (${s.keys.replace('Control', 'Ctrl')})`}
          onClick={() => onSelect(s.id)}
        >
          {s.title}
        </button>
      ))}
    </nav>
  );
}
