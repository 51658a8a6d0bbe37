#!/usr/bin/env python3
"""Summarises a scripts/bench.sh run: reads OUT/runs.jsonl (one JSON object per run) and the files the
runs left beside it, writes OUT/results.md (tables) and OUT/results.json (medians, min/max, ratios),
and OUT/latency-page.args (the arguments of the side-by-side latency page). Standard library only."""
import argparse
import json
import os
import statistics
import sys

FW = "pmd-forwarder"
TP = "testpmd"


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def span(values):
    values = [v for v in values if v is not None]
    return (min(values), max(values)) if values else (None, None)


def worst(values):
    values = [v for v in values if v is not None]
    return max(values) if values else None


def ratio(a, b):
    return round(a / b, 3) if a is not None and b else None


def fmt(v, digits=2):
    if v is None:
        return "n/a"
    if isinstance(v, int):
        return str(v)
    return f"{v:.{digits}f}"


def fmt_span(values, digits=2):
    lo, hi = span(values)
    return f"{fmt(median(values), digits)} ({fmt(lo, digits)}/{fmt(hi, digits)})"


def us(ns):
    return None if ns is None else ns / 1000.0


def load_runs(out):
    with open(os.path.join(out, "runs.jsonl")) as f:
        return [json.loads(line) for line in f if line.strip()]


def by_switch(runs, scenario, **match):
    groups = {}
    for r in runs:
        if r["scenario"] == scenario and all(r.get(k) == v for k, v in match.items()):
            groups.setdefault(r["switch"], []).append(r)
    return groups


def forwarder_summary(out, run):
    path = os.path.join(out, run["run"] + ".report", "summary.json")
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def testpmd_totals(out, run):
    """The 'Accumulated forward statistics' block of testpmd's log: RX-packets, RX-dropped, TX-packets, TX-dropped."""
    totals = {}
    try:
        with open(os.path.join(out, run["run"] + ".switch.log"), errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return totals
    for i, line in enumerate(lines):
        if "Accumulated forward statistics" in line:
            for follow in lines[i + 1:i + 3]:
                words = follow.replace(":", " ").split()
                for k in range(0, len(words) - 1):
                    if words[k] in ("RX-packets", "RX-dropped", "TX-packets", "TX-dropped") and words[k + 1].isdigit():
                        totals[words[k]] = int(words[k + 1])
    return totals


def null_scenario(runs):
    groups = by_switch(runs, "null")
    if not groups:
        return None, []
    rows, result = [], {}
    for switch in (TP, FW, "histograms-off"):
        rs = groups.get(switch, [])
        if not rs:
            continue
        mpps, per_cpu, to_full, gc = [], [], [], 0
        for r in rs:
            measured = r["per_second"][r["warmup_seconds"]:]
            m = median(measured)
            mpps.append(m)
            # both directions, over the measured window: its rate divided by the thread's CPU use then.
            # The window is the seconds bench.sh slept between the two CPU readings, not the number of
            # rate lines: testpmd sometimes skips a second's line (its stats timer runs late).
            window = r.get("window_seconds") or len(measured)
            if r["cpu_seconds"] and m and window:
                per_cpu.append(2 * statistics.fmean(measured) * window / r["cpu_seconds"])
            full = next((i + 1 for i, v in enumerate(r["per_second"]) if m and v >= 0.95 * m), None)
            to_full.append(None if full is None or r.get("startup_seconds") is None else round(r["startup_seconds"] + full, 2))
            gc += r["gc_pauses"] or 0
        result[switch] = {"mpps_per_port": mpps, "median": median(mpps), "mpackets_per_cpu_second": per_cpu,
                          "seconds_to_full_rate": to_full, "gc_pauses": gc if switch != TP else None}
    tp, fw, off = (result.get(s, {}) for s in (TP, FW, "histograms-off"))
    result["ratio"] = ratio(fw.get("median"), tp.get("median"))
    result["ratio_per_cpu_second"] = ratio(median(fw.get("mpackets_per_cpu_second", [])), median(tp.get("mpackets_per_cpu_second", [])))
    result["histograms_on_over_off"] = ratio(fw.get("median"), off.get("median"))
    rows.append("### net_null <-> net_null, one forwarding core, burst 32")
    rows.append("")
    rows.append("| | testpmd | pmd-forwarder | ratio |")
    rows.append("|---|---|---|---|")
    rows.append(f"| Mpps per port, median (min/max) | {fmt_span(tp.get('mpps_per_port', []))} | {fmt_span(fw.get('mpps_per_port', []))} | {fmt(result['ratio'], 3)} |")
    rows.append(f"| Mpackets per CPU-second of the forwarding thread (both directions) | {fmt(median(tp.get('mpackets_per_cpu_second', [])))} | {fmt(median(fw.get('mpackets_per_cpu_second', [])))} | {fmt(result['ratio_per_cpu_second'], 3)} |")
    rows.append(f"| seconds from launch to the first second at 95% of full rate, worst round | {fmt(worst(tp.get('seconds_to_full_rate', [])))} | {fmt(worst(fw.get('seconds_to_full_rate', [])))} | |")
    rows.append(f"| GC pauses, all rounds | | {fw.get('gc_pauses', 'n/a')} | |")
    if off:
        rows.append("")
        rows.append(f"Histograms off (`-Dpmdfwd.histograms=off`), same rounds: {fmt_span(off['mpps_per_port'])} Mpps per port; on/off {fmt(result['histograms_on_over_off'], 3)}.")
    return result, rows


def virtio_scenario(runs):
    groups = by_switch(runs, "virtio")
    if not groups:
        return None, []
    result = {}
    for switch, rs in groups.items():
        result[switch] = {"received_mpps": [r["generator"]["received_pps"] / 1e6 for r in rs],
                          "offered_mpps": [r["generator"]["offered_pps"] / 1e6 for r in rs],
                          "loss_ratio": [r["generator"]["loss_ratio"] for r in rs],
                          "gc_pauses": sum(r["gc_pauses"] for r in rs),
                          "generator_gc_pauses": sum(r["generator_gc_pauses"] for r in rs)}
        result[switch]["median"] = median(result[switch]["received_mpps"])
    tp, fw = result.get(TP, {}), result.get(FW, {})
    result["ratio"] = ratio(fw.get("median"), tp.get("median"))
    rows = ["### virtio_user <-> vhost-user generator, 64-byte frames, as fast as they go", "",
            "| | testpmd | pmd-forwarder | ratio |", "|---|---|---|---|",
            f"| Mpps forwarded, median (min/max) | {fmt_span(tp.get('received_mpps', []), 3)} | {fmt_span(fw.get('received_mpps', []), 3)} | {fmt(result['ratio'], 3)} |",
            f"| Mpps offered by the generator | {fmt(median(tp.get('offered_mpps', [])), 3)} | {fmt(median(fw.get('offered_mpps', [])), 3)} | |",
            f"| loss (refused by the switch's rx ring, or dropped), median | {fmt(pct(median(tp.get('loss_ratio', []))))}% | {fmt(pct(median(fw.get('loss_ratio', []))))}% | |",
            f"| GC pauses (switch / generator), all rounds | - / {tp.get('generator_gc_pauses', 'n/a')} | {fw.get('gc_pauses', 'n/a')} / {fw.get('generator_gc_pauses', 'n/a')} | |"]
    return result, rows


def pct(ratio_value):
    return None if ratio_value is None else ratio_value * 100


PERCENTILES = (("p50", "p50"), ("p99", "p99"), ("p99_9", "p99.9"), ("p99_99", "p99.99"), ("max", "max"))


def latency_scenario(runs, out):
    loads = sorted({r["load_percent"] for r in runs if r["scenario"] == "latency"})
    if not loads:
        return None, [], []
    result, page = {}, []
    rows = ["### One-way latency through the switch (virtio_user, 64-byte frames), coordinated-omission corrected", "",
            "Microseconds, medians over rounds; measured from each frame's intended send time.", "",
            "| load | switch | offered kpps | lost | reordered | " + " | ".join(h for _, h in PERCENTILES) + " | p99.99 uncorrected | generator late, p99.99 |",
            "|---|---|---|---|---|" + "---|" * len(PERCENTILES) + "---|---|"]
    for load in loads:
        groups = by_switch(runs, "latency", load_percent=load)
        entry = {}
        for switch in (TP, FW):
            rs = groups.get(switch, [])
            if not rs:
                continue
            g = [r["generator"] for r in rs]
            lat = {key: median([x["latency_ns"].get(key) for x in g]) for key, _ in PERCENTILES}
            raw9999 = median([x["latency_uncorrected_ns"].get("p99_99") for x in g])
            late9999 = median([x.get("send_lateness_ns", {}).get("p99_99") for x in g])
            entry[switch] = {"offered_pps": median([x["offered_pps"] for x in g]), "lost": [x["lost"] for x in g],
                             "reordered": [x["reordered"] for x in g], "latency_ns": lat,
                             "p99_99_uncorrected_ns": raw9999, "generator_late_p99_99_ns": late9999,
                             "gc_pauses": sum(r["gc_pauses"] for r in rs)}
            rows.append(f"| {load}% | {switch} | {fmt(entry[switch]['offered_pps'] / 1e3, 0)} | {sum(entry[switch]['lost'])} | "
                        f"{sum(entry[switch]['reordered'])} | " + " | ".join(fmt(us(lat[k]), 1) for k, _ in PERCENTILES)
                        + f" | {fmt(us(raw9999), 1)} | {fmt(us(late9999), 1)} |")
            # the page shows the round whose p99.99 is the median one
            ordered = sorted(rs, key=lambda r: r["generator"]["latency_ns"].get("p99_99", 0))
            mid = ordered[(len(ordered) - 1) // 2]
            group = f"{load}% of max ({entry[switch]['offered_pps'] / 1e3:.0f} kpps)"
            page.append(f"{group}:{switch}={os.path.join(out, mid['run'] + '.corrected.hgrm')}")
            page.append(f"{group}:{switch} (uncorrected)={os.path.join(out, mid['run'] + '.uncorrected.hgrm')}")
        fw99, tp99 = (entry.get(s, {}).get("latency_ns", {}).get("p99_99") for s in (FW, TP))
        entry["p99_99_ratio"] = ratio(fw99, tp99)
        result[f"{load}%"] = entry
    rows.append("")
    rows.append("p99.99 ratio pmd-forwarder/testpmd: " + ", ".join(f"{k} {fmt(v.get('p99_99_ratio'), 2)}" for k, v in result.items()) + ".")
    return result, rows, page


def stall_scenario(runs, out):
    groups = by_switch(runs, "stall")
    if not groups:
        return None, []
    result = {}
    rows = ["### A stalling receiver: it stops polling 1 ms in every 20 ms (virtio_user, 64-byte frames, 50% load)", "",
            "| switch | lost % | refused at the switch's rx ring | dropped by the switch | retries | tx shortfalls | shortfall size p50/p99/max | p99.99 latency us |",
            "|---|---|---|---|---|---|---|---|"]
    for switch in sorted(groups, key=lambda s: (not s.startswith(FW), s)):
        rs = groups[switch]
        g = [r["generator"] for r in rs]
        entry = {"loss_ratio": [x["loss_ratio"] for x in g], "refused_at_ingress": [x["refused_at_ingress"] for x in g],
                 "p99_99_ns": median([x["latency_ns"].get("p99_99") for x in g])}
        dropped, retries, shortfalls, sizes = [], [], [], "n/a"
        for r in rs:
            if switch.startswith(FW):
                s = forwarder_summary(out, r)
                if s:
                    stream = s["streams"][0]
                    dropped.append(sum(stream["dropped_packets"].values()))
                    retries.append(stream["tx_retries"])
                    shortfalls.append(stream["tx_shortfalls"])
                    h = stream["histograms"]["tx_shortfall_size"]
                    sizes = "/".join(str(h.get(k, "-")) for k in ("p50", "p99", "max")) if h.get("count") else "none"
                    entry["conservation_holds"] = entry.get("conservation_holds", True) and s["conservation"]["holds"]
            else:
                t = testpmd_totals(out, r)
                dropped.append(t.get("TX-dropped"))
        entry.update({"dropped_by_switch": dropped, "tx_retries": retries, "tx_shortfalls": shortfalls})
        result[switch] = entry
        rows.append(f"| {switch} | {fmt(pct(median(entry['loss_ratio'])), 3)} | {fmt(median(entry['refused_at_ingress']), 0)} | "
                    f"{fmt(median(dropped), 0)} | {fmt(median(retries), 0) if retries else 'not counted'} | "
                    f"{fmt(median(shortfalls), 0) if shortfalls else 'not counted'} | {sizes if switch.startswith(FW) else 'not recorded'} | "
                    f"{fmt(us(entry['p99_99_ns']), 1)} |")
    rows.append("")
    rows.append("pmd-forwarder:retry is the default (8 retries, 1 us apart); :retry:64 matches testpmd's retry mode "
                "(64 x 1 us); testpmd without retry drops a shortfall at once, like :drop.")
    return result, rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--machine", default="")
    p.add_argument("--command", default="")
    a = p.parse_args()
    runs = load_runs(a.out)
    if not runs:
        sys.exit("bench_summary: no runs recorded in " + a.out)
    sections, results = [], {"machine": a.machine, "command": a.command}
    null, rows = null_scenario(runs)
    if null:
        results["null"], sections = null, sections + [rows]
    virtio, rows = virtio_scenario(runs)
    if virtio:
        results["virtio"], sections = virtio, sections + [rows]
    latency, rows, page = latency_scenario(runs, a.out)
    if latency:
        results["latency"], sections = latency, sections + [rows]
    stall, rows = stall_scenario(runs, a.out)
    if stall:
        results["stall"], sections = stall, sections + [rows]
    with open(os.path.join(a.out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(a.out, "results.md"), "w") as f:
        f.write(f"Machine: {a.machine}. Command: `{a.command}`.\n\n")
        f.write("\n\n".join("\n".join(rows) for rows in sections) + "\n")
    with open(os.path.join(a.out, "latency-page.args"), "w") as f:
        f.write("\n".join(page) + ("\n" if page else ""))


if __name__ == "__main__":
    main()
