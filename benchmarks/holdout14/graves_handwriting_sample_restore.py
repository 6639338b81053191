# expect: clean
"""Graves handwriting synthesis (unconditional): 3-layer LSTM + MDN output; generate() saves the training flag,
samples in eval and restores it with train(was_training)."""
import functools
import torch
import torch.nn as nn
import torch.nn.functional as F

K = 4


def preserve_mode(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        was_training = self.training
        self.eval()
        try:
            return fn(self, *args, **kwargs)
        finally:
            self.train(was_training)
    return wrapper


class HandwritingModel(nn.Module):
    def __init__(self, hid=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hid, num_layers=3)
        self.mdn = nn.Linear(hid, 1 + 6 * K)

    def forward(self, x, hidden=None):
        out, hidden = self.lstm(x, hidden)
        return self.mdn(out), hidden

    @preserve_mode
    @torch.no_grad()
    def generate(self, steps=6):
        x, hidden, pts = torch.zeros(1, 1, 3), None, []
        for _ in range(steps):
            y, hidden = self(x, hidden)
            pi = F.softmax(y[0, 0, 1:1 + K], -1)
            k = torch.multinomial(pi, 1).item()
            mu = y[0, 0, 1 + K + 2 * k: 3 + K + 2 * k]
            x = torch.cat([torch.sigmoid(y[0, 0, :1]).bernoulli(), mu]).view(1, 1, 3)
            pts.append(x.squeeze().tolist())
        return pts


def mdn_loss(y, target):
    eos = torch.sigmoid(y[..., 0])
    pi = F.log_softmax(y[..., 1:1 + K], -1)
    mu = y[..., 1 + K:1 + 3 * K].reshape(*y.shape[:2], K, 2)
    nll = ((target[..., None, 1:] - mu) ** 2).sum(-1)
    return -torch.logsumexp(pi - nll, -1).mean() + F.binary_cross_entropy(eos, target[..., 0])


model = HandwritingModel()
opt = torch.optim.Adam(model.parameters(), 1e-3)
strokes = torch.rand(8, 3, 3)
strokes[..., 0] = strokes[..., 0].round()
model.train()
for step in range(5):
    y, _ = model(strokes[:-1])
    loss = mdn_loss(y, strokes[1:])
    opt.zero_grad(); loss.backward(); opt.step()
    if step == 2:
        print(model.generate()[:2])
print("done")
