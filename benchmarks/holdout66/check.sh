#!/bin/bash
# usage: check.sh dir/entry.py ...   prints label measured under guard and plain
PY=/work/main/.venv/bin/python
for e in "$@"; do
  d=$(dirname "$e"); f=$(basename "$e")
  exp=$(head -1 "$e" | sed 's/# expect: //')
  g=$(cd "$d" && timeout 60 $PY -m torchmode.guard "$f" 2>&1); grc=$?
  p=$(cd "$d" && timeout 60 $PY "$f" 2>&1); prc=$?
  if [ $grc -eq 0 ]; then m=clean; elif echo "$g" | grep -q "cudnn RNN backward can only be called in training mode"; then m=crash; else m="ERR"; fi
  line=""
  if [ $m = crash ]; then line=$(echo "$g" | grep -B1 -E '^\s+File "' | grep -v '/work/main' | grep 'File "' | grep -v '\.venv' | tail -1 | sed 's/^ *//'); fi
  if [ "$d" = "." ]; then mk=$(grep -c "TM00[123]-here" "$e"); else mk=$(grep -rn "TM00[123]-here" "$d" --include=*.py | wc -l); fi
  ok=""
  if [ -n "$line" ]; then fp=$(echo "$line" | sed 's/File "\([^"]*\)", line \([0-9]*\).*/\1/'); ln=$(echo "$line" | sed 's/File "\([^"]*\)", line \([0-9]*\).*/\2/'); case "$fp" in /*) ;; *) fp="$d/$fp";; esac; sed -n "${ln}p" "$fp" | grep -q "TM001-here" && ok=MARKER_OK || ok=MARKER_BAD; fi
  echo "$e expect=$exp guard=$m plain_rc=$prc markers=$mk $ok $line"
  [ "$m" = ERR ] && echo "$g" | tail -5
  [ $prc -ne 0 ] && echo "$p" | tail -5
done
