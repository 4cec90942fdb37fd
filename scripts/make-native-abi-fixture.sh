#!/usr/bin/env bash
# Test fixture for issue 13 (gitignored): better-sqlite3 built for ANOTHER module ABI than this
# Node's, so the native-module check is tested with a real wrong-ABI load. It is built with node-gyp
# against Debian's Node 18 headers (libnode-dev, NODE_MODULE_VERSION 108) from a copy of the
# installed package; node_modules is not touched.
#
# The headers are taken from libnode-dev when it is installed; otherwise its .deb is fetched with
# `apt-get download` and unpacked into .cache/ (no install: on a machine with NodeSource's nodejs,
# as here and in CI, libnode-dev cannot be installed beside it).
set -euo pipefail
cd "$(dirname "$0")/.."

out=test/fixtures/native
target="$out/better_sqlite3.node18.node"
if [ -f "$target" ]; then
  echo "native ABI fixture: $target exists"
  exit 0
fi

if dpkg-query -W -f='${Status} ${Version}' libnode-dev 2>/dev/null | grep -q "install ok installed 18\."; then
  nodedir=/usr
else
  cache=.cache/libnode-dev
  nodedir="$cache/root/usr"
  if [ ! -f "$nodedir/include/node/common.gypi" ]; then
    mkdir -p "$cache"
    rm -f "$cache"/libnode-dev_*.deb
    if ! (cd "$cache" && apt-get download libnode-dev 2>/dev/null); then
      SUDO=""
      [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      $SUDO apt-get update -qq
      (cd "$cache" && apt-get download libnode-dev 2>/dev/null)
    fi
    dpkg-deb -x "$cache"/libnode-dev_*.deb "$cache/root"
  fi
fi
nodedir="$(cd "$nodedir" && pwd)"
grep -q '#define NODE_MAJOR_VERSION 18' "$nodedir/include/node/node_version.h" || {
  echo "make-native-abi-fixture: $nodedir/include/node is not Node 18's headers" >&2
  exit 1
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r node_modules/better-sqlite3/. "$work/"
rm -rf "$work/build"
# --nodedir: node-gyp reads common.gypi and config.gypi from <nodedir>/include/node and compiles
# against those headers (not the running Node's), so NODE_MODULE_VERSION is 18's.
# npm exports its own nodedir setting (this machine's npmrc: nodedir=/usr, Node 20's headers) as
# npm_config_nodedir to every script, and node-gyp prefers it to --nodedir: drop it for this build.
(cd "$work" && env -u npm_config_nodedir -u NPM_CONFIG_NODEDIR node "$OLDPWD/node_modules/node-gyp/bin/node-gyp.js" rebuild --release --nodedir="$nodedir" --jobs=2 >"$work.log" 2>&1) || {
  cat "$work.log" >&2
  rm -f "$work.log"
  exit 1
}
rm -f "$work.log"
# The point of the fixture is its ABI: refuse a build that is not Node 18's.
grep -aq 'node_register_module_v108' "$work/build/Release/better_sqlite3.node" || {
  echo "make-native-abi-fixture: the build is not for ABI 108 (node-gyp used other headers than $nodedir)" >&2
  exit 1
}
mkdir -p "$out"
cp "$work/build/Release/better_sqlite3.node" "$target"
echo "native ABI fixture: $target (better-sqlite3 for Node 18, ABI 108)"
