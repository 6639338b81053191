# expect: clean
"""Sharpness probe: perturb weights along random directions, measure eval loss, then keep training."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def sharpness(model, x, y, rho=0.05, n_dirs=3):
    model.eval()
    with torch.no_grad():
        base = F.mse_loss(model(x), y).item()
        worst = base
        saved = [p.clone() for p in model.parameters()]
        for _ in range(n_dirs):
            for p in model.parameters():
                d = torch.randn_like(p)
                p.add_(rho * d / (d.norm() + 1e-12) * p.norm())
            worst = max(worst, F.mse_loss(model(x), y).item())
            for p, s in zip(model.parameters(), saved):
                p.copy_(s)
    return worst - base


def train_step(model, opt, x, y):
    model.train()
    loss = F.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = LSTMReg()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(8, 5, 3), torch.randn(8)
    for epoch in range(3):
        s = sharpness(model, x, y)
        print(epoch, round(train_step(model, opt, x, y), 4), round(s, 4))
