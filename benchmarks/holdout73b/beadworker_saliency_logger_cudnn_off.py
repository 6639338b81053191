# expect: clean
"""Beadworker: classify bead-loom tension traces; a logging callback records input saliency each epoch."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("beadworker")
torch.manual_seed(2)


class LoomGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 10, num_layers=2, batch_first=True)
        self.fc = nn.Linear(10, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_epoch_end(self, model, epoch):
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = model(x).max(dim=1).values.sum()
        score.backward()
        self.history.append(x.grad.abs().mean().item())
        model.zero_grad(set_to_none=True)
        model.train()
        log.info("epoch %d saliency %.4f", epoch, self.history[-1])


class MetricLogger:
    def on_epoch_end(self, model, epoch):
        log.info("epoch %d done", epoch)


def fit(model, callbacks, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(epochs):
        model.train()
        for _ in range(3):
            x = torch.randn(6, 9, 2)
            y = (x[:, :, 0].mean(1) > 0).long()
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        for cb in callbacks:
            cb.on_epoch_end(model, epoch)


model = LoomGRU()
fit(model, [MetricLogger(), SaliencyLogger(torch.randn(2, 9, 2))])
print("fit finished")
