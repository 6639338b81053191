# expect: crash
"""A sluice-gate flow model whose phases come from a text block the script parses with `parse()`, a helper
whose own local is also called `cfg`: what it stores into its dict fills that local, not the module-level
`cfg` the script binds once to its result. The rows say fit in train mode, then score and tune in eval mode:
the tune step's backward runs through the GRU in eval mode."""
import torch
import torch.nn.functional as F
from torch import nn

PLAN = """
width: 8
phases:
  - fit: train
  - score: eval
  - tune: eval
"""


def parse(text):
    cfg, rows = {}, []
    for line in text.strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            name, mode = line[2:].split(":")
            rows.append((name.strip(), mode.strip()))
        elif line.endswith(":"):
            cfg[line[:-1]] = rows
        else:
            key, value = line.split(":")
            cfg[key.strip()] = int(value) if value.strip().isdigit() else value.strip()
    return cfg


class Sluice(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.gru = nn.GRU(3, width, batch_first=True)
        self.out = nn.Linear(width, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def step(net, opt):
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    loss = F.mse_loss(net(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


def fit(net, opt):
    step(net, opt)


@torch.no_grad()
def score(net, opt):
    print("score", net(torch.randn(4, 5, 3)).mean().item())


def tune(net, opt):
    step(net, opt)


STEPS = {"fit": fit, "score": score, "tune": tune}


def run(net, phases):
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    for name, mode in phases:
        net.train(mode == "train")
        STEPS[name](net, opt)


cfg = parse(PLAN)
if __name__ == "__main__":
    torch.manual_seed(0)
    run(Sluice(cfg["width"]), cfg["phases"])
