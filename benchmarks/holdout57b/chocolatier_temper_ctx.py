# expect: crash
"""Chocolatier tempering curves: an LSTM regressor predicts bloom risk from a
temperature trace. A logging callback computes input saliency each epoch."""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("temper")
torch.manual_seed(1)


class BloomNet(nn.Module):
    def __init__(self, n_in=2, hid=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hid, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Sequential(nn.Linear(hid, hid), nn.ReLU(), nn.Linear(hid, 1))

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)


class inference_mode_of:
    """Put a module in eval mode for the duration of a block."""

    def __init__(self, module):
        self.module = module
        self._was = None

    def __enter__(self):
        self._was = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self._was)
        return False


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def __call__(self, model, epoch):
        x = self.probe.clone().requires_grad_(True)
        with inference_mode_of(model) as m:
            score = m(x).sum()
            score.backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 1))
        log.info("epoch %d saliency temp=%.4f humidity=%.4f", epoch, sal[0], sal[1])


def batches(n=4, b=6, t=10):
    for _ in range(n):
        x = torch.randn(b, t, 2)
        y = (x[:, :, 0].mean(1) > 0).float()
        yield x, y


def main():
    model = BloomNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    callbacks = [SaliencyLogger(torch.randn(3, 10, 2))]
    for epoch in range(2):
        model.train()
        total = 0.0
        for x, y in batches():
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        log.info("epoch %d loss %.4f", epoch, total)
        for cb in callbacks:
            cb(model, epoch)


if __name__ == "__main__":
    main()
