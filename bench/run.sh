#!/usr/bin/env bash
# bench/run.sh: the reproducible benchmark of zilint against go vet and
# gosec (issue 7). Run from the repository root:
#
#	bench/run.sh                 # 3 runs of each tool
#	RUNS=1 bench/run.sh          # one run of each
#	BENCH_DATADOG=1 bench/run.sh # also the 1.9M-line DataDog client
#
# It installs hyperfine and GNU time (apt) and gosec (go install) when
# missing, builds zilint and bench/floor into bench/.bin, builds a
# workspace in bench/.work that requires a pinned set of large modules,
# warms the build and vet caches, then times, alternating, RUNS runs of:
#
#	zilint            the standalone CLI, all analyzers, a new empty result cache (cold)
#	zilint repeat     the same command with the result cache of the warm-up (warm)
#	floor             bench/floor: zilint's driver with an analyzer that does nothing
#	go vet (cold)     default analyzers, a fresh -printf.funcs so its cache misses
#	go vet (warm)     the same command as the warm-up: all cache hits
#	zilint vettool    go vet -vettool=zilint, repeated (warm)
#	gosec             -include=G101,G402 on the same module directories
#
# with /usr/bin/time (wall, user+sys CPU, peak RSS), and prints medians and
# ratios. The table also goes to bench/results.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
BIN=$BENCH/.bin
WORK=$BENCH/.work
LOGS=$WORK/logs
RUNS=${RUNS:-3}
GOSEC_VERSION=${GOSEC_VERSION:-v2.30.0}

# The pinned module set: path@version. Each is required with
# `go get -t path/...@version`, and benchmarked as the pattern path/...
MODULES=(
	github.com/google/go-github/v74@v74.0.0
	github.com/stripe/stripe-go/v82@v82.5.1
	github.com/slack-go/slack@v0.36.0
	golang.org/x/tools@v0.52.0
	github.com/hashicorp/vault/api@v1.23.0
)
# 1,885,644 lines of generated client: off by default, see README.
if [[ ${BENCH_DATADOG:-0} == 1 ]]; then
	MODULES+=(github.com/DataDog/datadog-api-client-go/v2@v2.67.0)
fi
# BENCH_MODULES (space-separated path@version) replaces the set.
if [[ -n ${BENCH_MODULES:-} ]]; then
	read -r -a MODULES <<<"$BENCH_MODULES"
fi

say() { printf '%s\n' "$*" >&2; }

# --- machine -----------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
MACHINE="$(nproc) cores, ${cpu:-unknown CPU}, $mem RAM, $(go version | cut -d' ' -f3-)"
echo "machine: $MACHINE"

# --- tools -------------------------------------------------------------
apt_pkgs=()
command -v hyperfine >/dev/null || apt_pkgs+=(hyperfine)
[[ -x /usr/bin/time ]] || apt_pkgs+=(time)
if ((${#apt_pkgs[@]})); then
	sudo=()
	[[ $(id -u) == 0 ]] || sudo=(sudo)
	say "installing ${apt_pkgs[*]}"
	"${sudo[@]}" apt-get install -y "${apt_pkgs[@]}" >/dev/null ||
		{ "${sudo[@]}" apt-get update >/dev/null && "${sudo[@]}" apt-get install -y "${apt_pkgs[@]}" >/dev/null; }
fi

mkdir -p "$BIN" "$WORK" "$LOGS"
# gosec built with go install reports "Version: dev": a stamp file records it.
if [[ ! -x $BIN/gosec || $(cat "$BIN/gosec.version" 2>/dev/null) != "$GOSEC_VERSION" ]]; then
	served=$(cd "$WORK" && GOFLAGS=-mod=mod go list -m -versions github.com/securego/gosec/v2)
	if ! tr ' ' '\n' <<<"$served" | grep -qx "$GOSEC_VERSION"; then
		newest=$(tr ' ' '\n' <<<"$served" | tail -1)
		say "gosec $GOSEC_VERSION is not served by the module proxy; using the newest served, $newest"
		GOSEC_VERSION=$newest
	fi
	say "installing gosec $GOSEC_VERSION"
	GOBIN=$BIN go install "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION"
	echo "$GOSEC_VERSION" >"$BIN/gosec.version"
fi
echo "gosec: $GOSEC_VERSION"
go build -o "$BIN/zilint" ./cmd/zilint
go build -o "$BIN/floor" ./bench/floor
ZILINT=$BIN/zilint

# --- workspace ---------------------------------------------------------
stamp="${MODULES[*]}"
if [[ ! -f $WORK/go.mod || $(cat "$WORK/.modules" 2>/dev/null) != "$stamp" ]]; then
	say "building the workspace in $WORK"
	rm -f "$WORK/go.mod" "$WORK/go.sum" "$WORK/.modules"
	printf 'module zilintbench\n\ngo %s\n' "$(go env GOVERSION | sed 's/^go//')" >"$WORK/go.mod"
	for m in "${MODULES[@]}"; do
		# -t: the test files' imports too, since every tool loads tests.
		(cd "$WORK" && go get -t "${m%@*}/...@${m#*@}")
	done
	echo "$stamp" >"$WORK/.modules"
fi
cd "$WORK"

PATTERNS=()
DIRS=()
total=0
echo
echo "| module | version | lines of Go |"
echo "| --- | --- | ---: |"
for m in "${MODULES[@]}"; do
	path=${m%@*} want=${m#*@}
	read -r got dir < <(go list -m -f '{{.Version}} {{.Dir}}' "$path")
	if [[ $got != "$want" ]]; then
		say "$path resolved to $got, not the pinned $want"
		exit 1
	fi
	lines=$(find "$dir" -type f -name '*.go' -print0 | xargs -0 cat | wc -l)
	total=$((total + lines))
	echo "| $path | $got | $lines |"
	PATTERNS+=("$path/...")
	DIRS+=("$dir/...")
done
echo "| total | | $total |"
((total >= 500000)) || say "warning: only $total lines of Go, below the 500,000 target"
MODTABLE=$(
	for m in "${MODULES[@]}"; do printf '%s ' "$m"; done
)

# --- warm-up: compiled dependencies and vet results in the build cache ---
say "warming the caches (go build, go vet, go vet -vettool=zilint, gosec)"
go build "${PATTERNS[@]}" >/dev/null 2>&1 || true
go vet "${PATTERNS[@]}" >"$LOGS/warmup.vet" 2>&1 || true
go vet -vettool="$ZILINT" "${PATTERNS[@]}" >"$LOGS/warmup.vettool" 2>&1 || true
# The result cache the warm standalone runs reuse; the cold runs get a new
# empty one each.
WARMCACHE=$WORK/zilint-cache-warm
rm -rf "$WARMCACHE"
ZILINT_CACHE=$WARMCACHE "$ZILINT" "${PATTERNS[@]}" >"$LOGS/warmup.zilint" 2>&1 || true
# gosec loads each directory under its own module's go.mod, so its first
# run downloads that module's own dependencies: keep that out of the timing.
"$BIN/gosec" -include=G101,G402 -tests -exclude-dir=testdata -quiet -fmt=json -out=/dev/null \
	"${DIRS[@]}" >"$LOGS/warmup.gosec" 2>&1 || true

# --- measurement -------------------------------------------------------
RAW=$WORK/raw.txt
: >"$RAW"
# measure NAME CMD...: one timed run; appends "NAME wall cpu rssKB exit".
measure() {
	local name=$1
	shift
	local tf=$WORK/time.out rc=0
	/usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" >"$LOGS/$name.$run.log" 2>&1 || rc=$?
	# GNU time puts "Command exited with non-zero status N" first.
	read -r e u s m < <(tail -1 "$tf")
	echo "$name $e $(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}') $m $rc" >>"$RAW"
	say "  $name: ${e}s wall, exit $rc"
}

for ((run = 1; run <= RUNS; run++)); do
	say "run $run/$RUNS"
	coldcache=$WORK/zilint-cache-cold
	rm -rf "$coldcache"
	measure zilint env ZILINT_CACHE="$coldcache" "$ZILINT" "${PATTERNS[@]}"
	# The same command again with the result cache of the warm-up: the
	# issue's "warm standalone" run.
	measure zilint-repeat env ZILINT_CACHE="$WARMCACHE" "$ZILINT" "${PATTERNS[@]}"
	measure floor "$BIN/floor" "${PATTERNS[@]}"
	measure vet-cold go vet "-printf.funcs=zzbench${RANDOM}x$run" "${PATTERNS[@]}"
	measure vet-warm go vet "${PATTERNS[@]}"
	measure zilint-vettool-warm go vet -vettool="$ZILINT" "${PATTERNS[@]}"
	# gosec exits 1 when it finds anything: `|| true` keeps that from
	# counting as a failure. It walks directories, not import paths: -tests
	# and -exclude-dir=testdata make it cover the packages go vet does.
	measure gosec bash -c '"$0" -include=G101,G402 -tests -exclude-dir=testdata -quiet -fmt=json -out=/dev/null "$@" || true' \
		"$BIN/gosec" "${DIRS[@]}"
done

# --- report ------------------------------------------------------------
# median NAME FIELD: the median of a column of RAW for one tool.
median() {
	awk -v n="$1" -v f="$2" '$1 == n {print $f}' "$RAW" | sort -g |
		awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
exits() { awk -v n="$1" '$1 == n {printf "%s%s", s, $5; s = ","}' "$RAW"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f×", a / b; else print "n/a"}'; }

declare -A W C R
TOOLS=(zilint zilint-repeat floor vet-cold vet-warm zilint-vettool-warm gosec)
declare -A LABEL=(
	[zilint]="zilint, all analyzers (cold, CLI)"
	[zilint-repeat]="zilint CLI, repeat run (warm result cache)"
	[floor]="floor (load + type-check)"
	[vet-cold]="go vet (cold)"
	[vet-warm]="go vet (warm)"
	[zilint-vettool-warm]="zilint via go vet -vettool (warm)"
	[gosec]="gosec $GOSEC_VERSION -include=G101,G402"
)
TABLE="| tool | median wall s | median CPU s | median peak RSS MB | exit codes |
| --- | ---: | ---: | ---: | --- |"
for t in "${TOOLS[@]}"; do
	W[$t]=$(median "$t" 2)
	C[$t]=$(median "$t" 3)
	R[$t]=$(awk -v k="$(median "$t" 4)" 'BEGIN {printf "%.0f", k / 1024}')
	TABLE+="
| ${LABEL[$t]} | ${W[$t]} | ${C[$t]} | ${R[$t]} | $(exits "$t") |"
done
RATIOS="| ratio | wall | CPU |
| --- | ---: | ---: |
| zilint / go vet (cold) | $(ratio "${W[zilint]}" "${W[vet-cold]}") | $(ratio "${C[zilint]}" "${C[vet-cold]}") |
| zilint / gosec | $(ratio "${W[zilint]}" "${W[gosec]}") | $(ratio "${C[zilint]}" "${C[gosec]}") |
| zilint / floor | $(ratio "${W[zilint]}" "${W[floor]}") | $(ratio "${C[zilint]}" "${C[floor]}") |
| warm: zilint vettool / go vet | $(ratio "${W[zilint-vettool-warm]}" "${W[vet-warm]}") | $(ratio "${C[zilint-vettool-warm]}" "${C[vet-warm]}") |
| warm: zilint CLI repeat / go vet | $(ratio "${W[zilint-repeat]}" "${W[vet-warm]}") | $(ratio "${C[zilint-repeat]}" "${C[vet-warm]}") |
| peak RSS: zilint / go vet (cold) | $(ratio "${R[zilint]}" "${R[vet-cold]}") | |"

REPORT="Machine: $MACHINE.
Modules: ${MODTABLE% } ($total lines of Go). Runs per tool: $RUNS, alternating.
zilint $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- . ':!bench' || echo '+dirty').

$TABLE

$RATIOS"
echo
echo "$REPORT"
{
	echo "# zilint benchmark results"
	echo
	echo "Produced by \`bench/run.sh\` on $(date -u +%Y-%m-%d). Exit codes: zilint 3 and"
	echo "go vet 1 mean findings; gosec's are masked by \`|| true\`."
	echo
	echo "$REPORT"
} >"$BENCH/results.md"
say "wrote bench/results.md"
