// PostGraphile v5 as bench/run.sh starts it: the Amber preset over one database, production
// settings, and N worker processes under node:cluster sharing one port (v5 has no cluster flag;
// Node.js runs JavaScript on one core per process, so a fair run gives it one worker per core).
//
//   DATABASE_URL=postgres://... PORT=15001 WORKERS=2 POOL_SIZE=5 GRAPHILE_ENV=production \
//     node_modules/.bin/node server.mjs
//
// POOL_SIZE is per worker (the runner divides its pool size by WORKERS, so that every contender
// holds the same number of database connections in all).
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

const workers = Number(process.env.WORKERS || availableParallelism());
const port = Number(process.env.PORT || 15001);

if (cluster.isPrimary) {
	let stopping = false;
	for (let i = 0; i < workers; i++) cluster.fork();
	cluster.on("exit", (worker, code) => {
		if (!stopping) {
			console.error(`worker ${worker.process.pid} exited (${code}): stopping`);
			stop(1);
		}
	});
	const stop = (code) => {
		stopping = true;
		for (const worker of Object.values(cluster.workers)) worker.kill();
		setTimeout(() => process.exit(code), 200).unref();
	};
	process.on("SIGTERM", () => stop(0));
	process.on("SIGINT", () => stop(0));
	console.log(`PostGraphile v5: ${workers} workers on port ${port}`);
} else {
	// A worker whose primary went away stops too.
	process.on("disconnect", () => process.exit(0));
	const { postgraphile } = await import("postgraphile");
	const { grafserv } = await import("postgraphile/grafserv/node");
	const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
	const { makePgService } = await import("postgraphile/adaptors/pg");
	const preset = {
		extends: [PostGraphileAmberPreset],
		pgServices: [
			makePgService({
				connectionString: process.env.DATABASE_URL,
				schemas: ["public", "bench"],
				poolConfig: { max: Number(process.env.POOL_SIZE || 10) },
			}),
		],
		// Reads only, as the v4 reference (--disable-default-mutations).
		schema: { defaultBehavior: "-insert -update -delete", pgForbidSetofFunctionsToReturnNull: true },
		grafserv: { graphiql: false, graphiqlOnGraphQLGET: false, watch: false },
		grafast: { explain: false },
	};
	const pgl = postgraphile(preset);
	const serv = pgl.createServ(grafserv);
	const server = createServer();
	server.on("error", (e) => {
		console.error(e);
		process.exit(1);
	});
	await serv.addTo(server);
	server.listen(port, "127.0.0.1");
}
