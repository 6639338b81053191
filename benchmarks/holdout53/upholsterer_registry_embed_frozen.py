# expect: clean
"""Upholsterer: spring-sag models per fabric, loaded from a registry of pretrained states, heads fine-tuned."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("upholsterer")

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls

    return deco


class SagModel(nn.Module):
    def __init__(self, feats=3, hidden=8):
        super().__init__()
        self.embed = nn.Linear(feats, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.embed(x)))
        return self.head(h[:, -1])

    @classmethod
    def from_pretrained(cls, state, **kw):
        model = cls(**kw)
        model.load_state_dict(state)
        return model.eval()

    def freeze_backbone(self):
        for p in [*self.embed.parameters(), *self.rnn.parameters()]:
            p.requires_grad_(False)


@register("foam")
class FoamSag(SagModel):
    pass


@register("horsehair")
class HorsehairSag(SagModel):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.head = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 1))


def pretrained_states():
    return {name: cls().state_dict() for name, cls in REGISTRY.items()}


def finetune_heads(models, steps=3):
    for name, model in models.items():
        model.freeze_backbone()
        opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
        for _ in range(steps):
            x, y = torch.randn(4, 6, 3), torch.randn(4, 1)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("%s head loss %.4f", name, loss.item())


if __name__ == "__main__":
    torch.manual_seed(0)
    states = pretrained_states()
    models = {name: REGISTRY[name].from_pretrained(st) for name, st in states.items()}
    finetune_heads(models)
