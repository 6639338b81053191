# expect: clean
"""Resume or start a toll-takings forecaster for one turnpike trust."""
import argparse
import os
import tempfile

import torch
import torch.nn.functional as F

from turnpike.models import *  # noqa: F401,F403
from turnpike.utils import export_for_gatehouse, restore


def weekly_takings(n=3, batch=4, weeks=8):
    g = torch.Generator().manual_seed(11)
    return [(torch.randn(batch, weeks, 4, generator=g), torch.randn(batch, generator=g))
            for _ in range(n)]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--cell", default="lstm", choices=["lstm", "gru"])
    args = parser.parse_args(argv)

    workdir = tempfile.mkdtemp()
    path = os.path.join(workdir, "trust_model.pt")
    export_for_gatehouse(TollRNN(), path)  # last season's model

    try:
        if args.fresh:
            model = TollRNN() if args.cell == "lstm" else TollGRU()
        else:
            model = restore(path)
        model.train()
        opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
        for epoch in range(2):
            for x, y in weekly_takings():
                opt.zero_grad()
                loss = F.smooth_l1_loss(model(x), y)
                loss.backward()
                opt.step()
            print(f"epoch {epoch} loss {loss.item():.4f}")
    finally:
        os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main([])
