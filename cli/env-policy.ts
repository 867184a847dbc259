import { usageError } from './errors';

/*
 * Which of a secret's variables `open --exec` passes to the command and
 * `open --env-file` writes (security review F-03). The values of a `.env`
 * secret are meant to be data: credentials, URLs, settings. Some variable
 * names are not data to the programs that read them: they make a program
 * load or run code, pick which binary runs, or stop checking TLS. A sender
 * who can set them runs code on the recipient's machine, so they are refused
 * unless the recipient names them with `--allow-env NAME`.
 *
 * Refused, by what they control:
 * - loaders and interpreters: NODE_* (but NODE_ENV, a plain setting by
 *   convention), LD_*, DYLD_*, PYTHON*, PERL*, RUBY*, GEM_*, BUNDLE_*, LUA_*,
 *   TCL*, JAVA_TOOL_OPTIONS and the other JVM option variables, CLASSPATH,
 *   DOTNET_*, COR_* / CORECLR_* (profilers), PHPRC, R_*, ERL_*, ELECTRON_*,
 *   GCONV_PATH, GLIBC_TUNABLES;
 * - package managers and build tools, which run scripts or fetch code:
 *   npm_config_*, YARN_*, COREPACK_*, CARGO_*, RUSTC*, GOFLAGS and the Go
 *   toolchain variables, CGO_*, CC, CXX, MAKEFLAGS;
 * - shells: BASH_ENV, ENV, BASH_FUNC_*, BASHOPTS, SHELLOPTS, PS0-PS4,
 *   PROMPT_COMMAND, IFS, CDPATH, GLOBIGNORE, ZDOTDIR, FPATH;
 * - the command search path and commands other programs run: PATH, SHELL,
 *   EDITOR, VISUAL, PAGER, MANPAGER, BROWSER, LESSOPEN, LESSCLOSE, GIT_*,
 *   SSH_ASKPASS, SUDO_ASKPASS;
 * - where configuration (which can name commands) is found: HOME,
 *   XDG_CONFIG_HOME, XDG_CONFIG_DIRS;
 * - TLS trust: SSL_CERT_FILE, SSL_CERT_DIR, CURL_CA_BUNDLE, REQUESTS_CA_BUNDLE
 *   (NODE_EXTRA_CA_CERTS and NODE_TLS_REJECT_UNAUTHORIZED are NODE_*).
 * Names are compared ignoring case (npm reads NPM_CONFIG_* too; Windows
 * ignores case). Not refused: variables that only say where to connect
 * (DATABASE_URL, HTTP_PROXY, DOCKER_HOST): choosing where the recipient
 * connects is what such a secret is for, and it runs no code here.
 */

const EXACT = new Set(
  [
    'NODE_OPTIONS',
    'JAVA_TOOL_OPTIONS',
    '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'JAVA_HOME',
    'CLASSPATH',
    'MAVEN_OPTS',
    'GRADLE_OPTS',
    'SBT_OPTS',
    'ANT_OPTS',
    'PHPRC',
    'PHP_INI_SCAN_DIR',
    'GCONV_PATH',
    'GLIBC_TUNABLES',
    'GOFLAGS',
    'GOROOT',
    'GOPATH',
    'GOBIN',
    'GOENV',
    'GOPROXY',
    'GOSUMDB',
    'GONOSUMDB',
    'GONOSUMCHECK',
    'GOPRIVATE',
    'GONOPROXY',
    'GOINSECURE',
    'GOTOOLCHAIN',
    'GOEXPERIMENT',
    'CC',
    'CXX',
    'CPP',
    'LD',
    'MAKEFLAGS',
    'MFLAGS',
    'BASH_ENV',
    'ENV',
    'BASHOPTS',
    'SHELLOPTS',
    'BASH_XTRACEFD',
    'PROMPT_COMMAND',
    'IFS',
    'CDPATH',
    'GLOBIGNORE',
    'ZDOTDIR',
    'FPATH',
    'PATH',
    'SHELL',
    'EDITOR',
    'VISUAL',
    'PAGER',
    'MANPAGER',
    'BROWSER',
    'LESSOPEN',
    'LESSCLOSE',
    'SSH_ASKPASS',
    'SUDO_ASKPASS',
    'HOME',
    'XDG_CONFIG_HOME',
    'XDG_CONFIG_DIRS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'CURL_CA_BUNDLE',
    'REQUESTS_CA_BUNDLE',
  ].map((name) => name.toUpperCase()),
);

const PREFIXES = [
  'NODE_',
  'LD_',
  'DYLD_',
  'PYTHON',
  'PERL',
  'RUBY',
  'GEM_',
  'BUNDLE_',
  'LUA_',
  'TCL',
  'DOTNET_',
  'COR_',
  'CORECLR_',
  'R_',
  'ERL_',
  'ELIXIR_ERL_OPTIONS',
  'ELECTRON_',
  'NPM_CONFIG_',
  'YARN_',
  'COREPACK_',
  'CARGO_',
  'RUSTC',
  'RUSTDOC',
  'CGO_',
  'GIT_',
  'BASH_FUNC_',
];

/** Names that look like a refused prefix but are plain settings. */
const EXEMPT = new Set(['NODE_ENV']);

const PROMPTS = /^PS[0-4]$/;

/**
 * True when a variable of this name, set by a secret, could make a program
 * load or run code (see the list above).
 */
export function isRefusedEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  if (EXEMPT.has(upper)) return false;
  return EXACT.has(upper) || PROMPTS.test(upper) || PREFIXES.some((prefix) => upper.startsWith(prefix));
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks the names given with `--allow-env`.
 * @throws CliError (usage) for one that is not a variable name
 */
export function allowedEnvNames(names: readonly string[] | undefined): ReadonlySet<string> {
  for (const name of names ?? []) {
    if (!NAME.test(name)) throw usageError(`--allow-env needs a variable name, e.g. NODE_OPTIONS (got "${name}")`);
  }
  return new Set(names ?? []);
}

/**
 * The secret's variable names that are refused and not allowed by
 * `--allow-env` (compared exactly: the recipient names what they saw).
 */
export function refusedEnvNames(names: Iterable<string>, allowed: ReadonlySet<string>): string[] {
  return [...new Set(names)].filter((name) => isRefusedEnvName(name) && !allowed.has(name));
}
