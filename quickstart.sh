#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Swift 6 and runs ContextMap's main job on the
# shipped fictional dataset: validate it, then context weighting, hotspots, peer clusters,
# the contextual focus of plans, and context maps drawn with Graphviz.
set -euo pipefail
cd "$(dirname "$0")"

# System packages the build needs (Graphviz, for context maps), installed only when missing.
needed=()
for package in libgraphviz-dev graphviz pkg-config; do
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

"$contextmap" validate --dataset "$dataset"
echo
"$contextmap" weigh --dataset "$dataset" --young-person YP01 --young-person YP03
echo
"$contextmap" hotspots --dataset "$dataset"
echo
"$contextmap" clusters --dataset "$dataset"
echo
"$contextmap" plan --dataset "$dataset"
echo
mkdir -p generated
"$contextmap" map --dataset "$dataset" --young-person YP03 --format table
"$contextmap" map --dataset "$dataset" --young-person YP03 --out generated/YP03-context-map.svg
"$contextmap" map --dataset "$dataset" --young-person YP03 --out generated/YP03-context-map.png
"$contextmap" network --dataset "$dataset" --cluster 1 --out generated/cluster-1-network.svg
echo "Context maps written to generated/: YP03-context-map.svg, YP03-context-map.png, cluster-1-network.svg"
