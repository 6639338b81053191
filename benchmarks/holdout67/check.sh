#!/bin/bash
# Label checker: runs every entry (first line '# expect: ...') under the guard and under plain python.
PY=/work/main/.venv/bin/python
cd "$(dirname "$0")"
fail=0
for f in $(grep -rl --include='*.py' -m1 '^# expect:' . | sort); do
  head -1 "$f" | grep -q '^# expect:' || continue
  exp=$(head -1 "$f" | sed 's/# expect: //')
  d=$(dirname "$f"); b=$(basename "$f")
  g=$(cd "$d" && timeout 60 $PY -m torchmode.guard "$b" 2>&1); grc=$?
  p=$(cd "$d" && timeout 60 $PY "$b" 2>&1); prc=$?
  if [ $grc -ne 0 ]; then
    if echo "$g" | grep -q 'cudnn RNN backward can only be called in training mode'; then got=crash; else got=error; fi
  else got=clean; fi
  # innermost frame in own files
  own=$(echo "$g" | grep '^  File "' | grep -v -e site-packages -e torchmode -e '<frozen' -e '/usr/lib' | tail -1)
  markers=$(grep -rn 'TM00[123]-here' "$d" --include='*.py' | wc -l)
  [ "$d" = "." ] && markers=$(grep -c 'TM00[123]-here' "$f")
  st=OK
  [ "$got" != "$exp" ] && st=BAD
  [ $prc -ne 0 ] && st="BAD(plain rc=$prc)"
  if [ "$exp" = crash ]; then
    file=$(echo "$own" | sed 's/.*File "\([^"]*\)", line \([0-9]*\).*/\1/'); line=$(echo "$own" | sed 's/.*line \([0-9]*\).*/\1/')
    case "$file" in /*) ;; *) file="$d/$file";; esac
    sed -n "${line}p" "$file" | grep -q 'TM001-here' || st="$st MARKER($file:$line)"
    [ "$markers" -ne 1 ] && st="$st NMARK=$markers"
  else
    [ "$markers" -ne 0 ] && st="$st NMARK=$markers"
  fi
  [ "$st" != OK ] && fail=1
  echo "$st $exp/$got $f"
  [ "$got" = error ] && echo "$g" | tail -3
done
exit $fail
