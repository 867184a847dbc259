import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Only ioredis needs Node built-ins; keep it out of the bundle.
  serverExternalPackages: ['ioredis'],
  // No next/image anywhere: the optimizer route would only fetch what a requester names (F-14).
  images: { unoptimized: true },
  // proxy.ts answers `/path/` itself, with the security headers Next's own redirect lacks (F-14).
  skipTrailingSlashRedirect: true,
};

export default nextConfig;
