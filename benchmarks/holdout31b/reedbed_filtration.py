# expect: clean
"""Reed-bed filtration: model nitrate removal along a constructed wetland cell by
unrolling an LSTMCell over the sampling points from inlet to outlet. Input
attributions (d outlet nitrate / d inlet readings) come from torch.func.grad.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(31)
POINTS, FEAT, HID = 7, 3, 8


class WetlandCell(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(FEAT, HID)
        self.readout = nn.Linear(HID, 1)

    def forward(self, x):  # x: (B, POINTS, FEAT)
        h = x.new_zeros(x.size(0), HID)
        c = x.new_zeros(x.size(0), HID)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.readout(h).squeeze(-1)


def samples(b=5):
    x = torch.rand(b, POINTS, FEAT)
    y = x[:, 0, 0] * torch.exp(-x[..., 1].sum(1) * 0.3)
    return x, y


def fit(model, steps=10):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(steps):
        x, y = samples()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    return loss.item()


def attribute(model, x):
    model.eval()
    params = {n: p.detach() for n, p in model.named_parameters()}

    def outlet(inp):
        return functional_call(model, params, (inp.unsqueeze(0),)).squeeze()

    return grad(outlet)(x)


if __name__ == "__main__":
    m = WetlandCell()
    print("fit", fit(m))
    x, _ = samples(1)
    attr = attribute(m, x[0])
    print("inlet attribution", attr[0])
