# expect: clean
"""Encoders registered by a class decorator; each is restored with a classmethod that returns it in eval
mode, scored zero-shot, then put back in train mode and fine-tuned: the registry is indexed by the
loop's name, so every registered class's classmethod runs."""
import torch
from torch import nn

ENCODERS = {}


def register(name):
    def deco(cls):
        ENCODERS[name] = cls
        return cls
    return deco


class PeltModel(nn.Module):
    rnn_cls = nn.RNN

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = self.rnn_cls(4, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.reg(h[:, -1]).squeeze(-1)

    @classmethod
    def restored(cls, state=None):
        model = cls()
        if state is not None:
            model.load_state_dict(state)
        return model.eval()


@register("gru")
class GRUPelt(PeltModel):
    rnn_cls = nn.GRU


@register("lstm")
class LSTMPelt(PeltModel):
    rnn_cls = nn.LSTM


def finetune(model, x, y, steps=2):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


x, y = torch.randn(6, 5, 4), torch.randn(6)
for name in ("gru", "lstm"):
    model = ENCODERS[name].restored()
    with torch.no_grad():
        print(name, "zero-shot", nn.functional.mse_loss(model(x), y).item())
    print(name, "finetuned", finetune(model, x, y))
