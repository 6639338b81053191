# expect: crash
"""Knocker-upper: wake-time prediction from window-tap rhythms, with test-time training.

At evaluation every batch gets one self-supervised step (reconstruct the masked
last tap) on a copy of the model before it is scored.
"""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F


class TapNet(nn.Module):
    def __init__(self, d=4, h=10):
        super().__init__()
        self.enc = nn.LSTM(d, h, batch_first=True)
        self.recon = nn.Linear(h, d)
        self.cls = nn.Linear(h, 2)

    def encode(self, x):
        return self.enc(x)[0]

    def forward(self, x):
        return self.cls(self.encode(x)[:, -1])

    def ssl_loss(self, x):
        masked = x.clone()
        masked[:, -1] = 0.0
        return F.mse_loss(self.recon(self.encode(masked)[:, -1]), x[:, -1])


def train_epoch(model, opt, xs, ys):
    model.train()
    for i in range(0, len(xs), 4):
        loss = F.cross_entropy(model(xs[i:i + 4]), ys[i:i + 4]) + model.ssl_loss(xs[i:i + 4])
        opt.zero_grad()
        loss.backward()
        opt.step()


def ttt_evaluate(model, xs, ys, lr=0.01):
    model.eval()
    correct = 0
    for i in range(0, len(xs), 4):
        xb, yb = xs[i:i + 4], ys[i:i + 4]
        adapted = copy.deepcopy(model)
        opt = torch.optim.SGD(adapted.enc.parameters(), lr=lr)
        opt.zero_grad()
        adapted.ssl_loss(xb).backward()  # TM001-here
        opt.step()
        with torch.no_grad():
            correct += (adapted(xb).argmax(-1) == yb).sum().item()
    return correct / len(xs)


if __name__ == "__main__":
    torch.manual_seed(0)
    model = TapNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xs, ys = torch.randn(16, 6, 4), torch.randint(0, 2, (16,))
    for ep in range(2):
        train_epoch(model, opt, xs, ys)
        print("epoch", ep, "ttt acc", ttt_evaluate(model, xs[:8], ys[:8]))
