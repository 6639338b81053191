# expect: crash
"""Rush-bed moisture model: estimate sharpness by power iteration on Hessian-vector products."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Moisture(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(3, 8, num_layers=1, batch_first=True)
        self.dec = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.enc(x)
        return self.dec(o).squeeze(-1)


def top_eigenvalue(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [torch.randn_like(p) for p in params]
    lam = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((t * t).sum() for t in v))
        v = [t / norm for t in v]
        gv = sum((g * t).sum() for g, t in zip(grads, v))
        hv = torch.autograd.grad(gv, params, retain_graph=True)  # TM003-here
        lam = sum((h * t).sum() for h, t in zip(hv, v)).item()
        v = [h.detach() for h in hv]
    return lam


model = Moisture()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    x, y = torch.randn(4, 5, 3), torch.randn(4, 5)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("sharpness", round(top_eigenvalue(model, torch.randn(4, 5, 3), torch.randn(4, 5)), 4))
