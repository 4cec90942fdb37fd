import { call } from '../api/spine';
import { useAsync } from '../common/useAsync';

/** A study's series and label counts; the three-view viewer (issue 5) takes this place. */
export function StudyOverview({ studyId, onClose }: { studyId: number; onClose: () => void }) {
  const study = useAsync(() => call('getStudy', { studyId }), String(studyId));
  return (
    <section className="study-overview" aria-label="Study">
      <button type="button" onClick={onClose}>
        ← Worklist
      </button>
      {study.status === 'loading' && <p className="placeholder">Loading study…</p>}
      {study.status === 'error' && <p role="alert">Could not open the study: {study.error.message}</p>}
      {study.value && (
        <>
          <h2>Study {study.value.key}</h2>
          <table className="plain-table">
            <caption>Series</caption>
            <thead>
              <tr>
                <th scope="col">Series</th>
                <th scope="col">Role</th>
                <th scope="col">Description</th>
                <th scope="col">Slices</th>
              </tr>
            </thead>
            <tbody>
              {study.value.series.map((s) => (
                <tr key={s.id}>
                  <td>{s.key}</td>
                  <td>{s.role ?? 'unknown'}</td>
                  <td>{s.description ?? '–'}</td>
                  <td>{s.instances.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
