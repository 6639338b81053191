import logging

import torch

from .metrics import MetricBank

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, log_every=10):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.log_every = log_every
        self.best_metric = float("-inf")
        self.global_step = 0
        self.bank = MetricBank()

    # ------------------------------------------------------------------ evaluation
    def _evaluation_loop(self, task, loader, limit=None):
        task.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                outs.append(task.validation_step(batch))
        return self.bank.reduce(outs)

    def validate(self, task, data):
        metrics = self._evaluation_loop(task, data.val_dataloader())
        task.train()
        self.best_metric = max(self.best_metric, metrics["acc"])
        log.info("val %s", metrics)
        return metrics

    def _run_sanity_check(self, task, data):
        if self.num_sanity_val_steps > 0:
            was_training = task.training
            metrics = self._evaluation_loop(task, data.val_dataloader(), limit=self.num_sanity_val_steps)
            task.train(was_training)
            log.info("sanity check %s", metrics)

    # ------------------------------------------------------------------ training
    def fit(self, task, data):
        opt = task.configure_optimizers()
        task.train()
        self._run_sanity_check(task, data)
        for epoch in range(self.max_epochs):
            for batch in data.train_dataloader():
                loss = task.training_step(batch)
                opt.zero_grad()
                loss.backward()
                opt.step()
                self.global_step += 1
                if self.global_step % self.log_every == 0:
                    log.info("epoch %d step %d loss %.4f", epoch, self.global_step, loss.item())
            self.validate(task, data)
        return self
