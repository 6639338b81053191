# expect: crash
"""A registry of model classes filled by a decorator; `build(name, mode)` picks the class's classmethod factory by
the mode (`factory = cls.for_serving if mode == "serve" else cls.for_training`) and calls it later. The served model
comes back from `for_serving()` in eval mode, and the online refresh backpropagates through its GRU."""
import torch
import torch.nn.functional as F
from torch import nn

_BUILDERS = {}


def register(name):
    def deco(cls):
        _BUILDERS[name] = cls
        return cls
    return deco


@register("gru-skip")
class SkipModel(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)

    @classmethod
    def for_training(cls, **cfg):
        return cls(**cfg).train()

    @classmethod
    def for_serving(cls, **cfg):
        return cls(**cfg).eval()


def build(name, mode, **cfg):
    cls = _BUILDERS[name]
    factory = cls.for_serving if mode == "serve" else cls.for_training
    return factory(**cfg)


def refresh(model, feedback):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for plays, skipped in feedback:
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(plays), skipped)
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    live = build("gru-skip", "serve", n_feat=5, hidden=8)
    refresh(live, [(torch.randn(4, 10, 5), torch.randint(0, 2, (4,)).float())])
