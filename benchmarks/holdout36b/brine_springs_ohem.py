# expect: crash
"""Brine-spring salinity alarms with online hard-example mining.

Each step scores the whole batch, keeps the top-k hardest springs, and trains on them.
Scoring is done with the model in eval mode so dropout does not perturb the ranking.
"""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class SalinityRNN(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(self.drop(torch.relu(self.inp(x))))
        return self.head(h[:, -1])


def score_batch(model, x, y):
    model.eval()
    per_example = F.cross_entropy(model(x), y, reduction="none")
    return per_example


def ohem_step(model, opt, x, y, keep):
    losses = score_batch(model, x, y)
    hard = losses.topk(keep).indices
    opt.zero_grad()
    loss = losses[hard].mean()
    loss.backward()  # TM001-here
    opt.step()
    model.train()
    return loss.item(), hard.tolist()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=4)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--keep", type=int, default=3)
    args = p.parse_args()
    torch.manual_seed(0)
    model = SalinityRNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(args.steps):
        x = torch.randn(args.batch, 10, 3)
        y = (x[:, :, 0].mean(1) > 0).long()
        loss, hard = ohem_step(model, opt, x, y, args.keep)
        print(f"step {step} loss {loss:.4f} hard {hard}")


if __name__ == "__main__":
    main()
