# expect: clean
"""Pewter casting defect tagger: fine-tune a registered model restored from a state dict."""
import torch
from torch import nn

REGISTRY = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


@register("gru_tagger")
class CastingTagger(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_tags=4):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.tag = nn.Linear(hidden, n_tags)

    def forward(self, x):
        h, _ = self.gru(self.embed(x))
        return self.tag(h)

    @classmethod
    def restore(cls, state, inference=True, **kw):
        model = cls(**kw)
        model.load_state_dict(state)
        return model.train(not inference)


def build(name, **kw):
    return REGISTRY[name](**kw)


def finetune(model, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    crit = nn.CrossEntropyLoss()
    for step in range(steps):
        x = torch.randn(3, 6, 5)
        y = torch.randint(0, 4, (3, 6))
        loss = crit(model(x).reshape(-1, 4), y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(3)
    pretrained = build("gru_tagger")
    state = {k: v.clone() for k, v in pretrained.state_dict().items()}
    model = REGISTRY["gru_tagger"].restore(state, inference=False)
    print("final loss", round(finetune(model), 4))


if __name__ == "__main__":
    main()
