# One image for every service: `wirefeed service NAME` picks the part to run.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY services ./services
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
RUN mkdir -p /data /config && chown node:node /data /config
USER node
ENTRYPOINT ["node", "packages/cli/src/bin.ts"]
CMD ["start"]
