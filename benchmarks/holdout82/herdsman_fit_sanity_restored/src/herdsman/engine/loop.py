import logging

import torch
from torch import nn

log = logging.getLogger("herdsman")


class Trainer:
    def __init__(self, max_epochs=2, sanity_steps=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.sanity_steps = sanity_steps
        self.lr = lr
        self.history = []

    def _sanity_check(self, model, batches):
        was_training = model.training
        model.eval()
        try:
            with torch.no_grad():
                for x, y in batches[: self.sanity_steps]:
                    out = model(x)
                    log.info("sanity out %s", tuple(out.shape))
        finally:
            model.train(was_training)

    def _train_epoch(self, model, opt, batches):
        loss_fn = nn.CrossEntropyLoss()
        total = 0.0
        for x, y in batches:
            opt.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()
            total += loss.item()
        return total / len(batches)

    def fit(self, model, batches):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        self._sanity_check(model, batches)
        for epoch in range(self.max_epochs):
            avg = self._train_epoch(model, opt, batches)
            self.history.append(avg)
            log.info("epoch %d loss %.4f", epoch, avg)
        return self.history
