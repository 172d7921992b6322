#!/usr/bin/env python3
"""Load on `contextmap serve`: 50 clients at once on loopback for 30 seconds.

Builds the release binary, imports a dataset into a fresh store (the fictional fixture, or
a generated one with --young-people), adds a chair, starts `serve` on a free port, signs in
through the form as a browser would, and runs wrk (Debian's `wrk`) with 50 connections,
each request alternating between a young person's page and the partner dashboard.
Prints requests per second, the latency percentiles and any error; exits 1 on any error
or non-2xx answer.

    python3 Benchmarks/serve_load.py                      # the fixture
    python3 Benchmarks/serve_load.py --young-people 20000 --contexts 4000
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import http.cookiejar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "contextmap")
PASSWORD = "fictional password 1"

LUA = """
local paths = { "%s", "/partners" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% 2) + 1])
end
"""


def dataset(args):
    if not args.young_people:
        return os.path.join(ROOT, "Fixtures", "fictional-borough")
    folder = os.path.join(ROOT, "Benchmarks", "data", f"yp{args.young_people}-c{args.contexts}-s1")
    if not os.path.isdir(folder):
        subprocess.run([BINARY, "generate", "--young-people", str(args.young_people), "--contexts", str(args.contexts),
                        "--seed", "1", "--out", folder], check=True)
    return folder


def signed_in_cookie(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/sign-in").read().decode()
    token = re.search(r'name="form_token" value="([0-9a-f]+)"', page).group(1)
    form = urllib.parse.urlencode({"name": "Chair One", "password": PASSWORD, "form_token": token}).encode()
    opener.open(base + "/sign-in", data=form)
    session = [c for c in jar if c.name == "contextmap_session"]
    if not session:
        raise SystemExit("could not sign in")
    return f"contextmap_session={session[0].value}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--young-people", type=int, default=0)
    parser.add_argument("--contexts", type=int, default=4000)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "contextmap"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        subprocess.run([BINARY, "import", "--dataset", dataset(args), "--db", store], check=True, capture_output=True)
        subprocess.run([BINARY, "user", "add", "Chair One", "--role", "chair", "--db", store], input=PASSWORD + "\n",
                       text=True, check=True, capture_output=True)
        first = subprocess.run([BINARY, "weigh", "--db", store, "--format", "csv"], check=True, capture_output=True,
                               text=True).stdout.split("\n")[1].split(",")[0]
        server = subprocess.Popen([BINARY, "serve", "--db", store, "--port", "0"], stderr=subprocess.PIPE, text=True)
        try:
            line = server.stderr.readline()
            while "serving" not in line:
                line = server.stderr.readline()
            base = re.search(r"(http://127\.0\.0\.1:\d+)/", line).group(1)
            cookie = signed_in_cookie(base)
            script = os.path.join(folder, "paths.lua")
            with open(script, "w") as out:
                out.write(LUA % f"/young-people/{urllib.parse.quote(first, safe='')}")
            # One warm-up request of each, so the load measures serving, not the first load.
            for path in [f"/young-people/{first}", "/partners"]:
                request = urllib.request.Request(base + path, headers={"Cookie": cookie})
                assert urllib.request.urlopen(request).status == 200
            result = subprocess.run(["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency",
                                     "-H", f"Cookie: {cookie}", "-s", script, base], check=True, capture_output=True, text=True)
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(result.stdout)
    errors = re.search(r"(Non-2xx or 3xx responses: \d+|Socket errors: .*)", result.stdout)
    if errors:
        raise SystemExit(f"errors under load: {errors.group(1)}")
    p99 = re.search(r"99%\s+(\S+)", result.stdout).group(1)
    rate = re.search(r"Requests/sec:\s+(\S+)", result.stdout).group(1)
    print(f"{args.connections} clients, {args.seconds} s: {rate} requests/s, 99th percentile {p99}, no errors")


if __name__ == "__main__":
    main()
