# expect: crash
"""Alum works: predicting crystal yield of a steeping liquor from vat temperature logs.

Mixed-precision training loop (GradScaler) with a baseline validation pass
before every epoch so the dashboard shows the starting point.
"""
import argparse
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class LiquorNet(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)


def get_args():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=4)
    p.add_argument("--amp", action="store_true", default=True)
    p.add_argument("--device", default="cpu")
    return p.parse_args([])


def vat_logs(n, steps=9):
    temp = torch.randn(n, steps, 4)
    yield_ = temp[:, :, 0].mean(1) * 0.5 + temp[:, -3:, 2].mean(1)
    return temp, yield_


@torch.no_grad()
def evaluate(model, data):
    model.eval()
    x, y = data
    return F.mse_loss(model(x), y).item()


def train_epoch(model, opt, scaler, data, args):
    x, y = data
    total = 0.0
    for i in range(0, len(x), args.batch_size):
        xb, yb = x[i:i + args.batch_size], y[i:i + args.batch_size]
        with torch.autocast(args.device, dtype=torch.bfloat16, enabled=args.amp):
            loss = F.mse_loss(model(xb).float(), yb)
        opt.zero_grad(set_to_none=True)
        scaler.scale(loss).backward()  # TM001-here
        scaler.step(opt)
        scaler.update()
        total += loss.item()
    return total


def main():
    args = get_args()
    torch.manual_seed(2)
    model = LiquorNet().to(args.device)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    scaler = torch.amp.GradScaler(args.device, enabled=args.amp)
    train, val = vat_logs(8), vat_logs(4)
    model.train()
    for epoch in range(args.epochs):
        t0 = time.perf_counter()
        before = evaluate(model, val)
        tl = train_epoch(model, opt, scaler, train, args)
        print(f"epoch {epoch}: val-before {before:.4f} train {tl:.4f} ({time.perf_counter() - t0:.2f}s)")


if __name__ == "__main__":
    main()
