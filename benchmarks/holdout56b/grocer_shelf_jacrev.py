# expect: crash
"""Grocer shelf-restock model: which past day drives tomorrow's restock?

After a short fit the model is frozen and a jacobian of the forecast with
respect to the input window is taken with torch.func.jacrev.
"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(3)


class Restock(nn.Module):
    def __init__(self, feats=4, hidden=6):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1]).squeeze(-1)


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(8, 7, 4), torch.randn(8)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def day_importance(model, window):
    model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    f = lambda w: model(w.unsqueeze(0)).squeeze(0)
    jac = jacrev(f)(window)  # TM002-here
    return jac.abs().sum(-1)


def main():
    model = fit(Restock())
    imp = day_importance(model, torch.randn(7, 4))
    print("most influential day:", int(imp.argmax()), imp.tolist())


if __name__ == "__main__":
    main()
