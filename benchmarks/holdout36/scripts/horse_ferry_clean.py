# expect: clean
"""Horse-ferry crossing times: resume from last season's model if there is one.

Last season's run ends by scoring the final crossings and pickling the model
as it stands; this season picks it up (or starts fresh) and keeps training.
"""
import argparse
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class FerryLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class FerryGRU(FerryLSTM):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.GRU(3, hidden, batch_first=True)


def crossings(n, batch=4, legs=5, seed=0):
    """(tide, wind, load) per leg -> minutes to cross."""
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(batch, legs, 3, generator=g)
        out.append((x, 10 + 5 * x[..., 1].mean(-1)))
    return out


def last_season(path):
    model = FerryLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in crossings(3, seed=11):
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    model.eval()
    (x, y), = crossings(1, seed=12)
    with torch.no_grad():
        print("last season's final error:", round(F.mse_loss(model(x), y).item(), 3))
    torch.save(model, path)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", choices=["lstm", "gru"], default="lstm")
    ap.add_argument("--fresh", action="store_true")
    args = ap.parse_args(argv)

    ckpt = os.path.join(tempfile.gettempdir(), f"ferry_{os.getpid()}.pt")
    last_season(ckpt)
    try:
        if not args.fresh and os.path.exists(ckpt):
            model = torch.load(ckpt, weights_only=False)
        elif args.arch == "gru":
            model = FerryGRU()
        else:
            model = FerryLSTM()
        model.train()
        opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        for epoch in range(2):
            for x, y in crossings(3, seed=epoch):
                loss = F.mse_loss(model(x), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
            print(f"epoch {epoch}: {loss.item():.3f}")
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
