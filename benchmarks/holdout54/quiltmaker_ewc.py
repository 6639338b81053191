# expect: crash
"""Quilt-block pattern recogniser trained on two quilting styles in sequence,
with an EWC penalty so the second style does not erase the first.

The EWC helper owns a reference to the model and estimates the diagonal
Fisher on task A's data when it is constructed.
"""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class StitchNet(nn.Module):
    def __init__(self, n_feat=4, hidden=10, n_patterns=3):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, n_patterns)

    def forward(self, x):
        out, _ = self.lstm(F.relu(self.embed(x)))
        return self.head(self.drop(out[:, -1]))


class EWC:
    def __init__(self, model, batches, lam=50.0):
        self.model = model
        self.lam = lam
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        was_training = self.model.training
        self.model.eval()  # deterministic estimate: no dropout
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        for x, y in batches:
            self.model.zero_grad()
            logp = F.log_softmax(self.model(x), dim=-1)
            F.nll_loss(logp, y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.train(was_training)
        return fisher

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.lam / 2 * total


def make_task(seed, n=12, seq=6):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, seq, 4, generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    return [(x[i:i + 4], y[i:i + 4]) for i in range(0, n, 4)]


def train_task(model, batches, opt, epochs, ewc=None):
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            loss = F.cross_entropy(model(x), y)
            if ewc is not None:
                loss = loss + ewc.penalty()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lam", type=float, default=50.0)
    args = ap.parse_args([])
    torch.manual_seed(0)
    model = StitchNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    task_a, task_b = make_task(1), make_task(2)
    print("task A", train_task(model, task_a, opt, args.epochs))
    ewc = EWC(model, task_a, lam=args.lam)
    print("task B", train_task(model, task_b, opt, args.epochs, ewc=ewc))


if __name__ == "__main__":
    main()
