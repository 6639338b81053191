import logging

import torch

log = logging.getLogger("courier.engine")


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, grad_clip=1.0):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.grad_clip = grad_clip
        self.best_val = float("inf")
        self.global_step = 0

    def fit(self, model, train_batches, val_batches):
        self.model = model
        self.optimizer = model.configure_optimizer()
        self._sanity_check(val_batches)
        model.train()
        for epoch in range(self.max_epochs):
            running = 0.0
            for batch in train_batches:
                running += self._training_step(batch)
            log.info("epoch %d train loss %.4f", epoch, running / len(train_batches))
            val = self.validate(val_batches)
            self.best_val = min(self.best_val, val)

    def _training_step(self, batch):
        self.optimizer.zero_grad()
        loss = self.model.training_step(batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.grad_clip)
        self.optimizer.step()
        self.global_step += 1
        return loss.item()

    @torch.no_grad()
    def _run_eval(self, batches):
        scores = [self.model.validation_step(b).item() for b in batches]
        return sum(scores) / max(len(scores), 1)

    def _sanity_check(self, val_batches):
        if not self.num_sanity_val_steps:
            return
        self.model.eval()
        score = self._run_eval(val_batches[: self.num_sanity_val_steps])
        log.info("sanity check mae %.4f", score)

    def validate(self, val_batches):
        self.model.eval()
        score = self._run_eval(val_batches)
        self.model.train()
        log.info("val mae %.4f", score)
        return score
