#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Swift 6 and runs ContextMap's main job on the
# shipped fictional dataset: validate it, import it into the case store, then context
# weighting, hotspots, peer clusters, the contextual focus of plans and context maps drawn
# with Graphviz, all read from the store, and the store's audit trail.
set -euo pipefail
cd "$(dirname "$0")"

# System packages the build needs (Graphviz, for context maps), installed only when missing.
needed=()
for package in libgraphviz-dev graphviz pkg-config libsqlite3-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done
if ((${#needed[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${needed[@]}"
fi

swift build -c release --product contextmap
contextmap=".build/release/contextmap"
dataset="Fixtures/fictional-borough"
mkdir -p generated
store="generated/contextmap.sqlite"

# Files are how data arrives: check the export, then keep it in the case store.
"$contextmap" validate --dataset "$dataset"
"$contextmap" import --dataset "$dataset" --db "$store"
echo
# Everything else reads the store, and every read is in its audit trail.
"$contextmap" weigh --db "$store" --young-person YP01 --young-person YP03
echo
"$contextmap" hotspots --db "$store"
echo
"$contextmap" clusters --db "$store"
echo
"$contextmap" plan --db "$store"
echo
"$contextmap" map --db "$store" --young-person YP03 --format table
"$contextmap" map --db "$store" --young-person YP03 --out generated/YP03-context-map.svg
"$contextmap" map --db "$store" --young-person YP03 --out generated/YP03-context-map.png
"$contextmap" network --db "$store" --cluster 1 --out generated/cluster-1-network.svg
echo "Context maps written to generated/: YP03-context-map.svg, YP03-context-map.png, cluster-1-network.svg"
# The conference pack: one page to show on the shared screen or print (open it in a browser).
"$contextmap" pack --db "$store" --young-person YP01 --out generated/pack-YP01.html
echo
"$contextmap" audit --db "$store"
echo
echo "To run a conference or a partners' meeting in the browser, add people and serve the store:"
echo "  $contextmap user add \"Chair One\" --role chair --db $store"
echo "  $contextmap serve --db $store     # then open http://127.0.0.1:8080/"
