import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Only ioredis needs Node built-ins; keep it out of the bundle.
  serverExternalPackages: ['ioredis'],
};

export default nextConfig;
