#!/usr/bin/env bash
# Cross-checks the figures of the contextmap command line against the independent Python
# reference (reference_networkx.py), figure by figure with crosscheck.py, on generated
# datasets of several sizes and seeds and on the fictional-borough fixture, for several
# sets of options, and on a small hand-made dataset of edge cases.
#
# Usage: Benchmarks/compare/crosscheck.sh
#
# Environment:
#   CONTEXTMAP    a built contextmap binary to use (default: build the release product)
#   SCRATCH_PATH  the scratch folder for that build (default: .build in the package)
#   PYTHON        the Python 3 with networkx to run the reference (default: python3)
#   KEEP=1        keep the work folder (datasets and both sides' JSON) and print its path
#
# Prints one line per dataset and option set, with the differences under a failing one.
# Exit status: 0 when every case matches, 1 when any differs or fails to run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-python3}

if [[ -z "${CONTEXTMAP:-}" ]]; then
    scratch=${SCRATCH_PATH:-$root/.build}
    echo "building contextmap (release) in $scratch" >&2
    swift build -c release --package-path "$root" --scratch-path "$scratch" --product contextmap >&2
    CONTEXTMAP=$scratch/release/contextmap
fi
if [[ ! -x "$CONTEXTMAP" ]]; then
    echo "error: $CONTEXTMAP is not an executable contextmap binary" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/contextmap-crosscheck.XXXXXX")
if [[ "${KEEP:-0}" == 1 ]]; then
    echo "work folder: $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi

# name  young-people  contexts  seed
generated=(
    "gen-300x60-s1 300 60 1"
    "gen-300x60-s2 300 60 2"
    "gen-300x60-s3 300 60 3"
    "gen-3000x500-s4 3000 500 4"
)

datasets=()
for spec in "${generated[@]}"; do
    read -r name people contexts seed <<<"$spec"
    if ! log=$("$CONTEXTMAP" generate --young-people "$people" --contexts "$contexts" --seed "$seed" \
        --out "$work/data/$name" 2>&1); then
        echo "error: contextmap generate failed for $name: $log" >&2
        exit 1
    fi
    datasets+=("$name=$work/data/$name")
done
datasets+=("fictional-borough=$root/Fixtures/fictional-borough")

# A small hand-made dataset for what generated data rarely holds: ties broken by byte-wise
# id order, shares that are all 0, risk and safety scales on one pair, a family context
# where several young people are harmed, a peer link between two young people, a link only
# a scaling row names, a young person with no links, CRLF line ends, dropped plan actions.
write_edge_dataset() {
    mkdir -p "$1"
    cat >"$1/young_people.csv" <<'CSV'
id,name
a1,Al
B2,Bea
_x,
-y,Why
Z,Zed
YP10,Ten
YP09,Nine
solo,Solo
nolinks,None
CSV
    cat >"$1/contexts.csv" <<'CSV'
id,name,type
home-a1,Home a1,family
home-B2,Home B2,family
park,Park,community
Park2,Park two,community
school,School,school
chat,Chat,online
yo,Youth service,service
crew,Crew,peer
Bus,Bus station,community
arcade,Arcade,community
CSV
    printf '%s\r\n' young_person_id,context_id,relationship a1,home-a1,lives a1,park, a1,school,attends \
        a1,chat, B2,home-B2,lives B2,park, B2,Park2, B2,school, _x,park, _x,Park2, _x,crew, -y,park, \
        -y,Park2, -y,yo, Z,school, Z,chat, YP10,home-a1, YP09,home-a1, YP09,crew, solo,yo, \
        YP10,Bus, YP10,arcade, Z,Bus, Z,arcade, >"$1/links.csv"
    cat >"$1/scaling.csv" <<'CSV'
date,young_person_id,context_id,respondent_role,respondent,score,scale,comment
2026-01-05,a1,home-a1,young_person,,8,,
2026-01-05,a1,home-a1,parent_carer,Mum,9,safety,
2026-01-05,a1,park,young_person,,4,,"first, with a comma"
2026-01-05,a1,park,partner_agency,Police,2,,
2026-02-05,a1,park,young_person,,5,,
2026-02-05,a1,park,parent_carer,Mum,5,,
2026-02-05,a1,park,partner_agency,Police,3,,
2026-02-05,a1,park,partner_agency,School DSL,5,,
2026-03-05,a1,park,young_person,,6,,
2026-03-05,a1,park,partner_agency,Police,7,risk,
2026-02-05,a1,school,young_person,,7,,
2026-02-05,a1,school,parent_carer,Mum,7,,
2026-03-05,a1,chat,partner_agency,Police,6,risk,
2026-03-05,a1,chat,partner_agency,CAMHS,5,risk,
2026-03-05,a1,chat,partner_agency,YOT,5,risk,
2026-01-10,B2,home-B2,young_person,,10,,
2026-01-10,B2,park,young_person,,6,,
2026-01-10,B2,park,parent_carer,Dad,5,,
2026-01-10,B2,park,parent_carer,Nan,4,,
2026-01-10,B2,park,partner_agency,Police,4,,
2026-01-10,B2,park,partner_agency,School DSL,5,,
2026-01-10,B2,park,partner_agency,YOT,5,,
2026-01-10,B2,Park2,young_person,,5,,
2026-01-10,B2,Park2,partner_agency,Police,5,,
2026-02-10,B2,Park2,young_person,,5,,
2026-01-10,_x,park,young_person,,5,,
2026-01-10,_x,Park2,young_person,,5,,
2026-01-10,_x,crew,young_person,,1,,
2026-01-10,_x,crew,partner_agency,Police,2,,
2026-01-10,-y,park,young_person,,5,,
2026-01-10,-y,Park2,young_person,,5,,
2026-01-10,-y,yo,young_person,,5,risk,
2026-01-10,-y,yo,parent_carer,,5,risk,
2026-01-10,Z,school,young_person,,10,,
2026-01-10,Z,chat,young_person,,10,,
2026-01-10,Z,chat,parent_carer,,0,risk,
2026-01-10,YP10,home-a1,young_person,,1,,
2026-01-10,YP09,home-a1,young_person,,1,,
2026-01-10,YP09,crew,young_person,,3,,
2026-01-10,YP09,Park2,partner_agency,Police,2,,
2026-04-01,solo,yo,young_person,,0,,
2026-02-01,YP10,Bus,young_person,,4,,
2026-02-01,Z,Bus,partner_agency,Police,3,,
2026-02-01,YP10,arcade,young_person,,4,,
2026-02-01,YP10,arcade,parent_carer,,4,,
2026-02-01,YP10,arcade,partner_agency,Police,3,,
2026-02-01,Z,arcade,young_person,,3,,
2026-02-01,Z,arcade,parent_carer,,4,,
2026-02-01,Z,arcade,partner_agency,Police,3,,
CSV
    cat >"$1/peer_links.csv" <<'CSV'
young_person_id,other_young_person_id,relationship
YP10,Z,friends
solo,solo,listed with themself
CSV
    cat >"$1/plan_actions.csv" <<'CSV'
young_person_id,target,action,context_id,owner,due,status
a1,context,Detached youth work,park,Youth service,,
a1,context,Family meeting,home-a1,Social worker,,done
a1,young_person,Mentoring,,,,
a1,context,Report accounts,chat,,,dropped
B2,young_person,Work on choices,,,,dropped
_x,parent_carer,Parenting support,,,,planned
_x,young_person,Talk about the park,park,,,in_progress
_x,context,Patrols,Park2,,,in_progress
CSV
}
write_edge_dataset "$work/data/edge-cases"
datasets+=("edge-cases=$work/data/edge-cases")

# The middle one of the distinct scaling dates of a dataset folder.
middle_date() {
    "$python" - "$1/scaling.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    dates = sorted({row["date"].strip() for row in csv.DictReader(handle) if row.get("date")})
print(dates[(len(dates) - 1) // 2])
PY
}

failures=0
cases=0
for entry in "${datasets[@]}"; do
    name=${entry%%=*}
    folder=${entry#*=}
    middle=$(middle_date "$folder")
    option_sets=(
        "default|"
        "as-of-$middle|--as-of $middle"
        "concern-3-min-3|--concern 3 --min-young-people 3"
        "significant-6|--significant 6"
        "concern-8|--concern 8"
    )
    for option_set in "${option_sets[@]}"; do
        label=${option_set%%|*}
        read -r -a options <<<"${option_set#*|}"
        ours=$work/out/$name/$label/ours
        reference=$work/out/$name/$label/reference
        mkdir -p "$ours" "$reference"
        cases=$((cases + 1))
        status=ok
        for figure in weigh hotspots clusters plan; do
            if ! "$CONTEXTMAP" "$figure" --dataset "$folder" --format json --audience practitioner "${options[@]}" \
                >"$ours/$figure.json" 2>"$ours/$figure.err"; then
                status="contextmap $figure failed: $(head -n 3 "$ours/$figure.err")"
                break
            fi
        done
        if [[ $status == ok ]] && ! "$python" "$here/reference_networkx.py" "$folder" --out-dir "$reference" \
            "${options[@]}" >"$reference/run.log" 2>&1; then
            status="reference failed: $(tail -n 3 "$reference/run.log")"
        fi
        if [[ $status == ok ]]; then
            if report=$("$python" "$here/crosscheck.py" "$ours" "$reference" 2>&1); then
                printf 'match   %-18s %-22s %s\n' "$name" "$label" "$(tail -n 1 <<<"$report")"
                continue
            fi
            status=$report
        fi
        failures=$((failures + 1))
        printf 'DIFFER  %-18s %-22s\n' "$name" "$label"
        sed 's/^/        /' <<<"$status"
    done
done

if ((failures > 0)); then
    echo "$failures of $cases case(s) differ"
    exit 1
fi
echo "all $cases case(s) match"
