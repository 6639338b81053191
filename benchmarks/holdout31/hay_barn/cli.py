# expect: crash
"""Hay-barn self-heating: predict the core temperature rise of a bale stack
from moisture and ambient readings. The run is a list of phase records; each
record type has its own handler (functools.singledispatch)."""
import torch

from haybarn import HeatingNet, TrainPhase, EvaluatePhase, LRFindPhase, execute

PLAN = [
    TrainPhase(steps=2, lr=1e-2),
    EvaluatePhase(),
    LRFindPhase(steps=4, lo=1e-4, hi=1e-1),   # re-tune the LR before the second block
    TrainPhase(steps=2, lr=None),
]


def main():
    torch.manual_seed(79)
    state = execute(HeatingNet(hidden=8), PLAN)
    print({k: v for k, v in state.items() if k != "model"})


if __name__ == "__main__":
    main()
