#!/usr/bin/env python3
"""Interleaved A/B timing: each command in turn for N rounds, so that drift on a shared machine
falls on all of them alike. Usage: python3 bench/ab.py N "cmd A" "cmd B" ... (prints medians)."""
import os, subprocess, sys, time, statistics, resource, shlex
n = int(sys.argv[1]); cmds = sys.argv[2:]
wall = {c: [] for c in cmds}; cpu = {c: [] for c in cmds}
devnull = open(os.devnull, 'w')
for c in cmds:  # warm-up
    subprocess.run(shlex.split(c), stdout=devnull, stderr=devnull)
for i in range(n):
    for c in cmds:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(shlex.split(c), stdout=devnull, stderr=devnull)
        t1 = time.perf_counter()
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall[c].append((t1 - t0) * 1000)
        cpu[c].append(((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)) * 1000)
for c in cmds:
    w = wall[c]; u = cpu[c]
    print(f"median {statistics.median(w):6.1f} ms  mean {statistics.mean(w):6.1f}  min {min(w):6.1f}  cpu median {statistics.median(u):6.1f}  | {c[-70:]}")
