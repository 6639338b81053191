#!/bin/bash
# usage: label.sh <entry path relative to benchmarks/holdout31>
PY=/work/main/.venv/bin/python
ROOT=$(cd "$(dirname "$0")/.." && pwd)
e="$1"; d=$(dirname "$ROOT/$e"); b=$(basename "$e")
if [[ "$b" == *.ipynb ]]; then
  g=$(cd "$d" && $PY "$ROOT/_tools/nbrun.py" --guard "$b" 2>&1); grc=$?
  p=$(cd "$d" && $PY "$ROOT/_tools/nbrun.py" --plain "$b" 2>&1); prc=$?
else
  g=$(cd "$d" && $PY -m torchmode.guard "$b" 2>&1); grc=$?
  p=$(cd "$d" && $PY "$b" 2>&1); prc=$?
fi
msg=none
echo "$g" | grep -q "can only be called in training mode" && msg=TM001
echo "$g" | grep -qE "TensorWrapper|doesn't have storage" && msg=TM002
echo "$g" | grep -q "_cudnn_rnn_backward' is not implemented" && msg=TM003
if [ $grc -ne 0 ]; then glab=crash; else glab=clean; fi
exp=$(grep -o "expect: [a-z]*" "$ROOT/$e" | head -1 | cut -d' ' -f2)
echo "== $e expect=$exp guard=$glab($msg rc=$grc) plain_rc=$prc"
if [ $grc -ne 0 ]; then
  fr=$(echo "$g" | grep -E '^  File "' | grep -v site-packages | grep -v '<frozen' | grep -v '/work/main/server' | tail -1)
  f=$(echo "$fr" | sed -E 's/^  File "([^"]*)", line ([0-9]+).*/\1/')
  l=$(echo "$fr" | sed -E 's/^  File "([^"]*)", line ([0-9]+).*/\2/')
  [[ "$f" != /* ]] && f="$d/$f"
  echo "innermost: $fr"
  echo "   line: $(sed -n ${l}p "$f" 2>/dev/null)"
  echo "$g" | grep NB-INNERMOST
  echo "$g" | grep -E "^[A-Za-z]*(Error|Exception)" | tail -1
fi
if [[ "$b" == *.ipynb ]] || [ "$d" != "$ROOT" ]; then scope="$d"; else scope="$ROOT/$e"; fi
nm=$(grep -r "TM00[123]-here" $scope --include=*.py --include=*.ipynb 2>/dev/null | grep -v _tools | wc -l)
echo "markers: $nm"
[ $prc -ne 0 ] && echo "PLAIN FAILED:" && echo "$p" | tail -5
true
