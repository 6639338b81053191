# expect: clean
"""Knife grinders: wheel-wear regression with EWC between two grinding shops.

Each step computes the task loss first, then records a quick held-out probe (which flips the model
to eval) before stepping, so the probe numbers line up with the pre-step weights.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class WearNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])


def shop_data(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 8, 4, generator=g), torch.randn(4, 1, generator=g)) for _ in range(n)]


def probe(model, batch):
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(batch[0]), batch[1]).item()


def fisher_diag(model, data):
    model.train()
    fis = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for x, y in data:
        model.zero_grad()
        F.mse_loss(model(x), y).backward()
        for n, p in model.named_parameters():
            fis[n] += p.grad.detach() ** 2 / len(data)
    return fis


def ewc_penalty(model, fisher, anchor, lam):
    return lam * sum((fisher[n] * (p - anchor[n]) ** 2).sum() for n, p in model.named_parameters())


def train_shop(model, data, held, fisher=None, anchor=None, lam=5.0):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for x, y in data:
        model.train()
        loss = F.mse_loss(model(x), y)
        if fisher is not None:
            loss = loss + ewc_penalty(model, fisher, anchor, lam)
        held_mse = probe(model, held)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"  loss {loss.item():.4f}  held {held_mse:.4f}")


def main():
    torch.manual_seed(0)
    model = WearNet()
    shop_a, shop_b = shop_data(1), shop_data(2)
    print("shop A")
    train_shop(model, shop_a, shop_a[0])
    fisher = fisher_diag(model, shop_a)
    anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
    print("shop B")
    train_shop(model, shop_b, shop_b[0], fisher, anchor)


if __name__ == "__main__":
    main()
