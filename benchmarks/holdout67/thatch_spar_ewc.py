# expect: crash
"""Thatch-spar splitting, two tasks in a row with an EWC penalty built around the model."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SparNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, classes=2):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])


class EWC:
    """Diagonal Fisher at the end of a task; the model is held and evaluated deterministically."""

    def __init__(self, model, batches, weight=10.0):
        self.model = model
        self.weight = weight
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()
        for x, y in batches:
            self.model.zero_grad()
            F.cross_entropy(self.model(x), y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.train()
        return fisher

    def penalty(self):
        total = 0.0
        for n, p in self.model.named_parameters():
            total = total + (self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
        return self.weight * total


def fit(model, batches, ewc=None):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + ewc.penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def task(seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(3)]


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SparNet()
    a, b = task(1), task(2)
    print("task A", fit(model, a))
    ewc = EWC(model, a)
    print("task B", fit(model, b, ewc))
