import sys, re
lines = sys.stdin.read().splitlines()
last = None
for i, l in enumerate(lines):
    m = re.match(r'\s*File "([^"]+)", line (\d+)', l)
    if m and not re.search(r'/work/main|site-packages|/usr/|<frozen|torch/', m.group(1)):
        last = (m.group(1), m.group(2), lines[i+1].strip() if i+1 < len(lines) else '')
print("  innermost:", last)
