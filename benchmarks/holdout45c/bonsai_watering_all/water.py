# expect: clean
"""Bonsai watering schedule: soil-moisture and leaf-turgor traces -> water in the next 12 h?

The notebook-turned-script pulls helpers in with star imports from the package: the
training utilities first, then the serving utilities for the quick sanity score.
"""
import torch

from bonsai import MoistureGRU, make_traces
from bonsai.ops.training import *
from bonsai.ops.serving import *


def main():
    torch.manual_seed(21)
    model = prepare(MoistureGRU(hidden=6))
    x, y = make_traces(8, seed=0)
    print("untrained agreement:", score(model, x, y))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(3):
        print(f"epoch {epoch} loss {fit_epoch(model, opt, x, y):.4f}")


if __name__ == "__main__":
    main()
