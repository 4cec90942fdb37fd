#!/usr/bin/env bash
# Writes the codec test fixtures to test/fixtures/codecs/ (gitignored): uncompressed sources made
# by scripts/makeCodecSources.ts, re-encoded by real encoders — dcmtk (dcmcjpeg, dcmcjpls,
# dcmcrle, dcmconv), gdcm (gdcmconv: JPEG 2000) and OpenJPH (ojph_compress: HTJ2K) — never by us.
# manifest.tsv lists each fixture: file, source, transfer syntax UID, tolerance against the source
# (0 = lossless, N = max abs error N, psnrN = lossy, PSNR >= N dB) and, for lossy ones, the
# decode of an independent native decoder (dcmdjpeg, gdcmconv --raw, ojph_expand) to compare with,
# and how far ours may differ from it (referenceTolerance, max abs difference).
# Idempotent: does nothing when the stamp matches the generator files; else rebuilds all.
set -euo pipefail
cd "$(dirname "$0")/.."

out=test/fixtures/codecs
# Test files run in parallel and each makes sure the fixtures exist: one builds, the others wait.
exec 9>"${TMPDIR:-/tmp}/spine-review-codec-fixtures-$(pwd | sha256sum | cut -c1-12).lock"
flock 9
generators=(scripts/make-codec-fixtures.sh scripts/makeCodecSources.ts scripts/wrapCodestream.ts test/support/codecSources.ts)
stamp="$(cat "${generators[@]}" | sha256sum | cut -c1-16)"
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ]; then
  echo "codec fixtures up to date ($out)"
  exit 0
fi
for tool in dcmcjpeg dcmcjpls dcmcrle dcmconv gdcmconv ojph_compress; do
  command -v "$tool" >/dev/null || { echo "make-codec-fixtures: $tool not found (apt: dcmtk, libgdcm-tools, openjph-tools)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/codec-fixtures.XXXXXX")"
trap 'rm -rf "$work"' EXIT
src="$work/source"
npx tsx scripts/makeCodecSources.ts "$src" >/dev/null
manifest="$work/manifest.tsv"
printf 'file\tsource\ttransferSyntax\ttolerance\treference\treferenceTolerance\n' >"$manifest"

# encode NAME SOURCE TS TOLERANCE COMMAND... : runs COMMAND with IN and OUT appended.
encode() {
  local name=$1 source=$2 ts=$3 tolerance=$4; shift 4
  local out="$source.$name.dcm" reference=""
  "$@" "$src/$source.dcm" "$work/$out" >"$work/log" 2>&1 || { cat "$work/log" >&2; echo "make-codec-fixtures: $* failed on $source" >&2; exit 1; }
  # How far ours may be from the native decode: none. libjpeg-turbo (WASM) matches dcmdjpeg's
  # IJG 6b, dcmjs-codecs' IJG matches it too, CharLS (WASM) matches dcmdjpls' CharLS, and the
  # OpenJPEG WASM build matches gdcm's OpenJPEG.
  local referenceTolerance=""
  case "$ts" in
    1.2.840.10008.1.2.4.50) reference="$source.$name.ref.dcm"; referenceTolerance=0; dcmdjpeg "$work/$out" "$work/$reference" ;;
    1.2.840.10008.1.2.4.51) reference="$source.$name.ref.dcm"; referenceTolerance=0; dcmdjpeg "$work/$out" "$work/$reference" ;;
    1.2.840.10008.1.2.4.81) reference="$source.$name.ref.dcm"; referenceTolerance=0; dcmdjpls "$work/$out" "$work/$reference" ;;
    1.2.840.10008.1.2.4.91) reference="$source.$name.ref.dcm"; referenceTolerance=0; gdcmconv --raw "$work/$out" "$work/$reference" ;;
  esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$out" "$source" "$ts" "$tolerance" "$reference" "$referenceTolerance" >>"$manifest"
}

# derive NAME SOURCE FROM TS TOLERANCE REFERENCE REFERENCE-TOLERANCE COMMAND... : runs COMMAND on an
# already written fixture FROM (e.g. a JPEG decoded by dcmdjpeg without colour conversion).
derive() {
  local name=$1 source=$2 from=$3 ts=$4 tolerance=$5 reference=$6 referenceTolerance=$7; shift 7
  "$@" "$work/$from" "$work/$source.$name.dcm" >"$work/log" 2>&1 || { cat "$work/log" >&2; echo "make-codec-fixtures: $* failed on $from" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$source.$name.dcm" "$source" "$ts" "$tolerance" "$reference" "$referenceTolerance" >>"$manifest"
}

# htj2k NAME SOURCE TS TOLERANCE OJPH-ARGS... : ojph_compress on each frame's raw values, then wrap.
htj2k() {
  local name=$1 source=$2 ts=$3 tolerance=$4; shift 4
  local dims bits signed frames
  read -r dims bits signed frames < <(npx tsx -e "
    import { CODEC_SOURCES } from './test/support/codecSources';
    const s = CODEC_SOURCES.find((x) => x.name === '$source')!;
    console.log('{' + s.columns + ',' + s.rows + '}', s.bitsStored, s.signed, s.frames);")
  local frameBytes=$(( $(stat -c %s "$src/$source.raw") / frames ))
  local codestreams=() reference=""
  [ "$tolerance" != 0 ] && reference="$source.$name.ref.raw" && : >"$work/$reference"
  for ((f = 0; f < frames; f++)); do
    dd if="$src/$source.raw" of="$work/$source.$f.yuv" bs="$frameBytes" skip="$f" count=1 status=none
    ojph_compress -i "$work/$source.$f.yuv" -o "$work/$source.$name.$f.j2c" -dims "$dims" -num_comps 1 \
      -signed "$signed" -bit_depth "$bits" -downsamp '{1,1}' "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    codestreams+=("$work/$source.$name.$f.j2c")
    if [ -n "$reference" ]; then
      ojph_expand -i "$work/$source.$name.$f.j2c" -o "$work/expanded.yuv" >/dev/null 2>&1
      cat "$work/expanded.yuv" >>"$work/$reference"
    fi
  done
  npx tsx scripts/wrapCodestream.ts "$src/$source.dcm" "$ts" "$work/$source.$name.dcm" "${codestreams[@]}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$source.$name.dcm" "$source" "$ts" "$tolerance" "$reference" "${reference:+1}" >>"$manifest"  # OpenJPH 0.9 (Debian) vs the WASM build: ±1
}

all=(mr16 mr12 ct16signed signed12 mono8 odd8 multiframe mono1 rgb)
unsigned_gray=(mr16 mr12 mono8 odd8 multiframe mono1)
for s in "${all[@]}"; do
  cp "$src/$s.dcm" "$work/$s.explicit.dcm"
  printf '%s\t%s\t%s\t%s\t\t\n' "$s.explicit.dcm" "$s" 1.2.840.10008.1.2.1 0 >>"$manifest"
  encode implicit "$s" 1.2.840.10008.1.2 0 dcmconv +ti
  encode bigendian "$s" 1.2.840.10008.1.2.2 0 dcmconv +tb
  encode deflated "$s" 1.2.840.10008.1.2.1.99 0 dcmconv +td
  encode rle "$s" 1.2.840.10008.1.2.5 0 dcmcrle
  encode jpegsv1 "$s" 1.2.840.10008.1.2.4.70 0 dcmcjpeg +e1
  encode jpegls "$s" 1.2.840.10008.1.2.4.80 0 dcmcjpls +el
  encode j2k "$s" 1.2.840.10008.1.2.4.90 0 gdcmconv --j2k
done
for s in mr16 ct16signed signed12 multiframe; do
  encode jpegp14 "$s" 1.2.840.10008.1.2.4.57 0 dcmcjpeg +el +sv 6
done
for s in "${unsigned_gray[@]}"; do
  encode jpegls-near3 "$s" 1.2.840.10008.1.2.4.81 3 dcmcjpls +en +md 3
done
for s in mono8 odd8 rgb; do
  encode jpegbaseline "$s" 1.2.840.10008.1.2.4.50 psnr30 dcmcjpeg +eb +q 95 +sr
done
for s in mr12 mono1 multiframe; do
  encode jpegextended "$s" 1.2.840.10008.1.2.4.51 psnr40 dcmcjpeg +ee +q 95 +sr
done
for s in mr16 mr12 rgb; do
  encode j2k-lossy "$s" 1.2.840.10008.1.2.4.91 psnr35 gdcmconv --j2k --lossy -r 5
done
# Native colour layouts from the JPEG secondary capture, decoded by dcmdjpeg: YBR_FULL kept as
# YCbCr (+cn), by pixel and by plane, YBR_FULL in RLE, and RGB by plane. Our YCbCr → RGB
# (PS3.3 C.7.6.3.1.2) must give what dcmdjpeg's own conversion gives.
ref=rgb.jpegbaseline.ref.dcm
derive ybrfull rgb rgb.jpegbaseline.dcm 1.2.840.10008.1.2.1 psnr30 "$ref" 0 dcmdjpeg +cn +px
derive ybrfull-planar rgb rgb.jpegbaseline.dcm 1.2.840.10008.1.2.1 psnr30 "$ref" 0 dcmdjpeg +cn +pl
derive rgb-planar rgb rgb.jpegbaseline.dcm 1.2.840.10008.1.2.1 psnr30 "$ref" 0 dcmdjpeg +pl
derive ybrfull-rle rgb rgb.ybrfull.dcm 1.2.840.10008.1.2.5 psnr30 "$ref" 0 dcmcrle
# +sr: scale by the pixel range, else dcmtk's lossy path subtracts the minimum pixel value.
# Multi-frame encapsulation edge cases: frames spread over 1 KiB fragments, empty basic offset table.
encode jpegls-fragments multiframe 1.2.840.10008.1.2.4.80 0 dcmcjpls +el +fs 1 -ot
encode jpegsv1-fragments multiframe 1.2.840.10008.1.2.4.70 0 dcmcjpeg +e1 +fs 1 -ot
# Unsigned only: Debian's OpenJPH 0.9 writes signed codestreams that only its own ojph_expand
# reads back (the OpenJPEG and OpenJPH WASM decoders agree with each other and not with it), so
# signed HTJ2K is covered by no fixture here.
for s in mr16 mr12 mono8 multiframe; do
  htj2k htj2k "$s" 1.2.840.10008.1.2.4.201 0 -reversible true
done
htj2k htj2k-lossy mr16 1.2.840.10008.1.2.4.203 psnr40 -qstep 0.0005

mkdir -p "$(dirname "$out")"
rm -rf "$out"
mkdir -p "$out"
mv "$src" "$out/source"
mv "$work"/*.dcm "$work"/*.ref.raw "$manifest" "$out/"
echo "$stamp" >"$out/.stamp"
echo "codec fixtures written to $out ($(($(wc -l <"$out/manifest.tsv") - 1)) files)"
