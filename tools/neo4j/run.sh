#!/usr/bin/env bash
# Starts the local Neo4j (see Neo4jLauncher.java): builds it with Maven the first time
# or after a change, then runs it in the foreground. Arguments go to the launcher.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
stamp=target/classpath.txt
if [ ! -f "$stamp" ] || [ pom.xml -nt "$stamp" ] || [ -n "$(find src -newer "$stamp" -name '*.java' -print -quit)" ]; then
  mvn -q -B -Dstyle.color=never compile dependency:build-classpath -Dmdep.outputFile="$stamp" >&2
  touch "$stamp"
fi
# NEO4J_HEAP (default 1g) sizes the JVM heap: one transaction holds all its changes there,
# so a large bulk import (the benchmark at 1000x) needs more.
exec java -Xms256m -Xmx"${NEO4J_HEAP:-1g}" -XX:+UseG1GC -cp "target/classes:$(cat "$stamp")" graph.tools.Neo4jLauncher "$@"
