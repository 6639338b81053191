# expect: crash
"""Oast house hop drying curves: forecast kiln moisture from the last few readings.

Models are built through a registry; a "reference" kiln model is restored from a checkpoint
and then fine-tuned on the new season's curves.
"""
import io
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("oast")

MODELS = {}


def register(name):
    def deco(cls):
        MODELS[name] = cls
        return cls
    return deco


@register("lstm")
class DryingCurve(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)

    @classmethod
    def from_checkpoint(cls, buf, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(buf))
        return model.eval()


@register("mlp")
class FlatCurve(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_in, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x)


def kiln_batch(batch=4, steps=7):
    x = torch.rand(batch, steps, 3)
    y = x.cumsum(1)[..., :1] * 0.1
    return x, y


def pretrain(model, steps=3):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = kiln_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    buf = io.BytesIO()
    torch.save(model.state_dict(), buf)
    buf.seek(0)
    return buf


def finetune(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for step in range(steps):
        x, y = kiln_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("finetune %d %.4f", step, loss.item())
    return loss.item()


def main():
    torch.manual_seed(1)
    results = {}
    for name in ("mlp", "lstm"):
        model = MODELS[name]()
        buf = pretrain(model)
        if hasattr(MODELS[name], "from_checkpoint"):
            model = MODELS[name].from_checkpoint(buf)
        results[name] = finetune(model)
    print(results)


if __name__ == "__main__":
    main()
