# expect: crash
"""Oyster-grading GRU: an `evaluating` context manager used for periodic checks."""
from contextlib import contextmanager

import torch
import torch.nn as nn


class Grader(nn.Module):
    def __init__(self, n_in=6, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1])


@contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    if was:
        pass  # forgot to put it back


def main():
    torch.manual_seed(0)
    model = Grader()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    lossf = nn.CrossEntropyLoss()
    model.train()
    for step in range(4):
        x = torch.randn(4, 5, 6)
        y = torch.randint(0, 3, (4,))
        if step == 1:
            with evaluating(model) as m, torch.no_grad():
                acc = (m(x).argmax(1) == y).float().mean().item()
                print("check acc", acc)
        loss = lossf(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("done")


if __name__ == "__main__":
    main()
