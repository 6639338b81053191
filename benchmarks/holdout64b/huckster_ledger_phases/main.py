# expect: clean
"""Huckster's ledger: predict next-week takings per stall; phases are named in a YAML-like block."""
import torch

from ledger.config import parse_phases
from ledger.model import TakingsModel
from ledger.steps import STEP_TYPES

PHASES_YAML = """
phases:
  - name: warmup
    step: supervised
    iters: 2
  - name: consistency
    step: ema_consistency
    iters: 2
"""


def data(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(5, 6, 3, generator=g)
    return x, x[:, -2:, 0].mean(1, keepdim=True)


def main():
    torch.manual_seed(0)
    model = TakingsModel()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    state = {"model": model, "opt": opt, "teacher": None, "log": []}
    for phase in parse_phases(PHASES_YAML):
        step = STEP_TYPES[phase["step"]](state)
        for i in range(int(phase["iters"])):
            state["log"].append((phase["name"], step(*data(i))))
    print(state["log"])


if __name__ == "__main__":
    main()
