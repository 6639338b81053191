# expect: crash
"""Models registered by name; `from_pretrained` returns a model ready for inference, which a downstream
script then fine-tunes with gradient accumulation."""
import io

import torch
import torch.nn as nn
import torch.nn.functional as F

REGISTRY = {}
_HUB = {}


def register(name):
    def deco(cls):
        REGISTRY[name] = cls
        return cls
    return deco


@register("bigru-small")
class BiGRUEncoder(nn.Module):
    def __init__(self, vocab=60, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * dim, 2)

    def forward(self, x):
        return self.head(self.rnn(self.emb(x))[0][:, 0])


@register("rnn-tiny")
class TinyRNN(nn.Module):
    def __init__(self, vocab=60, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.RNN(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, 2)

    def forward(self, x):
        return self.head(self.rnn(self.emb(x))[0][:, -1])


def publish(name):
    buf = io.BytesIO()
    torch.save(REGISTRY[name]().state_dict(), buf)
    _HUB[name] = buf.getvalue()


def from_pretrained(name):
    model = REGISTRY[name]()
    model.load_state_dict(torch.load(io.BytesIO(_HUB[name])))
    return model.eval()


torch.manual_seed(0)
config = {"model": "bigru-small", "accumulate": 2, "lr": 1e-3}
publish(config["model"])
model = from_pretrained(config["model"])
optimizer = torch.optim.AdamW(model.parameters(), lr=config["lr"])
optimizer.zero_grad()
for i in range(4):
    x, y = torch.randint(0, 60, (4, 7)), torch.randint(0, 2, (4,))
    loss = F.cross_entropy(model(x), y) / config["accumulate"]
    loss.backward()  # TM001-here
    if (i + 1) % config["accumulate"] == 0:
        optimizer.step()
        optimizer.zero_grad()
        print(f"update {(i + 1) // config['accumulate']}: {loss.item() * config['accumulate']:.4f}")
