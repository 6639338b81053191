# expect: crash
"""Gradient-noise-scale estimate (small vs big batch gradient norms) for a glucose LSTM, logged after validation."""
import torch
import torch.nn as nn

torch.manual_seed(16)


class Glucose(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def flat_grad(model, x, y):
    model.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()  # TM001-here
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def noise_scale(model, x, y, small=2):
    g_big = flat_grad(model, x, y)
    g_small = flat_grad(model, x[:small], y[:small])
    b_big, b_small = x.size(0), small
    g2 = (b_big * g_big.pow(2).sum() - b_small * g_small.pow(2).sum()) / (b_big - b_small)
    s = (g_small.pow(2).sum() - g_big.pow(2).sum()) / (1 / b_small - 1 / b_big)
    return (s / g2.clamp_min(1e-12)).item()


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


if __name__ == "__main__":
    m = Glucose()
    opt = torch.optim.SGD(m.parameters(), lr=0.05)
    x, y = torch.randn(8, 12, 3), torch.randn(8)
    for step in range(3):
        m.train()
        opt.zero_grad()
        nn.functional.mse_loss(m(x), y).backward()
        opt.step()
        if step % 2 == 0:
            print("val", validate(m, x, y))
            print("B_noise", noise_scale(m, x, y))
