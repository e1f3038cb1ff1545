#!/usr/bin/env bash
# The data step: fills data/ with the City of Chicago datasets the app reads at startup.
# Runs in Maven's initialize phase, so both README commands fill data/ before anything else.
# Source order per file: ../shared/data (copied again when it changed) → what is already in data/ → the
# City's portal (downloaded only when the file is absent, so offline rebuilds keep working).
# Every filled file is recorded in data/manifest.tsv (file, source, sha256, filled at).
set -euo pipefail

data_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared_dir="${ALDERMAIL_SHARED_DATA:-$data_dir/../../shared/data}"
portal="${ALDERMAIL_PORTAL_BASE:-https://data.cityofchicago.org}"
manifest="$data_dir/manifest.tsv"

# target file | path under ../shared/data | portal path ('-': not published as such) | required?
datasets=(
  "chicago-wards-2023.geojson|chicago-wards-2023.geojson|/api/geospatial/p293-wvbd?method=export&format=GeoJSON|required"
  "chicago-wards-2015.geojson|chicago-wards-2015.geojson|/api/geospatial/sp34-6z76?method=export&format=GeoJSON|optional"
  "chicago-alders.csv|chicago-alders.csv|-|roster"
  "ward-offices.json|sources/ward-offices-snapshot-2025.json|/resource/c6ie-9e6c.json|roster"
  "chicago-street-names.csv|geocoding/chicago-street-names.csv|/api/views/i6bp-fvbx/rows.csv?accessType=DOWNLOAD|optional"
  "chicago-street-intersections.csv|geocoding/chicago-street-intersections.csv|-|optional"
  "chicago-address-samples.csv|chicago-address-samples.csv|-|optional"
)

now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
declare -A recorded=()
if [[ -f "$manifest" ]]; then
  while IFS=$'\t' read -r file source sha filled; do
    [[ "$file" == file || -z "$file" ]] && continue
    recorded["$file"]="$source"$'\t'"$sha"$'\t'"$filled"
  done < "$manifest"
fi

record() { # file source
  recorded["$1"]="$2"$'\t'"$(sha256sum "$data_dir/$1" | cut -d' ' -f1)"$'\t'"$now"
}

fill() { # target shared_path portal_path -> 0 when data/target is present afterwards
  local target="$1" shared_path="$2" portal_path="$3" dest="$data_dir/$1"
  if [[ -f "$shared_dir/$shared_path" ]]; then
    if ! cmp -s "$shared_dir/$shared_path" "$dest"; then
      # Through a temporary file, so an interrupted copy never leaves a truncated dataset behind.
      cp "$shared_dir/$shared_path" "$dest.part" && mv "$dest.part" "$dest"
      record "$target" "$(cd "$shared_dir" && pwd)/$shared_path"
    fi
    return 0
  fi
  if [[ -s "$dest" ]]; then
    return 0
  fi
  if [[ "$portal_path" != "-" ]] && command -v curl >/dev/null; then
    if curl -fsSL --connect-timeout 10 --max-time 300 -o "$dest.part" "$portal$portal_path" 2>/dev/null; then
      mv "$dest.part" "$dest"
      record "$target" "$portal$portal_path"
      return 0
    fi
    rm -f "$dest.part"
  fi
  return 1
}

roster_found=no
missing_required=()
for entry in "${datasets[@]}"; do
  IFS='|' read -r target shared_path portal_path need <<< "$entry"
  if fill "$target" "$shared_path" "$portal_path"; then
    [[ "$need" == roster ]] && roster_found=yes
  elif [[ "$need" == required ]]; then
    missing_required+=("$target")
  fi
done
[[ "$roster_found" == yes ]] || missing_required+=("chicago-alders.csv or ward-offices.json")

{
  printf 'file\tsource\tsha256\tfilled_at\n'
  for file in "${!recorded[@]}"; do
    if [[ -f "$data_dir/$file" ]]; then
      printf '%s\t%s\n' "$file" "${recorded[$file]}"
    fi
  done | sort
} > "$manifest.tmp" && mv "$manifest.tmp" "$manifest"

if (( ${#missing_required[@]} > 0 )); then
  echo "aldermail cannot start without ${missing_required[*]} in data/: place the shared data folder at $shared_dir (or set ALDERMAIL_SHARED_DATA), or let this machine reach $portal, or copy the files into data/ by hand." >&2
  exit 1
fi
