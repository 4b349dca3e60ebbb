# Sourced by ./sextant, ./test and .ci/run: sets JAVA_HOME to a JDK 25 or newer.
# Order: JAVA_HOME if it is 25+, else the newest 25+ JDK in the usual install folders, else a clear error.

sextant_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -version 2>&1 | awk -F'"' '/version/ { v = $2; sub(/^1\./, "", v); split(v, p, "[.+-]"); print p[1]; exit }'
}

sextant_find_jdk() {
  local need=25 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(sextant_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$need" ]; then
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(sextant_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$need" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "sextant: needs a JDK $need or newer, and found none." >&2
    echo "  JAVA_HOME is '${JAVA_HOME:-unset}'; searched /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks and" >&2
    echo "  /Library/Java/JavaVirtualMachines. Install one (e.g. Temurin 25 from https://adoptium.net) or point" >&2
    echo "  JAVA_HOME at it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
