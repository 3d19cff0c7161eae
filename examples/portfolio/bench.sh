#!/usr/bin/env bash
# The portfolio workbench's two performance targets (issue 11), measured on this machine. A script, not a
# timed test: the machine (2 cores) is shared and noisy, so each run reports its CPU seconds (user + sys) beside
# its wall time and its peak RSS (/usr/bin/time -v), and sizes are compared as ratios within one run.
#
#   bash examples/portfolio/bench.sh              # both targets
#   bash examples/portfolio/bench.sh registers    # 10,000 and 100,000 loans from a workbook, 3 scenarios, the report
#   bash examples/portfolio/bench.sh sweep        # 1,000 variants over 30,000 loans
#
# Targets:
#   - registers: 100,000 loans from an XLSX workbook through the measure and 3 scenarios, with the HTML report;
#     report the time and the peak RSS, and show memory flat from 10,000 to 100,000 loans.
#   - sweep: 1,000 policy variants over 30,000 loans in under 5 minutes; each case decoded and judged once, each
#     variant a repricing (subsidy.Policy.Reprice). SWEEP_LOANS and SWEEP_VARIANTS change its size.
#
# BENCH_DIR keeps the generated workbooks and outputs (default: a fresh temporary folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
go build -o "$work/portfolio" ./examples/portfolio
go build -o "$work/gensample" ./examples/internal/sample/gensample
echo "machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg); work in $work"

# measure LABEL COMMAND…: runs it under /usr/bin/time -v and prints wall time, CPU seconds and peak RSS.
measure() {
	local label=$1
	shift
	local status=0
	/usr/bin/time -v "$@" > "$work/$label.out" 2> "$work/$label.time" || status=$?
	awk -v label="$label" -v status="$status" '
		/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3 ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]) }
		/User time/ { user = $NF } /System time/ { sys = $NF } /Maximum resident/ { rss = $NF / 1024 }
		END { printf "%-22s wall %7.1f s   cpu %7.1f s   peak RSS %6.0f MB   exit %d\n", label, wall, user + sys, rss, status }' "$work/$label.time"
}

registers() {
	cat > "$work/three.yaml" <<'YAML'
scenarios:
  - name: 补偿40%
    compensation_share: 0.40
  - name: 上限200万
    compensation_cap: 2000000.00
  - name: 主要用途60%
    main_use_share: 0.6
YAML
	for n in 10000 100000; do
		[ -f "$work/loans-$n.xlsx" ] || "$work/gensample" -n "$n" -xlsx "$work/loans-$n.xlsx"
		measure "registers-$n" "$work/portfolio" -out "$work/out-$n" -scenarios "$work/three.yaml" "$work/loans-$n.xlsx"
		grep -E "^登记表|^现行办法" "$work/registers-$n.out" || true
		ls -l "$work/out-$n/report.html" | awk '{printf "  report.html %.1f MB\n", $5 / 1048576}'
	done
}

sweep() {
	local loans=${SWEEP_LOANS:-30000} variants=${SWEEP_VARIANTS:-1000}
	[ -f "$work/loans-$loans.xlsx" ] || "$work/gensample" -n "$loans" -xlsx "$work/loans-$loans.xlsx"
	# compensation_share from 0.0003 by 0.0003: `variants` values (0.0003 … 0.3 for 1,000).
	local step=0.0003 to
	to=$(awk -v n="$variants" -v s="$step" 'BEGIN { printf "%.4f", n * s }')
	printf 'sweep: {figure: compensation_share, from: "%s", to: "%s", step: "%s"}\n' "$step" "$to" "$step" > "$work/sweep.yaml"
	printf 'scenarios: []\n' > "$work/none.yaml"
	measure "sweep-$loans-none" "$work/portfolio" -out "$work/sweep-none" -scenarios "$work/none.yaml" "$work/loans-$loans.xlsx"
	measure "sweep-$loans-x$variants" "$work/portfolio" -out "$work/sweep-out" -scenarios "$work/sweep.yaml" "$work/loans-$loans.xlsx"
	wc -l < "$work/sweep-out/sweep.csv" | awk '{print "  sweep.csv rows (with the header):", $1}'
}

case "${1:-all}" in
registers) registers ;;
sweep) sweep ;;
all) registers; sweep ;;
*) echo "usage: bench.sh [registers|sweep]" >&2; exit 2 ;;
esac
