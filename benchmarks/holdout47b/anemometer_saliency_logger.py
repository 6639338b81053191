# expect: clean
"""Anemometer gust classifier with a saliency callback that logs which time steps matter.

The callback runs after each epoch on a fixed probe batch. It puts the model in eval mode,
and it computes the forward with cuDNN switched off so that the backward can run on GPU.
"""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("anemometer")
torch.manual_seed(1)


class GustNet(nn.Module):
    def __init__(self, hidden=12, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.cls(self.drop(h[-1]))


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, model, epoch):
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = model(x)
        score = logits.max(dim=1).values.sum()
        score.backward()
        sal = x.grad.abs().sum(dim=2).mean(dim=0)
        log.info("epoch %d most salient step %d", epoch, int(sal.argmax()))
        model.zero_grad(set_to_none=True)


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def fit(self, epochs=2):
        for epoch in range(epochs):
            self.model.train()
            for _ in range(3):
                x = torch.randn(6, 7, 2)
                y = torch.randint(0, 3, (6,))
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self.model, epoch)


if __name__ == "__main__":
    net = GustNet()
    Trainer(net, [SaliencyLogger(torch.randn(4, 7, 2))]).fit()
    log.info("done")
