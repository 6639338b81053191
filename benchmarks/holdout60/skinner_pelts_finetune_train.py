# expect: clean
"""Pelt-quality regression for a skinner's workshop: registry of encoders, pretrained weights, fine-tuning."""
import io

import torch
from torch import nn

ENCODERS = {}


def register(name):
    def deco(cls):
        ENCODERS[name] = cls
        return cls
    return deco


class PeltModel(nn.Module):
    rnn_cls = None

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = self.rnn_cls(4, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.reg(h[:, -1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, blob, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(io.BytesIO(blob)))
        return model.eval()


@register("gru")
class GRUPelt(PeltModel):
    rnn_cls = nn.GRU


@register("lstm")
class LSTMPelt(PeltModel):
    rnn_cls = nn.LSTM


def pretrain_blob(name):
    buf = io.BytesIO()
    torch.save(ENCODERS[name]().state_dict(), buf)
    return buf.getvalue()


def zero_shot_mse(model, x, y):
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def finetune(model, x, y, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for step in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    x, y = torch.randn(6, 5, 4), torch.randn(6)
    for name in ("gru", "lstm"):
        model = ENCODERS[name].from_pretrained(pretrain_blob(name))
        print(name, "zero-shot", zero_shot_mse(model, x, y))
        print(name, "finetuned", finetune(model, x, y))
