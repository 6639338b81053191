#!/bin/bash
# usage: check.sh <entry path relative to this folder> ... ; prints label, guard result, plain result
PY=/work/main/.venv/bin/python
here=$(cd "$(dirname "$0")" && pwd)
for e in "$@"; do
  d=$(dirname "$here/$e"); f=$(basename "$e")
  lab=$(head -1 "$here/$e" | sed 's/# expect: //')
  g=$(cd "$d" && timeout 60 $PY -m torchmode.guard "$f" 2>&1); grc=$?
  p=$(cd "$d" && timeout 60 $PY "$f" 2>&1); prc=$?
  msg=$(echo "$g" | grep -oE "cudnn RNN backward can only be called in training mode|TensorWrapper|doesn't have storage|_cudnn_rnn_backward' is not implemented" | head -1)
  loc=$(echo "$g" | grep -E '^  File "' | grep -v -E 'site-packages|/torch/|torchmode|<frozen|runpy' | tail -1)
  echo "$e | label=$lab | guard rc=$grc ${msg:+msg=$msg} | plain rc=$prc"
  if [ $grc -ne 0 ]; then
    lf=$(echo "$loc" | sed -E 's/^  File "([^"]+)", line ([0-9]+).*/\1/'); ln=$(echo "$loc" | sed -E 's/^  File "([^"]+)", line ([0-9]+).*/\2/')
    case "$lf" in /*) ;; *) lf="$d/$lf";; esac; src=$(sed -n "${ln}p" "$lf")
    echo "    innermost: $lf:$ln: $src"
    echo "$src" | grep -q "TM00.-here" && echo "    MARKER OK" || echo "    MARKER MISSING"
  fi
  pdir=$(dirname "$e"); [ "$pdir" = "." ] && files="$here/$e" || files=$(find "$here/$pdir" -name '*.py')
  nm=$(cat $files | grep -c "TM00.-here"); echo "    markers=$nm"
  [ $prc -ne 0 ] && echo "$p" | tail -3 | sed 's/^/    PLAIN: /'
done
