import logging

import torch

log = logging.getLogger("smelter.engine")


class Trainer:
    def __init__(self, max_epochs=1, lr=1e-2, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _run_sanity_check(self, model, val_dl):
        was_training = model.training
        model.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_dl):
                if i >= self.num_sanity_val_steps:
                    break
                model.validation_step(batch)
        model.train(was_training)
        log.info("sanity check passed")

    def _validate(self, model, val_dl):
        model.eval()
        with torch.no_grad():
            losses = [model.validation_step(b).item() for b in val_dl]
        model.train()
        return sum(losses) / len(losses)

    def _train_epoch(self, model, opt, train_dl):
        for batch in train_dl:
            opt.zero_grad()
            loss = model.training_step(batch)
            loss.backward()
            opt.step()

    def fit(self, model, train_dl, val_dl):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        if self.num_sanity_val_steps:
            self._run_sanity_check(model, val_dl)
        for epoch in range(self.max_epochs):
            self._train_epoch(model, opt, train_dl)
            self.history.append(self._validate(model, val_dl))
        return self.history
