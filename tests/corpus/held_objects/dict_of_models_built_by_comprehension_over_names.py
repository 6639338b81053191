# expect: crash
# fix: cudnn
"""A dict of models built by a comprehension over written names (`{name: build(name) for name in (...)}`); a
smoke test puts every one in eval mode, and the distillation step then trains them all without train()."""
import torch
from torch import nn

ARCHS = {"lstm": nn.LSTM, "gru": nn.GRU}


def build(name, hidden=6):
    return nn.ModuleDict({"core": ARCHS[name](3, hidden, batch_first=True), "out": nn.Linear(hidden, 2)})


def predict(bundle, x):
    seq, _ = bundle["core"](x)
    return bundle["out"](seq[:, -1])


def smoke_test(models, x):
    for name in models:
        models[name].eval()
        with torch.no_grad():
            assert predict(models[name], x).shape == (x.size(0), 2), name


def distil(models, x):
    params = [p for m in models.values() for p in m.parameters()]
    opt = torch.optim.Adam(params, lr=1e-3)
    for m in models.values():
        loss = predict(m, x).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    models = {name: build(name) for name in ("lstm", "gru")}
    batch = torch.randn(4, 7, 3)
    smoke_test(models, batch)
    distil(models, batch)
