# expect: clean
"""Wainwright's wheel truing: predict spoke tension corrections from a rim run-out trace."""
import torch

from wheelwork import RimModel, TrueingStep, rim_traces


def main():
    torch.manual_seed(13)
    model = RimModel(hidden=8)
    step = TrueingStep(model, lr=5e-3, true_weight=0.2)
    for epoch in range(2):
        for x, y in rim_traces(3, batch=4):
            stats = step(x, y)
        print(epoch, {k: round(v, 4) for k, v in stats.items()})


if __name__ == "__main__":
    main()
