# expect: clean
"""Saddlers' tack fitting: pressure-mat sequences predict where a saddle will rub.

Stage 1 trains and evaluates a model; stage 2 starts a fresh model from the stage-1
weights (state dict only) and fine-tunes it on a second yard's data.
"""
import torch

from tack.stages import STAGES

CONFIG = {"hidden": 8, "steps": 3, "lr": 1e-2}


def main():
    torch.manual_seed(43)
    ctx = {"config": CONFIG}
    for name in ("pretrain", "evaluate", "transfer"):
        STAGES[name](ctx)
        print("stage", name, "done")
    print("transfer loss", round(ctx["transfer_loss"], 4))


if __name__ == "__main__":
    main()
