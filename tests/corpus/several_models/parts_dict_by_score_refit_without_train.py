# expect: crash
"""Weather stations, one model per station held as an nn.ModuleDict of parts ({"rnn": GRU, "out": Linear}); all
are scored in eval mode, then the worst station's parts are refitted through `parts[worst]` without switching
back. The preferred fix trains that entry's GRU by the same path (`parts[worst]["rnn"].train()`), which the
refit's forward of `m["rnn"]` reads."""
import torch
import torch.nn as nn


def make():
    return nn.ModuleDict({"rnn": nn.GRU(2, 6, batch_first=True), "out": nn.Linear(6, 1)})


def run(m, x):
    h, _ = m["rnn"](x)
    return m["out"](h[:, -1]).squeeze(-1)


def scores(stations, x, y):
    found = {}
    for name, m in stations.items():
        m.eval()
        with torch.no_grad():
            found[name] = float(((run(m, x) - y) ** 2).mean())
    return found


def refit(m, x, y):
    opt = torch.optim.SGD(m.parameters(), lr=0.05)
    loss = ((run(m, x) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return float(loss)


torch.manual_seed(3)
stations = {"wick": make(), "lerwick": make(), "kirkwall": make()}
x, y = torch.randn(4, 8, 2), torch.randn(4)
found = scores(stations, x, y)
worst = max(found, key=found.get)
print(worst, refit(stations[worst], x, y))
