#!/bin/bash
# usage: label.sh <dir> <entry>  -> prints measured label under guard and plain
PY=/work/main/.venv/bin/python
d=$1; e=$2
cd "$d" || exit 1
g=$(timeout 60 $PY -m torchmode.guard "$e" 2>&1); grc=$?
p=$(timeout 60 $PY "$e" 2>&1); prc=$?
exp=$(grep -o '# exp''ect: [a-z]*' "$e" | head -1 | awk '{print $3}')
if echo "$g" | grep -q "can only be called in training mode"; then gl="crash-TM001"
elif [ $grc -eq 0 ]; then gl=clean; else gl="OTHER($grc)"; fi
echo "$d/$e expect=$exp guard=$gl plain_rc=$prc"
[ $prc -ne 0 ] && echo "$p" | tail -5
[ "$gl" != clean ] && [ "$gl" != crash-TM001 ] && echo "$g" | tail -8
if [ "$gl" = crash-TM001 ]; then echo "$g" | grep -E '^  File "' | grep -v -E 'site-packages|torchmode|/lib/python' | tail -1; grep -rn "TM00[123]-here" --include=*.py . | sed 's/^/   marker: /'; fi
