package dev.inkwell.seed;

import java.util.List;

/**
 * The words generated text is made of. Content words are drawn with a skew (early ones
 * often, late ones rarely), so that search sees frequent and rare terms; fillers are stop
 * words that full-text search ignores, to make sentences read like sentences.
 */
final class SeedVocabulary {

	static final List<String> CONTENT_WORDS = List.of("postgres", "query", "index", "thread", "comment", "schema",
			"cache", "latency", "server", "client", "cursor", "trigger", "function", "table", "column", "database",
			"graph", "network", "memory", "pointer", "compiler", "runtime", "garbage", "collector", "kernel", "socket",
			"buffer", "stream", "pipeline", "container", "cluster", "replica", "shard", "partition", "vacuum",
			"planner", "optimizer", "statistics", "histogram", "bitmap", "heap", "btree", "hash", "lock", "mutex",
			"deadlock", "transaction", "isolation", "snapshot", "checkpoint", "journal", "backup", "restore",
			"migration", "rollback", "changeset", "resolver", "loader", "batch", "window", "lateral", "recursive",
			"keyset", "pagination", "connection", "pool", "timeout", "retry", "circuit", "breaker", "gateway", "proxy",
			"router", "endpoint", "payload", "header", "token", "session", "password", "encryption", "certificate",
			"signature", "compression", "serializer", "parser", "lexer", "grammar", "syntax", "semantics", "closure",
			"lambda", "record", "interface", "generic", "annotation", "reflection", "bytecode", "profiler",
			"flamegraph", "benchmark", "throughput", "percentile", "regression", "refactoring", "monolith",
			"microservice", "queue", "broker", "subscription", "websocket", "markdown", "renderer", "sanitizer",
			"template", "stylesheet", "browser", "keyboard", "terminal", "editor", "debugger", "linter", "formatter",
			"repository", "branch", "merge", "rebase", "commit", "release", "changelog", "deployment", "sandbox",
			"orchestrator", "scheduler", "daemon", "signal", "semaphore", "coroutine", "fiber", "actor", "mailbox",
			"supervisor", "telemetry", "tracing", "sampling", "alerting", "dashboard", "incident", "postmortem",
			"runbook", "oncall", "latte", "bicycle", "garden", "mountain", "harbor", "lantern", "violin", "meadow",
			"glacier", "compass");

	static final List<String> FILLERS = List.of("the", "a", "of", "to", "and", "in", "is", "it", "that", "we", "with",
			"for", "on", "this", "was", "but", "not", "our", "when", "then", "so", "just", "very", "how", "why", "what",
			"after", "before", "into", "over", "again", "still");

	static final List<String> FIRST_NAMES = List.of("ada", "alan", "barbara", "brian", "carol", "dennis", "edsger",
			"frances", "grace", "guido", "hedy", "ivan", "james", "joan", "ken", "linus", "margaret", "niklaus", "olga",
			"peter", "radia", "rob", "sophie", "tim", "ursula", "vint", "whitfield", "xavier", "yukihiro", "zaha",
			"bjarne", "anders");

	static final List<String> LAST_NAMES = List.of("lovelace", "turing", "liskov", "kernighan", "allen", "ritchie",
			"dijkstra", "hopper", "rossum", "lamarr", "sutherland", "gosling", "clarke", "thompson", "torvalds",
			"hamilton", "wirth", "ladyzhenskaya", "naur", "perlman", "pike", "wilson", "berners", "leguin", "cerf",
			"diffie", "leroy", "matsumoto", "hadid", "stroustrup", "hejlsberg", "knuth");

	private SeedVocabulary() {
	}

}
