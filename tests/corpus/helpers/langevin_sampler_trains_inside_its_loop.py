# expect: clean
"""An energy model's `sample()` evaluates, then puts itself back in train mode inside its Langevin loop before each
forward; the loop runs `steps` rounds (4 unless the caller says otherwise), so the model leaves `sample()` in train
mode and the training update after the call runs the GRU's backward in train mode."""
import torch
import torch.nn as nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(1, 8, batch_first=True)
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.e(h[:, -1]).squeeze(-1)

    def sample(self, n, steps=4):
        self.eval()
        with torch.no_grad():
            x = torch.randn(n, 5, 1) * self(torch.zeros(1, 5, 1)).abs().mean()
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            self.train()
            g, = torch.autograd.grad(self(x).sum(), x)
            x = x - 0.05 * g
        return x.detach()


if __name__ == "__main__":
    model = Energy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.randn(4, 5, 1)
    for _ in range(2):
        negatives = model.sample(4)
        loss = model(data).mean() - model(negatives).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
