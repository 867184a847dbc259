# Handoff's production image: `docker build -t handoff .`, then
# `docker run -p 3000:3000 -e REDIS_URL=redis://... handoff` (docs/deploy.md).
#
# It runs `node server.mjs`, a plain node:http server around the API adapter and
# Next's request handler (client address from the socket, graceful shutdown), so
# it does not use Next's `output: 'standalone'`, which replaces that server with
# its own.
#
# Debian slim (glibc) rather than Alpine (musl): the native packages that the
# build and the server load (Next's SWC, which also compiles next.config.ts at
# start-up, Tailwind's oxide, lightningcss) are then the same glibc builds that
# the tests run on (Debian), and Node.js builds for musl are only experimental
# in Node's own support tiers. Pinned to an exact Node release; override with
# --build-arg NODE_IMAGE=... (e.g. to pin a digest).
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- deps: every dependency, dev included, for the build --------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ---- build: .next/ (pages, assets, route handlers), dist-server/, dist-cli/ --
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# .next/cache is a build-time cache only: it does not go into the image.
RUN npm run build && rm -rf .next/cache

# ---- runtime: production dependencies and the build output only -----------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# HOSTNAME: server.mjs listens on $HOSTNAME, and Docker would otherwise set it to
# the container id, which binds one interface only (and not the loopback that the
# health check uses).

# A fresh production install (optional dependencies kept: Next's SWC binary
# compiles next.config.ts when the server starts; TypeScript is not needed).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# What `node server.mjs` loads: Next's build output (pages, assets, route
# handlers), the API adapter that server.mjs serves /api/* with (dist-server/,
# built by scripts/build-server.mjs), the CLI download (dist-cli/), the server
# and Next's config. .next/node_modules holds relative symlinks to
# ../../node_modules (the serverExternalPackages, i.e. ioredis), which resolve
# here. Everything stays owned by root: the app cannot rewrite its own code.
COPY --from=build /app/.next ./.next
COPY --from=build /app/dist-server ./dist-server
# The self-contained CLI and its SHA-256 (cli/build.mjs), served at /cli/handoff.mjs
# and on the /cli page, so recipients of links can run it without a clone.
COPY --from=build /app/dist-cli ./dist-cli
COPY --from=build /app/server.mjs /app/next.config.ts ./
# There is no public/ folder today; if one is added, copy it too:
# COPY --from=build /app/public ./public

# The `node` user of the base image, numerically so that Kubernetes'
# runAsNonRoot can verify it.
USER 1000:1000

EXPOSE 3000

# 200 while the store answers, 503 otherwise (no curl in slim images).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]

# server.mjs stops on SIGTERM: stops accepting, finishes in-flight requests for up
# to 10 s, closes the store. Exec form, so node is PID 1 and receives the signal.
STOPSIGNAL SIGTERM
CMD ["node", "server.mjs"]
