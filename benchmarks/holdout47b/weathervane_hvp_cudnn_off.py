# expect: clean
"""Weathervane heading model: a sharpness probe (Hessian-vector product along a random direction)
after each epoch. The probe runs with cuDNN disabled, because cuDNN RNNs have no double backward."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp

torch.manual_seed(11)


class VaneNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1])


def flat_loss_fn(model, x, y):
    names = [n for n, _ in model.named_parameters()]
    shapes = [p.shape for p in model.parameters()]

    def f(flat):
        params, i = {}, 0
        for n, s in zip(names, shapes):
            k = s.numel()
            params[n] = flat[i:i + k].view(s)
            i += k
        out = torch.func.functional_call(model, params, (x,))
        return nn.functional.mse_loss(out, y)

    return f


def sharpness(model, x, y):
    flat = torch.cat([p.detach().flatten() for p in model.parameters()])
    v = torch.randn_like(flat)
    v = v / v.norm()
    with torch.backends.cudnn.flags(enabled=False):
        _, hv = hvp(flat_loss_fn(model, x, y), flat, v)
    return float(v @ hv)


def main():
    model = VaneNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        model.train()
        for _ in range(3):
            x, y = torch.randn(4, 5, 2), torch.randn(4, 2)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        xb, yb = torch.randn(4, 5, 2), torch.randn(4, 2)
        print("epoch", epoch, "sharpness", round(sharpness(model, xb, yb), 5))


if __name__ == "__main__":
    main()
