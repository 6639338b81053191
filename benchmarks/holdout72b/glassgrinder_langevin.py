# expect: clean
"""Glass-grinder lens profiles: Langevin sampling from an energy model over sequences."""
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False
torch.manual_seed(13)


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(1, 8, batch_first=True, nonlinearity="relu")
        self.e = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.e(h[:, -1]).squeeze(-1)


def langevin(model, n=4, T=10, steps=5, step_size=0.05):
    model.eval()
    x = torch.randn(n, T, 1)
    for _ in range(steps):
        x.requires_grad_(True)
        (gx,) = torch.autograd.grad(model(x).sum(), x)
        x = (x - step_size * gx + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)).detach()
    return x


model = Energy()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    real = torch.sin(torch.linspace(0, 3, 10)).repeat(4, 1).unsqueeze(-1)
    fake = langevin(model)
    model.train()
    opt.zero_grad()
    loss = model(real).mean() - model(fake).mean()
    loss.backward()
    opt.step()
    print(it, loss.item())
