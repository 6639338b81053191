# expect: crash
"""Lobster pots: predict the catch of a string of pots from soak time, depth and
water temperature along the string.

Validation batches are interleaved with training batches by a generator.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from potlog import CatchGRU, epoch_stream, pot_strings  # noqa: E402


def main():
    torch.manual_seed(9)
    model = CatchGRU(hidden=8)
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    train, val = pot_strings(24), pot_strings(8)
    log = []
    for epoch in range(2):
        for kind, (x, y) in epoch_stream(model, train, val, val_every=3):
            if kind == "val":
                with torch.no_grad():
                    log.append(F.poisson_nll_loss(model(x), y).item())
                continue
            loss = F.poisson_nll_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    print("val nll", [round(v, 3) for v in log])


if __name__ == "__main__":
    main()
