# expect: clean
"""Models kept in dataclass fields: `Bundle.encoder` (a bidirectional GRU) and `Bundle.head`. A validation helper
switches the whole bundle to eval; the training step calls `bundle.set_mode("train")`, which loops over the
dataclass fields with `dataclasses.fields` and calls train() on each, before its forward."""
import dataclasses
import torch
import torch.nn as nn


@dataclasses.dataclass
class Bundle:
    encoder: nn.Module
    head: nn.Module

    def set_mode(self, mode):
        for f in dataclasses.fields(self):
            getattr(getattr(self, f.name), "train")(mode == "train")

    def parameters(self):
        for f in dataclasses.fields(self):
            yield from getattr(self, f.name).parameters()


def run(bundle, x):
    h, _ = bundle.encoder(x)
    return bundle.head(h[:, -1])


def validate(bundle, x, y):
    bundle.set_mode("eval")
    with torch.no_grad():
        return float(nn.functional.cross_entropy(run(bundle, x), y))


def train_step(bundle, opt, x, y):
    bundle.set_mode("train")
    loss = nn.functional.cross_entropy(run(bundle, x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


b = Bundle(encoder=nn.GRU(4, 6, batch_first=True, bidirectional=True), head=nn.Linear(12, 3))
opt = torch.optim.Adam(list(b.parameters()), 1e-3)
for epoch in range(3):
    x, y = torch.randn(5, 7, 4), torch.randint(0, 3, (5,))
    train_step(b, opt, x, y)
    print(epoch, validate(b, x, y))
print("done")
