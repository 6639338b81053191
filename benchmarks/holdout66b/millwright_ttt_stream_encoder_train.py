# expect: clean
"""Grain-mill vibration classifier with test-time training on every incoming batch.

The self-supervised task (predict the next frame) adapts the shared encoder before classification.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)


class MillNet(nn.Module):
    def __init__(self, feat=4, hidden=10, classes=3):
        super().__init__()
        self.encoder = nn.LSTM(feat, hidden, batch_first=True)
        self.next_frame = nn.Linear(hidden, feat)
        self.classify = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, classes))

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.classify(self.encode(x)[:, -1])

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.next_frame(h), x[:, 1:])


def fit(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(6, 8, 4), torch.randint(0, 3, (6,))
        loss = F.cross_entropy(model(x), y) + model.aux_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def adapt_and_predict(base, x, inner_steps=1, lr=1e-3):
    model = copy.deepcopy(base)
    model.eval()  # deterministic predictions: no dropout at test time
    model.encoder.train()  # the LSTM has no dropout, keep it trainable for adaptation
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    for _ in range(inner_steps):
        opt.zero_grad()
        model.aux_loss(x).backward()
        opt.step()
    with torch.no_grad():
        return model(x).argmax(-1)


base = MillNet()
fit(base)
for b in range(2):
    print("stream batch", b, adapt_and_predict(base, torch.randn(3, 8, 4)).tolist())
