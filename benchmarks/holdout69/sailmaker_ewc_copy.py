# expect: clean
"""Sailmaker: luff-flutter classifier trained on two lofts in sequence, with an EWC helper built from the model."""
import copy

import torch
from torch import nn
import torch.nn.functional as F


class Flutter(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(d, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class EWC:
    def __init__(self, model, batches):
        self.fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        for x, y in batches:
            model.zero_grad()
            F.cross_entropy(model(x), y).backward()
            for n, p in model.named_parameters():
                self.fisher[n] += p.grad.detach() ** 2 / len(batches)
        model.zero_grad()
        self.anchor = copy.deepcopy(model).eval()  # frozen reference weights
        self.means = {n: p.detach().clone() for n, p in self.anchor.named_parameters()}

    def penalty(self, model):
        return sum((self.fisher[n] * (p - self.means[n]) ** 2).sum() for n, p in model.named_parameters())


def loft(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 6, 3, generator=g), torch.randint(0, 2, (4,), generator=g)) for _ in range(n)]


def train(model, data, ewc=None, lam=10.0):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in data:
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + lam * ewc.penalty(model)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(14)
    model = Flutter()
    model.train()
    a, b = loft(1), loft(2)
    print("loft A", round(train(model, a), 4))
    ewc = EWC(model, a)
    print("loft B", round(train(model, b, ewc), 4))


if __name__ == "__main__":
    main()
