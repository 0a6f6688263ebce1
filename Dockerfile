# syntax=docker/dockerfile:1
# Wirefold service image: one jar, subcommand chosen by the container command
# (docker-compose.yml runs "ingest /feeds", "processor" and "sink").

# --- build: the shaded launcher jar -----------------------------------------------------------
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY common/pom.xml common/
COPY ingest/pom.xml ingest/
COPY processor/pom.xml processor/
COPY sink/pom.xml sink/
COPY launcher/pom.xml launcher/
COPY common/src common/src
COPY ingest/src ingest/src
COPY processor/src processor/src
COPY sink/src sink/src
COPY launcher/src launcher/src
# Tests run in CI, not in the image build; the Maven cache mount keeps rebuilds fast.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -pl launcher -am package \
 && test -f launcher/target/wirefold.jar

# --- run: JRE only ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl serves the container health checks (GET /health/ready).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app wirefold \
 && mkdir -p /var/lib/wirefold/state /feeds \
 && chown -R wirefold /var/lib/wirefold
WORKDIR /app
COPY --from=build /src/launcher/target/wirefold.jar /app/wirefold.jar
USER wirefold
# Heap follows the container memory limit; die on OOM so the orchestrator restarts the service.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Metrics and health: ingest 9401, processor 9402, sink 9403.
EXPOSE 9401 9402 9403
ENTRYPOINT ["java", "-jar", "/app/wirefold.jar"]
