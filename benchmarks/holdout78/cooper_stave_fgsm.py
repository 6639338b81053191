# expect: crash
"""Adversarial training of a barrel-stave defect detector (cooperage acoustic taps).

The attacker object is built once with the model and reused for every batch.
"""
import torch
import torch.nn.functional as F
from torch import nn


class StaveGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.cls(out.mean(1))


class FGSM:
    def __init__(self, model, eps=0.05):
        self.model = model.eval()
        self.eps = eps

    def perturb(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + self.eps * g.sign()).detach()


def batches(n=3, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(4, 9, 3, generator=g), torch.randint(0, 2, (4,), generator=g)


def main():
    torch.manual_seed(1)
    model = StaveGRU()
    attacker = FGSM(model)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(2):
        for x, y in batches(seed=epoch):
            x_adv = attacker.perturb(x, y)
            model.train()
            opt.zero_grad()
            loss = 0.5 * (F.cross_entropy(model(x), y) + F.cross_entropy(model(x_adv), y))
            loss.backward()
            opt.step()
        print("epoch", epoch, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
