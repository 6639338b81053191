# expect: crash
"""Top Hessian eigenvalue of a GRU regressor's loss by power iteration on Hessian-vector products."""
import torch
import torch.nn as nn


class GRUReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def hvp(loss, params, vec):
    grads = torch.autograd.grad(loss, params, create_graph=True)
    dot = sum((g * v).sum() for g, v in zip(grads, vec))
    return torch.autograd.grad(dot, params, retain_graph=True)  # TM003-here


def top_eigenvalue(model, x, y, iters=3):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = nn.functional.mse_loss(model(x), y)
    v = [torch.randn_like(p) for p in params]
    eig = 0.0
    for _ in range(iters):
        norm = torch.sqrt(sum((u * u).sum() for u in v))
        v = [u / norm for u in v]
        hv = hvp(loss, params, v)
        eig = sum((h * u).sum() for h, u in zip(hv, v)).item()
        v = [h.detach() for h in hv]
    return eig


if __name__ == "__main__":
    torch.manual_seed(0)
    model = GRUReg()
    model.train()
    print("lambda_max ~", top_eigenvalue(model, torch.randn(4, 5, 2), torch.randn(4)))
