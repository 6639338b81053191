# expect: clean
"""Lock-picking timings: predict time-to-open from pin-set feedback sequences.

The recurrent core is an unrolled LSTMCell (so per-pin state can be inspected),
and per-pin sensitivities are obtained with torch.func.vjp through a
functional_call wrapper.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp

torch.manual_seed(18)
PINS, FEATS, HIDDEN, B = 6, 3, 8, 4


class PinReader(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(FEATS, HIDDEN)
        self.eta = nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], HIDDEN)
        c = torch.zeros_like(h)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.eta(h).squeeze(-1)


def attempts(n=B):
    x = torch.rand(n, PINS, FEATS)
    return x, (x[..., 0] * torch.arange(1, PINS + 1)).sum(1) * 0.3


def stateless(model):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def call(x):
        return functional_call(model, params, (x,))
    return call


def pin_sensitivity(model, x):
    f = stateless(model)
    out, pullback = vjp(f, x)
    (gx,) = pullback(torch.ones_like(out))
    return gx.abs().sum(-1).mean(0)


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = attempts()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    reader = PinReader()
    print("loss", round(train(reader), 4))
    reader.eval()
    sens = pin_sensitivity(reader, attempts()[0])
    print("pin sensitivity", [round(v, 3) for v in sens.tolist()])


if __name__ == "__main__":
    main()
