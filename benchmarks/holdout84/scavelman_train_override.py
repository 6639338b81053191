# expect: crash
"""Scavelman: street-cleaning route demand.  A pretrained street encoder is
meant to stay deterministic, so the model overrides train() to keep part of
itself in eval mode, then the whole thing is fine-tuned."""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("scavelman")


class StreetModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.norm = nn.BatchNorm1d(n_in)
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def train(self, mode=True):
        super().train(mode)
        # pretrained part keeps its inference behaviour while fine-tuning
        self.encoder.eval()
        return self

    def forward(self, x):
        b, t, f = x.shape
        x = self.norm(x.reshape(b * t, f)).reshape(b, t, f)
        h, _ = self.encoder(x)
        return self.head(h[:, -1])


def run(args):
    torch.manual_seed(args.seed)
    model = StreetModel()
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    model.train()
    for step in range(args.steps):
        x = torch.randn(4, 5, 4)
        y = torch.rand(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())
    return loss.item()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--lr", type=float, default=1e-2)
    p.add_argument("--seed", type=int, default=8)
    print(run(p.parse_args([])))
