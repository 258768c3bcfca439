"""Real servers started by the tests themselves, each on a port of its own (never the machine's
shared ones): Redis, Varnish, PostgreSQL and an S3 API. Missing programs skip the test, except
in CI (CI=true)."""

import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require(program):
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/usr/bin")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is missing")
        pytest.skip(f"{program} is not installed")
    return path


def wait_for_port(port, process, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answers on port {port}")


class ServerProcess:
    """A server that is one process of the test's own: stop() ends it (start() again, on the
    same port, where the subclass allows)."""

    process = None

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class RedisServer(ServerProcess):
    """A redis-server keeping nothing on disk; stop() and start() it again on the same port."""

    def __init__(self):
        self.program = require("redis-server")
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [self.program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--daemonize", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process)


class VarnishServer:
    """varnishd with the site's VCL (deploy/varnish/default.vcl) in front of `backend_port`, or
    of several hosts, one backend each as the VCL says to add them."""

    def __init__(self, backend_port, *more_ports):
        self.program = require("varnishd")
        self.port = free_port()
        # Varnish's worker runs as its own user: its folder must be readable on the whole path
        # (pytest's tmp_path is not, below its private root).
        self.workdir = Path(tempfile.mkdtemp(prefix="varnish-"))
        vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
        backend = re.search(r"backend host1 \{.*?\n\}\n", vcl, re.DOTALL).group(0)
        ports = [backend_port, *more_ports]
        vcl = vcl.replace(
            backend,
            "\n".join(
                re.sub(r'\.port = "\d+";', f'.port = "{port}";', backend).replace(
                    "host1", f"host{number}"
                )
                for number, port in enumerate(ports, start=1)
            ),
        ).replace(
            "    hosts.add_backend(host1);\n",
            "".join(
                f"    hosts.add_backend(host{number});\n" for number in range(1, len(ports) + 1)
            ),
        )
        self.vcl = self.workdir / "site.vcl"
        self.vcl.write_text(vcl)
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.workdir.chmod(0o755)
        self.vcl.chmod(0o644)
        self.process = subprocess.Popen(
            [self.program, "-F", "-n", str(self.workdir / "n"), "-a", f"127.0.0.1:{self.port}"]
            + ["-f", str(self.vcl), "-s", "malloc,32m", "-T", "127.0.0.1:0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process, seconds=30)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        shutil.rmtree(self.workdir, ignore_errors=True)


class PostgresServer:
    """A PostgreSQL cluster of the test's own in a temporary folder (never the machine's shared
    one), run as the `postgres` system user; stop() and start() it again on the same port."""

    def __init__(self):
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        if not bins:
            if os.environ.get("CI"):
                pytest.fail("PostgreSQL's initdb is missing")
            pytest.skip("PostgreSQL's server programs are not installed")
        self.bin = bins[-1].parent
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="postgres-"))
        self.data = self.workdir / "data"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        shutil.chown(self.workdir, "postgres") if os.geteuid() == 0 else None
        subprocess.run(
            [*self.as_postgres, str(self.bin / "initdb"), "-D", str(self.data)]
            + ["-U", "postgres", "--auth=trust", "-E", "UTF8"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def settings(self):
        return {"HOST": "127.0.0.1", "PORT": str(self.port), "NAME": "postgres"}

    def _ctl(self, *args):
        subprocess.run(
            [*self.as_postgres, str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self):
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.workdir}"
        self._ctl("-o", options, "-l", str(self.workdir / "log"), "start")

    def stop(self):
        self._ctl("-m", "fast", "stop")

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.workdir, ignore_errors=True)


class S3Server(ServerProcess):
    """moto's S3 API server (`moto[server]`), keeping everything in memory, for media on object
    storage: a separate process on a port of its own, so that several processes (the test's,
    gunicorn hosts) share one bucket as they would share a real one. It takes any key pair."""

    access_key = "testing"
    secret_key = "testing"
    region = "us-east-1"

    def __init__(self):
        if importlib.util.find_spec("moto") is None:
            if os.environ.get("CI"):
                pytest.fail("moto[server] is missing")
            pytest.skip("moto[server] is not installed (the dev extra)")
        self.port = free_port()
        self.process = None

    @property
    def endpoint_url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.process, seconds=30)

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
        )

    def create_bucket(self, name):
        self.client().create_bucket(Bucket=name)
        return name

    def environment(self, bucket, prefix=""):
        """The variables that put a site's media in `bucket` (config/settings/base.py)."""
        return {
            "MEDIA_S3_BUCKET": bucket,
            "MEDIA_S3_ENDPOINT_URL": self.endpoint_url,
            "MEDIA_S3_REGION": self.region,
            "MEDIA_S3_PREFIX": prefix,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
        }

    def objects(self, bucket):
        """{key: bytes} of every object in `bucket`."""
        client = self.client()
        found = {}
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for entry in page.get("Contents", ()):
                key = entry["Key"]
                found[key] = client.get_object(Bucket=bucket, Key=key)["Body"].read()
        return found

    def empty_bucket(self, bucket):
        client = self.client()
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            keys = [{"Key": entry["Key"]} for entry in page.get("Contents", ())]
            if keys:
                client.delete_objects(Bucket=bucket, Delete={"Objects": keys})
