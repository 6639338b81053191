# expect: crash
"""Cheese cave humidity: GRU ripeness regressor with a saliency logging callback."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("caves")
torch.manual_seed(1)


class Ripeness(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h.mean(1))


class EvalMode:
    """Puts a model in eval on entry and restores its mode on exit."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.was)
        return False


class SaliencyLogger:
    def on_validation_end(self, model, batch):
        x = batch.clone().requires_grad_(True)
        score = model(x).sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        log.info("mean |saliency| %.4f", g.abs().mean().item())


def validate(model, callbacks):
    batch = torch.randn(3, 7, 4)
    with EvalMode(model) as m:
        with torch.no_grad():
            val = m(batch).pow(2).mean().item()
        for cb in callbacks:
            cb.on_validation_end(m, batch)
    return val


model = Ripeness()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(2):
    x, y = torch.randn(5, 7, 4), torch.randn(5, 1)
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    log.info("epoch %d val %.4f", epoch, validate(model, [SaliencyLogger()]))
