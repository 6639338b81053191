import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("trainer")


class Trainer:
    def __init__(self, model, lr=1e-3, batch_size=8):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.batch_size = batch_size
        self.callbacks = []
        self.epoch = 0

    def emit(self, event, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, event, None)
            if fn is not None:
                fn(self, **kw)

    def fit(self, data, epochs=1):
        x, y = data
        self.model.train()
        self.emit("on_fit_start")
        for self.epoch in range(epochs):
            total = 0.0
            for i in range(0, len(x), self.batch_size):
                self.opt.zero_grad()
                loss = F.binary_cross_entropy_with_logits(self.model(x[i:i + self.batch_size]), y[i:i + self.batch_size])
                loss.backward()
                self.opt.step()
                total += loss.item()
            log.info("epoch %d loss %.4f", self.epoch, total)
            self.emit("on_epoch_end")
        self.emit("on_fit_end")
