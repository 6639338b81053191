#!/bin/bash
# label every entry: guard run and plain run; print the innermost own frame's source line
PY=/work/main/.venv/bin/python
cd "$(dirname "$0")"
ROOT=$(pwd)
for e in $(ls *.py */run.py 2>/dev/null); do
  d=$(dirname $e); f=$(basename $e)
  exp=$(head -1 $e | sed 's/# expect: //')
  g=$(cd $d && timeout 60 $PY -m torchmode.guard $f 2>&1); grc=$?
  p=$(cd $d && timeout 60 $PY $f 2>&1); prc=$?
  if [ $grc -ne 0 ]; then
    if echo "$g" | grep -q "cudnn RNN backward can only be called in training mode"; then meas=crash; else meas=ERROR; fi
  else meas=clean; fi
  if [ "$d" = "." ]; then files=$f; else files=$(find $d -name '*.py'); fi
  marks=$(cat $files | grep -c 'TM00[123]-here')
  fr=$(echo "$g" | grep -E "File \"[^\"]*\"" | while read -r l; do fp=$(echo "$l" | sed -E 's/.*File "([^"]*)".*/\1/'); ln=$(echo "$l" | sed -E 's/.*line ([0-9]+).*/\1/'); ab=$(cd $d && realpath -m "$fp"); case $ab in $ROOT/*) echo "$ab:$ln";; esac; done | tail -1)
  src=""; [ -n "$fr" ] && src=$(sed -n "${fr##*:}p" "${fr%:*}" | sed 's/^ *//')
  echo "$e exp=$exp meas=$meas plain=$prc marks=$marks | $src"
  [ $prc -ne 0 ] && echo "$p" | tail -3
  [ "$meas" = ERROR ] && echo "$g" | tail -3
done
