# expect: clean
"""Manifold mixup on the hidden states of a two-layer GRU tagger (sensor activity segments)."""
import random
import torch
import torch.nn as nn

torch.manual_seed(13)
random.seed(13)


class MixGRU(nn.Module):
    def __init__(self, d_in=5, h=8, n_cls=3):
        super().__init__()
        self.low = nn.GRU(d_in, h, batch_first=True)
        self.high = nn.GRU(h, h, batch_first=True)
        self.fc = nn.Linear(h, n_cls)

    def forward(self, x, perm=None, lam=1.0, layer=None):
        h, _ = self.low(x)
        if layer == 0:
            h = lam * h + (1 - lam) * h[perm]
        h, _ = self.high(h)
        if layer == 1:
            h = lam * h + (1 - lam) * h[perm]
        return self.fc(h[:, -1])


def mixup_loss(model, x, y):
    lam = random.betavariate(0.4, 0.4)
    perm = torch.randperm(x.size(0))
    logits = model(x, perm, lam, layer=random.choice([0, 1]))
    ce = nn.functional.cross_entropy
    return lam * ce(logits, y) + (1 - lam) * ce(logits, y[perm])


def evaluate(model, val):
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(1) == y).float().mean().item() for x, y in val) / len(val)


def main():
    model = MixGRU()
    opt = torch.optim.Adam(model.parameters(), 5e-3)
    data = [(torch.randn(6, 10, 5), torch.randint(0, 3, (6,))) for _ in range(2)]
    print("manifold mixup, 3 epochs")
    for ep in range(3):
        model.train()
        for x, y in data:
            loss = mixup_loss(model, x, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(ep, "acc", evaluate(model, data))


if __name__ == "__main__":
    main()
