# expect: crash
"""Influence functions (Koh & Liang style) on a GRU sentiment model: LiSSA inverse-HVP with
torch.autograd.functional.hvp. The model is in train mode; the double backward through the cuDNN GRU fails."""
import torch
import torch.nn as nn
from torch.autograd.functional import hvp
from torch.func import functional_call


class GRUClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.gru = nn.GRU(8, 12, batch_first=True)
        self.fc = nn.Linear(12, 2)

    def forward(self, tok):
        h, _ = self.gru(self.emb(tok))
        return self.fc(h[:, -1])


def make_loss_fn(model, names, batch):
    tok, y = batch

    def loss_of(*flat):
        params = dict(zip(names, flat))
        return nn.functional.cross_entropy(functional_call(model, params, (tok,)), y)
    return loss_of


def lissa(model, batch, v, depth=2, damping=0.01, scale=10.0):
    names = [n for n, _ in model.named_parameters()]
    params = tuple(p.detach().requires_grad_(True) for p in model.parameters())
    f = make_loss_fn(model, names, batch)
    est = v
    for _ in range(depth):
        _, hv = hvp(f, params, est)  # TM003-here
        est = tuple(vv + (1 - damping) * e - h / scale for vv, e, h in zip(v, est, hv))
    return est


model = GRUClassifier()
batch = (torch.randint(0, 30, (4, 7)), torch.randint(0, 2, (4,)))
loss = nn.functional.cross_entropy(model(batch[0]), batch[1])
v = torch.autograd.grad(loss, list(model.parameters()))
ihvp = lissa(model, batch, tuple(v))
print("influence", sum(float((a * b).sum()) for a, b in zip(ihvp, v)))
print("done")
