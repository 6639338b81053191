# expect: crash
"""Power iteration for the top Hessian eigenvalue of a GRU regressor's loss w.r.t. its output-layer-adjacent
recurrent weights, using torch.autograd.functional.hvp on a closure that rebuilds the model with
torch.func.functional_call. Model in train mode throughout."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp
from torch.func import functional_call


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


def make_loss(model, name, x, y):
    others = {k: v.detach() for k, v in model.named_parameters() if k != name}

    def loss_of(w):
        return ((functional_call(model, {**others, name: w}, (x,)) - y) ** 2).mean()
    return loss_of


def top_eigenvalue(model, name, x, y, iters=3):
    w = dict(model.named_parameters())[name].detach()
    loss_of = make_loss(model, name, x, y)
    v = torch.randn_like(w)
    v /= v.norm()
    lam = 0.0
    for _ in range(iters):
        _, Hv = hvp(loss_of, w, v)  # TM003-here
        lam = float((Hv * v).sum())
        v = Hv / (Hv.norm() + 1e-12)
    return lam


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Regressor()
    x, y = torch.randn(8, 6, 3), torch.randn(8)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(3):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    print("lambda_max(weight_hh_l0)", top_eigenvalue(model, "gru.weight_hh_l0", x, y))
