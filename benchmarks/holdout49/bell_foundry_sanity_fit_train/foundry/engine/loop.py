import logging

import torch

log = logging.getLogger("foundry.engine")


class Trainer:
    def __init__(self, max_epochs=2, sanity_batches=1, lr=1e-2):
        self.max_epochs = max_epochs
        self.sanity_batches = sanity_batches
        self.lr = lr
        self.history = []

    def _sanity_check(self, module, val_batches):
        module.eval()
        with torch.no_grad():
            for batch in val_batches[: self.sanity_batches]:
                module.validation_step(batch)

    def _validate(self, module, val_batches):
        module.eval()
        scores = []
        with torch.no_grad():
            for batch in val_batches:
                scores.append(module.validation_step(batch))
        return sum(scores) / len(scores)

    def fit(self, module, train_batches, val_batches):
        opt = torch.optim.Adam(module.parameters(), lr=self.lr)
        self._sanity_check(module, val_batches)
        for epoch in range(self.max_epochs):
            module.train()
            for batch in train_batches:
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()
                opt.step()
            score = self._validate(module, val_batches)
            self.history.append(score)
            log.info("epoch %d val %.4f", epoch, score)
        return self.history
