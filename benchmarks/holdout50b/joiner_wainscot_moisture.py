# expect: clean
"""Joinery: predict wainscot panel movement from workshop humidity logs. The model
adds Gaussian input noise while training; the fine-tuning phase turns that noise
off through the wrapper's `training` flag and keeps fitting."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class PanelMovement(nn.Module):
    def __init__(self, hidden=8, noise=0.1):
        super().__init__()
        self.noise = noise
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        if self.training and self.noise > 0:
            x = x + self.noise * torch.randn_like(x)
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def humidity_logs(n=6, days=10):
    rh = 0.5 + 0.2 * torch.randn(n, days, 1).cumsum(1) / days
    temp = 0.2 + 0.05 * torch.randn(n, days, 1)
    x = torch.cat([rh, temp], -1)
    y = 3.0 * (rh[:, -1, 0] - rh[:, 0, 0]) + temp.mean((1, 2))
    return x, y


def fit(model, steps, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for step in range(steps):
        x, y = humidity_logs()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    model = PanelMovement()
    print("noisy phase", fit(model, 4, 1e-2))
    model.training = False       # switch off the input noise for the clean-data phase
    print("clean phase", fit(model, 3, 3e-3))


if __name__ == "__main__":
    main()
