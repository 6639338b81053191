# expect: crash
"""Joiner dovetail fit: a GRU reads router vibration and predicts joint gap.
Test-time training: before predicting each test batch, a few steps on a
self-supervised next-step reconstruction loss."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class DovetailGRU(nn.Module):
    def __init__(self, d=4, h=12):
        super().__init__()
        self.enc = nn.GRU(d, h, batch_first=True)
        self.recon = nn.Linear(h, d)
        self.gap = nn.Linear(h, 1)

    def encode(self, x):
        return self.enc(x)[0]

    def forward(self, x):
        return self.gap(self.encode(x)[:, -1])


def ssl_loss(model, x):
    h = model.encode(x[:, :-1])
    return F.mse_loss(model.recon(h), x[:, 1:])


def fit(model, data, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        x, y = data
        loss = F.mse_loss(model(x), y) + ssl_loss(model, x)
        opt.zero_grad(); loss.backward(); opt.step()


def adapt_and_predict(base, x, inner=2):
    model = copy.deepcopy(base)
    opt = torch.optim.SGD(list(model.enc.parameters()), lr=0.01)
    for _ in range(inner):
        opt.zero_grad()
        ssl_loss(model, x).backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        return model(x)


def main():
    model = DovetailGRU()
    fit(model, (torch.randn(6, 7, 4), torch.randn(6, 1)))
    model.eval()
    preds = [adapt_and_predict(model, torch.randn(3, 7, 4)) for _ in range(2)]
    print("preds", torch.cat(preds).shape)


if __name__ == "__main__":
    main()
