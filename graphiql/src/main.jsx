import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './style.css';

import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { capturingFetcher } from './sql-store.js';
import { SqlFooter, SqlIcon, SqlPanel } from './sql-panel.jsx';
import { exampleTabs } from './examples.js';

// Spring's /graphiql handler adds ?path=/graphql (and wsPath once WebSocket is on).
const params = new URLSearchParams(window.location.search);
const path = params.get('path') || '/graphql';
const wsPath = params.get('wsPath') || path;
const origin = new URL(path, window.location.href);
const wsUrl = `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}${wsPath}`;

const fetcher = capturingFetcher(
  createGraphiQLFetcher({
    url: origin.href,
    subscriptionUrl: wsUrl,
    // The server answers plain JSON (no @defer/@stream): one response per operation, which the SQL panel reads.
    enableIncrementalDelivery: false,
  }),
);
const sqlPlugin = { title: 'SQL', icon: SqlIcon, content: SqlPanel };
const plugins = [sqlPlugin, explorerPlugin()];

function Explorer() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin={sqlPlugin}
      defaultTabs={exampleTabs}
      defaultEditorToolsVisibility
    >
      <GraphiQL.Footer>
        <SqlFooter />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')).render(<Explorer />);
