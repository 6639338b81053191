import logging

import torch

log = logging.getLogger("mastmaker.engine")


class Trainer:
    def __init__(self, model, lr=1e-2, max_epochs=2, num_sanity_val_steps=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _val_loop(self, batches, limit=None):
        self.model.eval()
        losses = []
        with torch.no_grad():
            for i, (x, y) in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                losses.append(torch.mean((self.model(x) - y) ** 2).item())
        return sum(losses) / max(len(losses), 1)

    def _train_step(self, x, y):
        self.opt.zero_grad()
        loss = torch.mean((self.model(x) - y) ** 2)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_batches, val_batches):
        if self.num_sanity_val_steps:
            log.info("sanity val %.4f", self._val_loop(val_batches, self.num_sanity_val_steps))
        for epoch in range(self.max_epochs):
            tl = [self._train_step(x, y) for x, y in train_batches]
            vl = self._val_loop(val_batches)
            self.history.append((epoch, sum(tl) / len(tl), vl))
            log.info("epoch %d train %.4f val %.4f", epoch, self.history[-1][1], vl)
        return self.history
