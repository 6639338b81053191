import logging

import torch

log = logging.getLogger("carillon.engine")


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, log_every=10):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.log_every = log_every
        self.history = []
        self.global_step = 0

    def _eval_loop(self, task, loader, limit=None):
        task.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                outs.append(task.validation_step(batch, i))
        return task.on_validation_epoch_end(outs)

    def _run_sanity_check(self, task, loader):
        metrics = self._eval_loop(task, loader, limit=self.num_sanity_val_steps)
        log.info("sanity check: %s", metrics)

    def validate(self, task, loader):
        metrics = self._eval_loop(task, loader)
        task.train()
        return metrics

    def fit(self, task, train_loader, val_loader):
        task.train()
        optimizer = task.configure_optimizers()
        if self.num_sanity_val_steps:
            self._run_sanity_check(task, val_loader)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                loss = task.training_step(batch, i)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
                self.global_step += 1
                if self.global_step % self.log_every == 0:
                    log.info("step %d loss %.4f", self.global_step, loss.item())
            metrics = self.validate(task, val_loader)
            metrics["epoch"] = epoch
            self.history.append(metrics)
        return self.history
