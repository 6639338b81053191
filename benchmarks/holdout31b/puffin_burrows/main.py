# expect: clean
"""Puffin burrow occupancy: predict whether a burrow is occupied from a season of
burrow-cam trigger counts and soil temperature. Each epoch is a list of
(name, function) stages run in order; the validation stage puts the network into
eval mode and the next stage is responsible for putting it back.
"""
import torch

from net import BurrowNet
from stages import STAGES, State


def main():
    torch.manual_seed(89)
    state = State(model=BurrowNet(hidden=8))
    state.opt = torch.optim.Adam(state.model.parameters(), lr=1e-2)
    for epoch in range(3):
        for name, fn in STAGES:
            fn(state)
        print(f"epoch {epoch}: " + ", ".join(f"{k}={v:.4f}" for k, v in state.log.items()))


if __name__ == "__main__":
    main()
