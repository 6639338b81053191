# expect: crash
"""An energy model's `sample()` puts itself in eval mode and takes `autograd.grad` of the energy w.r.t. its input:
that backward dies on the GPU, so the training update after the call is never reached. Its fix (`self.train()` before
the sampler's forward) also leaves the model in train mode for the update: one finding, in the sampler."""
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
            g, = torch.autograd.grad(self(x).sum(), x)  # TM001-here
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
        loss.backward()
        opt.step()
