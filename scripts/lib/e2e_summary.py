"""Summarises scripts/e2e.sh's measurements.tsv: results.md (one row per test, one column per port
kind and switch; medians with min-max when there were several rounds), measurements.md (every
measurement with the counters that locate its loss) and results.json.
Usage: e2e_summary.py MEASUREMENTS.tsv OUT_DIR COMMAND EFFECTIVE_OPTIONS"""
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time


def num(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return float("nan")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def dpdk_version():
    try:
        return subprocess.run(["pkg-config", "--modversion", "libdpdk"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def main(tsv, out, command, effective):
    with open(tsv) as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    columns, tests = [], []
    for r in rows:
        col = (r["kind"], r["switch"])
        if col not in columns:
            columns.append(col)
        if r["test"] not in tests:
            tests.append(r["test"])
    rounds = max((int(r["round"]) for r in rows), default=0)
    cells = {}
    for r in rows:
        cells.setdefault((r["test"], r["kind"], r["switch"]), []).append(r)

    def cell(test, kind, switch):
        rs = cells.get((test, kind, switch))
        if not rs:
            return ""
        unit = rs[0]["unit"]
        if unit == "KB":
            return ", ".join(r["value"] for r in rs) + " KB"
        vals = [num(r["value"]) for r in rs]
        med = statistics.median(vals)
        text = ("%.1f" if unit == "Mbit/s" else "%.2f") % med + " " + unit
        if len(vals) > 1:
            text += (" (%.1f-%.1f)" if unit == "Mbit/s" else " (%.2f-%.2f)") % (min(vals), max(vals))
        if rs[0]["loss"]:
            losses = [num(r["loss"]) for r in rs]
            text += ", %.2f%% loss" % statistics.median(losses)
        return text

    machine = "%d cores (%s), kernel %s, DPDK %s" % (os.cpu_count() or 0, cpu_model(), platform.release(), dpdk_version())
    lines = [
        "Command: `%s` (in full: `%s`)" % (command, effective),
        "",
        "Date: %s. Machine: %s. Rounds: %d%s." % (
            time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), machine, rounds,
            " (medians, min-max in brackets)" if rounds > 1 else ""),
        "",
        "| test | " + " | ".join("%s: %s" % c for c in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for t in tests:
        lines.append("| %s | " % t + " | ".join(cell(t, k, s) for k, s in columns) + " |")
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")

    detail = ["| round | kind | switch | test | received | sent | loss % | where the loss was |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        where = ""
        if r["rcvbuf_errors"]:
            where = "udp rcvbuf errors %s, receiver link rx drops %s, sender link tx drops %s" % (
                r["rcvbuf_errors"], r["receiver_rx_drops"], r["sender_tx_drops"])
        detail.append("| %s | %s | %s | %s | %s %s | %s | %s | %s |" % (
            r["round"], r["kind"], r["switch"], r["test"], r["value"], r["unit"],
            r["sent"] + " Mbit/s" if r["sent"] else "", r["loss"], where))
    with open(os.path.join(out, "measurements.md"), "w") as f:
        f.write("\n".join(detail) + "\n")

    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"command": command, "effective": effective, "machine": machine, "rounds": rounds, "measurements": rows}, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
