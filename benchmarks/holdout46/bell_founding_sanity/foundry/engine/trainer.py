import logging

import torch

log = logging.getLogger("foundry.trainer")


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, lr=1e-3):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.lr = lr
        self.history = []

    def fit(self, task, train_batches, val_batches):
        self.optimizer = task.configure_optimizers(self.lr)
        task.train()
        if self.num_sanity_val_steps:
            self._run_validation(task, val_batches[: self.num_sanity_val_steps])
            log.info("sanity check passed")
        for epoch in range(self.max_epochs):
            self._train_epoch(task, train_batches)
            metrics = self._run_validation(task, val_batches)
            metrics["epoch"] = epoch
            self.history.append(metrics)

    def _train_epoch(self, task, batches):
        for batch in batches:
            self.optimizer.zero_grad()
            loss = task.training_step(batch)
            loss.backward()  # TM001-here
            self.optimizer.step()

    @torch.no_grad()
    def _run_validation(self, task, batches):
        task.eval()
        outs = [task.validation_step(b) for b in batches]
        return {"val_mse": sum(o["val_mse"] for o in outs) / len(outs)}
