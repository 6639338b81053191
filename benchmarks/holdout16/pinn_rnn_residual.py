# expect: crash
"""Physics-informed GRU for a damped oscillator: the network maps (t, forcing) to
x(t); the ODE residual needs dx/dt via autograd with create_graph=True."""
import torch
import torch.nn as nn


class PIGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, t, f):
        return self.out(self.gru(torch.stack([t, f], -1))[0]).squeeze(-1)


def residual(model, t, f, k=1.0, c=0.1):
    t = t.clone().requires_grad_(True)
    x = model(t, f)
    dx, = torch.autograd.grad(x.sum(), t, create_graph=True)
    return dx + c * x + k * x - f


torch.manual_seed(0)
model = PIGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
t = torch.linspace(0, 1, 8).repeat(3, 1)
f = torch.randn(3, 8)
for it in range(2):
    r = residual(model, t, f)
    loss = r.pow(2).mean() + (model(t[:, :1], f[:, :1]) - 1).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM003-here
    opt.step()
    print(it, loss.item())
