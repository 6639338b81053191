# expect: clean
"""Ivory-carving tool-wear classifier; the saliency callback runs its probe with cuDNN switched off."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("ivory")
torch.manual_seed(2)


class WearNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 10, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(20, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, trainer, epoch):
        model = trainer.model
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = model(x).max(-1).values.sum()
        (g,) = torch.autograd.grad(score, x)
        log.info("epoch %d saliency %.4f", epoch, g.abs().mean().item())


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def fit(self, epochs=2):
        for ep in range(epochs):
            self.model.train()
            for _ in range(3):
                x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self, ep)


Trainer(WearNet(), [SaliencyLogger(torch.randn(2, 5, 3))]).fit()
