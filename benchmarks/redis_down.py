"""Throughput of the public site while Redis is down, against the same site with no page cache
and a cache in each process's memory (benchmarks/settings_locmem.py): a Redis outage must cost
no more than going without a shared cache at all.

    .venv/bin/python benchmarks/redis_down.py                 # 30 s per run, 16 connections
    .venv/bin/python benchmarks/redis_down.py --seconds 10 --connections 8

Uses the load database of benchmarks/load.py (built there on first use), gunicorn with the
production settings (3 workers × 4 threads) and the same URLs for each run: every page of the
sitemap, listings with filters, searches, feeds, the API, pictures, PDFs.

  run 1: Redis up (the page cache serves most answers), for scale;
  run 2: REDIS_URL set, its redis-server stopped before the load starts;
  run 3: no Redis, PAGE_CACHE_ENABLED=false, local-memory cache (a second gunicorn).

Runs 2 and 3 take turns --rounds times (each server is first warmed with every URL once), so
that the machine's other work weighs on both alike. Prints requests per second, latencies and
errors of each run and the ratio of run 2's mean to run 3's."""

import argparse
import datetime
import os
import sys

import load
from load import WORKDIR, Gunicorn, Load, RedisServer, Report, build, gather


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=30, help="length of a run (default 30)")
    parser.add_argument(
        "--connections", type=int, default=16, help="concurrent connections (default 16)"
    )
    parser.add_argument(
        "--timeout", type=float, default=30, help="seconds before a request fails (default 30)"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--threads", type=int, default=4, help="threads a worker (default 4)")
    parser.add_argument(
        "--rounds", type=int, default=2, help="runs 2 and 3 in turns, this many times (2)"
    )
    parser.add_argument("--rebuild", action="store_true", help="drop and build the database")
    return parser.parse_args()


def warm(args, server, paths):
    """Each URL once, so that each run starts with what its caches can keep."""
    for path in paths:
        load.get(server.port, path, timeout=args.timeout)


def measure(args, report, label, server, paths, log_path):
    if not getattr(server, "warm", False):
        warm(args, server, paths)
        server.warm = True
    print(f"Run {label}: {args.seconds} s, {args.connections} connections...", flush=True)
    offset = log_path.stat().st_size
    run = Load(args, server.port, paths).run(args.seconds)
    report.add(label, run, [("whole run", 0, args.seconds)], log_path, offset)
    return run.figures(0, args.seconds)


def main():
    args = parse_arguments()
    WORKDIR.mkdir(exist_ok=True)
    build(args)
    report = Report()
    log_path = WORKDIR / "gunicorn-redis-down.log"
    log_path.unlink(missing_ok=True)
    redis = RedisServer()
    redis.start()
    down_server = local_server = None
    rates = {"down": [], "local": []}
    try:
        down_server = Gunicorn(args, redis.url, log_path)
        urls = gather(args, down_server.port)
        paths = [path for kind in urls.values() for path in kind]
        measure(args, report, "1: Redis up", down_server, paths, log_path)
        redis.stop()
        local_server = Gunicorn(
            args,
            None,
            log_path,
            DJANGO_SETTINGS_MODULE="benchmarks.settings_locmem",
            PAGE_CACHE_ENABLED="false",
        )
        # In turns, so that what else the machine does weighs on both alike.
        for number in range(1, args.rounds + 1):
            for key, label, server in [
                ("down", "2: Redis down", down_server),
                ("local", "3: no page cache, local memory", local_server),
            ]:
                figures = measure(args, report, f"{label} ({number})", server, paths, log_path)
                rates[key].append(figures["rate"])
    finally:
        for server in (down_server, local_server):
            if server:
                server.stop()
        redis.stop()
    print()
    print(
        f"gunicorn {args.workers} workers × {args.threads} threads, production settings, "
        f"PostgreSQL; {args.connections} kept-alive connections, {args.seconds} s a run; "
        f"{datetime.date.today()}, commit {load.commit()}, {os.cpu_count()} cores shared with "
        "the client."
    )
    print()
    print("\n".join(report.lines))
    print()
    down, local = sum(rates["down"]), sum(rates["local"])
    print(
        f"Redis down / no page cache with local memory, over {args.rounds} rounds: "
        f"{down / args.rounds:.0f} / {local / args.rounds:.0f} req/s = "
        f"{down / local if local else 0:.2f}"
    )
    if report.failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
