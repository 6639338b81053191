# expect: crash
"""Chimney sweep: predict soot build-up (needs sweeping / fine) from flue
temperature logs."""
import torch
import torch.nn.functional as F

from flue import *  # noqa: F401,F403  (SootNet, prepare_model, make_optimizer, flue_logs)


def main():
    torch.manual_seed(37)
    model = prepare_model(SootNet(n_in=2, hidden=6))
    opt = make_optimizer(model)
    for epoch in range(2):
        for x, y in flue_logs(3):
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print("epoch", epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
