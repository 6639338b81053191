# expect: clean
"""Arrow-flight drift model: one generator owns the schedule of train and validation batches."""
import argparse

import torch
import torch.nn.functional as F
from torch import nn


class DriftGRU(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(F.relu(self.embed(x)))
        return self.head(h)


def schedule(model, n_steps, val_every, seed=0):
    """Yields (phase, x, y). Validation batches are produced with the model in eval mode."""
    g = torch.Generator().manual_seed(seed)
    for step in range(1, n_steps + 1):
        x = torch.randn(4, 12, 3, generator=g)
        y = torch.cumsum(x[..., :2], dim=1) * 0.1
        model.train()
        yield "train", x, y
        if step % val_every == 0:
            model.eval()
            vx = torch.randn(2, 12, 3, generator=g)
            yield "val", vx, torch.cumsum(vx[..., :2], dim=1) * 0.1


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=6)
    ap.add_argument("--val-every", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(2)
    model = DriftGRU()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    val_log = []
    for phase, x, y in schedule(model, args.steps, args.val_every):
        if phase == "val":
            with torch.no_grad():
                val_log.append(F.mse_loss(model(x), y).item())
            continue
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print("val", [round(v, 4) for v in val_log])


if __name__ == "__main__":
    main()
