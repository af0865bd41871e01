import { useSyncExternalStore } from 'react';
import { format } from 'sql-formatter';
import { sqlStore } from './sql-store.js';

function useLatestSql() {
  return useSyncExternalStore(sqlStore.subscribe, sqlStore.latest);
}

function formatted(sql) {
  try {
    return format(sql, { language: 'postgresql', paramTypes: { positional: true }, keywordCase: 'lower' });
  } catch {
    return sql; // A statement the formatter does not know is shown as it ran.
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function ExplainToggle() {
  const explain = useSyncExternalStore(sqlStore.subscribe, sqlStore.explain);
  return (
    <label className="inkwell-sql-explain">
      <input
        type="checkbox"
        checked={explain}
        data-testid="sql-explain"
        onChange={(event) => sqlStore.setExplain(event.target.checked)}
      />
      Ask for plans (<code>X-Inkwell-Explain: true</code>, runs EXPLAIN (ANALYZE, BUFFERS)); run the query again
    </label>
  );
}

function Statement({ statement, index }) {
  return (
    <li className="inkwell-sql-statement" data-testid="sql-statement">
      <div className="inkwell-sql-meta">
        <strong>#{index + 1}</strong> · {statement.ms} ms · {plural(statement.rows, 'row')}
      </div>
      <pre className="inkwell-sql-text">{formatted(statement.sql)}</pre>
      {statement.plan && (
        <details className="inkwell-sql-plan">
          <summary>Plan</summary>
          <pre>{statement.plan}</pre>
        </details>
      )}
    </li>
  );
}

/** The SQL plugin's pane: count, total time, each statement formatted, plans when asked for. */
export function SqlPanel() {
  const sql = useLatestSql();
  return (
    <div className="inkwell-sql">
      <div className="graphiql-doc-explorer-title">SQL</div>
      <ExplainToggle />
      {!sql && <p>Run an operation: the SQL statements it ran appear here.</p>}
      {sql?.missing && (
        <p>
          The last response carried no <code>extensions.sql</code>: SQL capture is off on this server
          (<code>inkwell.debug.sql</code>).
        </p>
      )}
      {sql && !sql.missing && (
        <>
          <p className="inkwell-sql-summary" data-testid="sql-summary">
            <span data-testid="sql-count">{sql.count}</span> {sql.count === 1 ? 'statement' : 'statements'} ·{' '}
            {sql.totalMs} ms in total
          </p>
          <ol className="inkwell-sql-list">
            {sql.statements.map((statement, index) => (
              <Statement key={index} statement={statement} index={index} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** One line under the result: what the last response cost in SQL. */
export function SqlFooter() {
  const sql = useLatestSql();
  if (!sql || sql.missing) {
    return null;
  }
  return (
    <div className="inkwell-sql-footer" data-testid="sql-footer">
      SQL: {plural(sql.count, 'statement')} · {sql.totalMs} ms (open the SQL panel on the left for each statement)
    </div>
  );
}

export function SqlIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <ellipse cx="12" cy="5" rx="8" ry="3" />
      <path d="M4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5" />
      <path d="M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
    </svg>
  );
}
