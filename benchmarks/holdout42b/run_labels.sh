#!/bin/bash
# usage: run_labels.sh file... ; runs guard and plain python, prints last error line
PY=/work/main/.venv/bin/python
for f in "$@"; do
  d=$(dirname "$f"); b=$(basename "$f")
  g=$(cd "$d" && timeout 60 $PY -m torchmode.guard "$b" 2>&1); grc=$?
  p=$(cd "$d" && timeout 60 $PY "$b" 2>&1); prc=$?
  echo "== $f expect=$(head -1 $f) guard_rc=$grc plain_rc=$prc"
  echo "$g" | grep -E "Error|error" | tail -2
  echo "$g" | grep -E '^  File' | grep -v '/work/main' | tail -1
done
