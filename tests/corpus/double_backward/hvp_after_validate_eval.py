# expect: crash
"""A sharpness probe after one training step: `validate()` switches the GRU model to eval mode, and the
probe then computes a Hessian-vector product of the loss with respect to all parameters through
torch.autograd.functional.hvp, whose loss closure runs the model with torch.func.functional_call. The
hvp's first backward (taken with create_graph=True) already goes through the eval-mode GRU, so cuDNN
fails with its training-mode error before any double backward is attempted."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd.functional import hvp
from torch.func import functional_call


class Smoother(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 4, batch_first=True)
        self.lin = nn.Linear(4, 1)

    def forward(self, x):
        return self.lin(self.gru(x)[0][:, -1])


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.mse_loss(model(x), y).item()


def sharpness(model, x, y):
    names = [n for n, _ in model.named_parameters()]
    params = tuple(p.detach() for p in model.parameters())
    direction = tuple(torch.randn_like(p) for p in params)

    def loss_of(*flat):
        return F.mse_loss(functional_call(model, dict(zip(names, flat)), (x,)), y)

    _, hv = hvp(loss_of, params, direction)  # TM001-here
    return sum((h * d).sum() for h, d in zip(hv, direction)).item()


torch.manual_seed(7)
model = Smoother()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
model.train()
opt.zero_grad()
F.mse_loss(model(x), y).backward()
opt.step()
print("val", validate(model, x, y))
print("sharpness", sharpness(model, x, y))
