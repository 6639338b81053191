# expect: clean
"""Kiln-curve models behind a registry: `build(name, state)` looks the class up by the name its caller passes and,
given a state, takes the class's `from_state()` (which ends in eval mode) and then applies `train`, so the fine-tune
runs in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

MODELS = {}


def register(name):
    def add(cls):
        MODELS[name] = cls
        return cls
    return add


@register("kiln")
class KilnNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)

    @classmethod
    def from_state(cls, state, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()


def build(name, state=None, train=True, **kwargs):
    cls = MODELS[name]
    model = cls.from_state(state, **kwargs) if state is not None else cls(**kwargs)
    return model.train(train)


def fit(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        loss = F.mse_loss(model(torch.randn(4, 5, 2)), torch.randn(4))
        opt.zero_grad()
        loss.backward()
        opt.step()


torch.manual_seed(0)
base = build("kiln")
fit(base)
tuned = build("kiln", state=base.state_dict(), train=True)
fit(tuned)
print("tuned")
