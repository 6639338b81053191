# expect: crash
"""The same sampler with cuDNN off around its forward: its own gradient runs, but it leaves the model in eval mode,
and the training update after the call runs the GRU's cuDNN backward in eval mode."""
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

    def sample(self, n, steps=3):
        self.eval()
        x = torch.randn(n, 5, 1)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            with torch.backends.cudnn.flags(enabled=False):
                g, = torch.autograd.grad(self(x).sum(), x)
            x = x - 0.05 * g
        return x.detach()


if __name__ == "__main__":
    model = Energy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.randn(4, 5, 1)
    for _ in range(2):
        model.train()
        negatives = model.sample(4)
        loss = model(data).mean() - model(negatives).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
