// The SQL of the latest response (extensions.sql), shared by the fetcher and the panels.
let latest = null;
let explain = false;
const listeners = new Set();

function notify() {
  listeners.forEach((listener) => listener());
}

export const sqlStore = {
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  latest: () => latest,
  explain: () => explain,
  setExplain(value) {
    explain = value;
    notify();
  },
  received(result) {
    latest = result?.extensions?.sql ?? { missing: true };
    notify();
  },
};

/** Wraps a GraphiQL fetcher: adds X-Inkwell-Explain when plans are asked for, keeps each answer's SQL. */
export function capturingFetcher(fetcher) {
  return (params, options = {}) => {
    const headers = explain ? { ...options.headers, 'X-Inkwell-Explain': 'true' } : options.headers;
    const result = fetcher(params, { ...options, headers });
    // GraphiQL's own schema introspection is not what the developer ran: keep the panel as it is.
    if (params.operationName !== 'IntrospectionQuery' && result && typeof result.then === 'function') {
      return result.then((value) => {
        if (value && !(Symbol.asyncIterator in Object(value)) && typeof value.subscribe !== 'function') {
          sqlStore.received(value);
        }
        return value;
      });
    }
    return result;
  };
}
