# expect: crash
"""Railway delay LSTM: pick the warm-up LR from a curvature probe (Hessian-vector product by double backward)."""
import torch
import torch.nn as nn

torch.manual_seed(25)


class Delay(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def top_curvature(model, x, y, iters=2):
    params = [p for p in model.parameters()]
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    v = [torch.randn_like(p) for p in params]
    lam = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((u * u).sum() for u in v))
        v = [u / norm for u in v]
        gv = sum((g * u).sum() for g, u in zip(grads, v))
        hv = torch.autograd.grad(gv, params, retain_graph=True)  # TM003-here
        lam = sum((h * u).sum() for h, u in zip(hv, v)).item()
        v = [h.detach() for h in hv]
    return lam


if __name__ == "__main__":
    m = Delay()
    x, y = torch.randn(6, 9, 4), torch.randn(6)
    lam = abs(top_curvature(m, x, y)) + 1e-3
    lr = min(0.1, 1.0 / lam)
    print("warm-up lr", lr)
