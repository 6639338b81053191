# expect: crash
"""Fine-tune a pretrained GRU from a small model zoo (classmethod loaders return eval models)."""
import torch
from torch import nn

ZOO = {}


def register(name):
    def deco(cls):
        ZOO[name] = cls
        return cls
    return deco


@register("gru-small")
class GRUEncoderClassifier(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_cls=2):
        super().__init__()
        self.enc = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def encode(self, x):
        _, h = self.enc(x)
        return h[-1]

    def forward(self, x):
        return self.head(self.encode(x))

    @classmethod
    def from_pretrained(cls, seed=0):
        torch.manual_seed(seed)
        model = cls()
        # pretend to load weights, then hand back an inference-ready model
        return model.eval()


def load(name, **kw):
    return ZOO[name].from_pretrained(**kw)


def finetune(model, data, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(steps):
        x, y = data[step % len(data)]
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    data = [(torch.randn(4, 9, 5), torch.randint(0, 2, (4,))) for _ in range(2)]
    model = load("gru-small", seed=7)
    print("finetuned loss", finetune(model, data))
