# One image for every service: `wirefeed service NAME` picks the part to run (default: `start`, all of it).
# Base image pinned to an exact version (the Node the repository runs on; see the `node` devDependency).
# To pin by digest as well, build with --build-arg NODE_IMAGE=node:24.21.0-bookworm-slim@sha256:…
ARG NODE_IMAGE=node:24.21.0-bookworm-slim
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app

# Manifests first, then `npm ci`: an edit to the sources keeps the dependency layer.
# Every workspace's package.json is listed but packages/testing, the test fixtures, which stay out of the
# image (test/compose.test.ts checks both).
COPY package.json package-lock.json ./
COPY packages/cli/package.json packages/cli/
COPY packages/core/package.json packages/core/
COPY packages/dedup/package.json packages/dedup/
COPY packages/enrich/package.json packages/enrich/
COPY packages/feeds/package.json packages/feeds/
COPY packages/http/package.json packages/http/
COPY packages/normalize/package.json packages/normalize/
COPY packages/sinks/package.json packages/sinks/
COPY packages/story-index/package.json packages/story-index/
COPY services/dashboard/package.json services/dashboard/
COPY services/deduplicator/package.json services/deduplicator/
COPY services/deliverer/package.json services/deliverer/
COPY services/enricher/package.json services/enricher/
COPY services/fetcher/package.json services/fetcher/
COPY services/normalizer/package.json services/normalizer/
COPY services/scheduler/package.json services/scheduler/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# Then the sources (tests, scripts and bench are left out by .dockerignore), and the sample feed that
# feeds.yaml subscribes to, so a first `docker compose up` delivers stories.
COPY packages ./packages
COPY services ./services
COPY samples ./samples
COPY feeds.yaml ./feeds.yaml
RUN mkdir -p /data /config && chown node:node /data /config
USER node

# Ready when Redis answers and every worker runs: `service NAME` serves /readyz on WIREFEED_HEALTH_PORT,
# `start` and the dashboard on WIREFEED_DASHBOARD_PORT.
ENV WIREFEED_HEALTH_PORT=8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const ports=[process.env.WIREFEED_HEALTH_PORT||'8080',process.env.WIREFEED_DASHBOARD_PORT||'3000'];const probe=(i)=>i>=ports.length?process.exit(1):fetch('http://127.0.0.1:'+ports[i]+'/readyz').then((r)=>process.exit(r.ok?0:1),()=>probe(i+1));probe(0)"]

ENTRYPOINT ["node", "packages/cli/src/bin.ts"]
CMD ["start"]
