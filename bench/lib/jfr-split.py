"""Splits the CPU samples of a JFR recording by layer, for docs/benchmarks.md's time split.

    jfr print --events jdk.ExecutionSample --stack-depth 96 rec.jfr | python3 jfr-split.py [THREAD_REGEX]
    jfr print --events jdk.ObjectAllocationSample --stack-depth 96 rec.jfr | python3 jfr-split.py   # bytes allocated

Only samples of request threads count (default: Tomcat's `http-nio-*-exec-*` and the GraphQL executions' `graphql-execution-*`), so start-up and
background threads stay out. Each sample goes to the layer of its topmost frame outside the JDK
(java.*, jdk.*, sun.*): a HashMap.put inside graphql-java is graphql-java's time, a socket write
inside Tomcat is Tomcat's. Prints each layer's share and the top methods of graphql-java."""
import collections
import re
import sys

LAYERS = [
    ("SQL client: pgjdbc, Hikari, Spring JDBC/Data", ("org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc.",
                                                     "org.springframework.data.")),
    ("JSON writing (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("DataLoader dispatch (java-dataloader)", ("org.dataloader.",)),
    ("graphql-java: parse/validate", ("graphql.parser.", "graphql.validation.", "graphql.language.")),
    ("graphql-java: instrumentation", ("graphql.execution.instrumentation.",)),
    ("graphql-java: execution (fields, values, paths)", ("graphql.",)),
    ("Spring for GraphQL adapters, context propagation, Reactor", ("org.springframework.graphql.", "io.micrometer.",
                                                                    "reactor.", "org.springframework.core.",
                                                                    "org.springframework.aop.", "org.springframework.cglib.")),
    ("class loading (Spring Boot's nested-jar loader)", ("org.springframework.boot.loader.",)),
    ("Spring MVC, Security filters, servlet", ("org.springframework.web.", "org.springframework.security.",
                                               "org.springframework.boot.", "jakarta.servlet.", "org.springframework.")),
    ("Tomcat (HTTP, sockets)", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("Inkwell's own code (resolvers, repositories, ids)", ("dev.inkwell.",)),
]
JDK = ("java.", "jdk.", "sun.", "javax.")


def layer(frames):
    for frame in frames:
        if frame.startswith(JDK):
            continue
        for name, prefixes in LAYERS:
            if frame.startswith(prefixes):
                return name
        return "other libraries"
    return "JDK only (no library frame in the stack)"


UNITS = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}


def samples(stream, thread_re):
    """(frames, weight) of each event of the wanted threads: weight 1 per execution sample, the
    sampled bytes for allocation samples."""
    thread, frames, in_stack, weight, seen = None, [], False, 1, set()
    for line in stream:
        line = line.strip()
        if line.startswith(("jdk.ExecutionSample", "jdk.ObjectAllocationSample")):
            thread, frames, in_stack, weight = None, [], False, 1
        elif line.startswith(("sampledThread", "eventThread")):
            m = re.search(r'"([^"]*)"', line)
            thread = m.group(1) if m else ""
        elif line.startswith("weight = "):
            number, _, unit = line[len("weight = "):].partition(" ")
            weight = float(number.replace(",", "")) * UNITS.get(unit, 1)
        elif line.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and line == "]":
            in_stack = False
            # A thread's first allocation sample weighs all it allocated before the recording began.
            first = weight != 1 and thread not in seen
            seen.add(thread)
            if thread is not None and thread_re.search(thread) and not first:
                yield frames, weight
        elif in_stack and line != "...":
            frames.append(line.split("(")[0])


def main():
    thread_re = re.compile(sys.argv[1] if len(sys.argv) > 1 else r"^(http-nio-\d+-exec-|graphql-execution-)")
    layers, graphql_top, total = collections.Counter(), collections.Counter(), 0
    for frames, weight in samples(sys.stdin, thread_re):
        total += weight
        name = layer(frames)
        layers[name] += weight
        if name.startswith("graphql-java"):
            top = next(f for f in frames if not f.startswith(JDK))
            graphql_top[top] += weight
    print(f"request-thread samples (weight): {total:,.0f}")
    for name, n in layers.most_common():
        print(f"{100 * n / total:5.1f} %  {n:14,.0f}  {name}")
    print("\ngraphql-java, topmost graphql frame (self time with the JDK calls it makes):")
    for frame, n in graphql_top.most_common(15):
        print(f"{100 * n / total:5.1f} %  {frame}")


if __name__ == "__main__":
    main()
