# expect: crash
"""Ropewalker strand-twist classifier with test-time training on each test batch."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(12)


class TwistNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)
        self.recon = nn.Linear(hidden, 2)  # self-supervised head

    def encode(self, x):
        h, _ = self.encoder(x)
        return h

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])


def ssl_loss(model, x):
    h = model.encode(x[:, :-1])
    return nn.functional.mse_loss(model.recon(h), x[:, 1:])


def test_time_train(base, x, steps=2, lr=1e-2):
    model = copy.deepcopy(base)
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        ssl_loss(model, x).backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        return model(x).argmax(-1)


model = TwistNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(6, 8, 2), torch.randint(0, 3, (6,))
    opt.zero_grad()
    (nn.functional.cross_entropy(model(x), y) + ssl_loss(model, x)).backward()
    opt.step()

model.eval()
for b in range(2):
    xt = torch.randn(4, 8, 2)
    print("batch", b, test_time_train(model, xt).tolist())
