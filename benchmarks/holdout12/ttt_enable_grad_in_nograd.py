# expect: crash
"""Test-time adaptation for a GRU forecaster: evaluate() is decorated with @torch.no_grad() and calls model.eval();
for each test window it re-enables autograd with torch.enable_grad() to take one self-supervised step
(reconstruct the masked last value) before predicting."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, d=3, hidden=16):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.head = nn.Linear(hidden, d)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def adapt_step(model, opt, window):
    with torch.enable_grad():
        masked = window.clone()
        masked[:, -1] = 0
        loss = ((model(masked[:, :-1]) - window[:, -2]) ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


@torch.no_grad()
def evaluate(model, windows, lr=1e-3):
    model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    errs = []
    for w in windows:
        adapt_step(model, opt, w)
        errs.append(((model(w[:, :-1]) - w[:, -1]) ** 2).mean().item())
    return sum(errs) / len(errs)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Forecaster()
    data = torch.cumsum(torch.randn(10, 12, 3) * 0.1, 1)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(2):
        loss = ((model(data[:, :-1]) - data[:, -1]) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    print("TTA mse", evaluate(model, [data[:5], data[5:]]))
