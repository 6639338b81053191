import logging

import torch

log = logging.getLogger("indigo.engine")


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _run_sanity_check(self, model, val_batches):
        model.eval()
        with torch.no_grad():
            for batch in val_batches[: self.num_sanity_val_steps]:
                log.debug("sanity loss %.4f", model.loss(batch).item())

    def validate(self, model, val_batches):
        model.eval()
        with torch.no_grad():
            losses = [model.loss(b).item() for b in val_batches]
        model.train()
        return sum(losses) / len(losses)

    def training_step(self, model, opt, batch):
        opt.zero_grad()
        loss = model.loss(batch)
        loss.backward()  # TM001-here
        opt.step()
        return loss.item()

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            self._run_sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            for batch in train_batches:
                self.training_step(model, opt, batch)
            self.history.append(self.validate(model, val_batches))
        return self.history
