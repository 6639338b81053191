# expect: crash
"""Hot-air balloon burner control: two losses (altitude, fuel) with meta-learned
weights. The weights are updated by differentiating the validation loss through
one virtual SGD step of the GRU model (a second-order hypergradient)."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(14)


class Burner(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.alt = nn.Linear(8, 1)
        self.fuel = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        z = h[:, -1]
        return self.alt(z).squeeze(-1), self.fuel(z).squeeze(-1)


model = Burner().train()
log_w = torch.zeros(2, requires_grad=True)
meta_opt = torch.optim.Adam([log_w], lr=0.05)
opt = torch.optim.SGD(model.parameters(), lr=0.05)

for it in range(2):
    x, ya, yf = torch.randn(4, 6, 4), torch.randn(4), torch.randn(4)
    xv, yav = torch.randn(4, 6, 4), torch.randn(4)
    params = dict(model.named_parameters())
    a, f = model(x)
    w = log_w.exp()
    inner = w[0] * (a - ya).pow(2).mean() + w[1] * (f - yf).pow(2).mean()
    grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
    fast = {k: p - 0.05 * g for (k, p), g in zip(params.items(), grads)}
    av, _ = functional_call(model, fast, (xv,))
    meta_loss = (av - yav).pow(2).mean()
    meta_opt.zero_grad()
    meta_loss.backward()  # TM003-here
    meta_opt.step()
    opt.zero_grad()
    a, f = model(x)
    (w.detach()[0] * (a - ya).pow(2).mean() + w.detach()[1] * (f - yf).pow(2).mean()).backward()
    opt.step()
    print(it, log_w.detach().tolist())
