# expect: crash
"""Orchard grafting: will a graft take?  Daily sap-flow and temperature logs after grafting.

A pretrained "rootstock" LSTM (trained on last season's logs) stays frozen; the model keeps
it in eval mode via an overridden train().  The "scion" adapter in front of it is new and trained.
"""
import argparse

import torch
from torch import nn


class GraftModel(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.scion = nn.Linear(n_in, hidden)          # new, trainable adapter
        self.rootstock = nn.LSTM(hidden, hidden, batch_first=True)  # pretrained, frozen
        self.head = nn.Linear(hidden, 1)
        for p in self.rootstock.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.rootstock.eval()  # frozen: never update its running behaviour
        return self

    def forward(self, logs):
        h, _ = self.rootstock(torch.relu(self.scion(logs)))
        return self.head(h[:, -1]).squeeze(-1)


def graft_logs(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 14, 4, generator=g)
    return x, (x[:, 7:, 0].mean(1) > 0).float()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=0.01)
    args = ap.parse_args(argv)

    torch.manual_seed(11)
    model = GraftModel().train()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    x, y = graft_logs(8, 0)
    for epoch in range(args.epochs):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch}: {loss.item():.4f}")


if __name__ == "__main__":
    main()
