import { useRef } from 'react';

export interface Section<K extends string> {
  readonly id: K;
  readonly title: string;
}

interface Props<K extends string> {
  label: string;
  sections: readonly Section<K>[];
  current: K;
  onSelect: (id: K) => void;
}

/**
 * WAI-ARIA tabs (APG "Tabs with automatic activation"): one tab stop, arrow keys move between
 * tabs and show each, Home / End jump to the first / last.
 */
export function SectionTabs<K extends string>({ label, sections, current, onSelect }: Props<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  const move = (index: number): void => {
    const count = sections.length;
    const next = sections[((index % count) + count) % count];
    if (!next) return;
    onSelect(next.id);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus());
  };
  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      className="section-tabs"
      onKeyDown={(e) => {
        const at = sections.findIndex((s) => s.id === current);
        const steps: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: sections.length - 1 };
        const target = steps[e.key];
        if (target === undefined) return;
        e.preventDefault();
        move(target);
      }}
    >
      {sections.map((s) => (
        <button
          key={s.id}
          id={`tab-${s.id}`}
          type="button"
          role="tab"
          aria-selected={s.id === current}
          aria-controls={s.id === current ? `panel-${s.id}` : undefined}
          tabIndex={s.id === current ? 0 : -1}
          className="section-tab"
          onClick={() => onSelect(s.id)}
        >
          {s.title}
        </button>
      ))}
    </div>
  );
}
