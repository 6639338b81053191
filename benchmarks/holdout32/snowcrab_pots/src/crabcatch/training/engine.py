import logging

import torch

from ..utils import evaluating, frozen_grad

log = logging.getLogger(__name__)


class Engine:
    def __init__(self, model, eval_interval=3, lr=5e-3):
        self.model = model
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)
        self.eval_interval = eval_interval
        self.val_curve = []
        self.global_step = 0

    @staticmethod
    def criterion(rate, counts):
        return torch.nn.functional.poisson_nll_loss(rate, counts, log_input=False)

    def validate(self, batches):
        with evaluating(self.model), frozen_grad():
            vals = [self.criterion(self.model(x), y).item() for x, y in batches]
        return sum(vals) / len(vals)

    def run(self, train_batches, val_batches, epochs=1):
        self.model.train()
        for epoch in range(epochs):
            for x, y in train_batches:
                loss = self.criterion(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.global_step += 1
                if self.global_step % self.eval_interval == 0:
                    self.val_curve.append(self.validate(val_batches))
                    log.info("step %d val %.4f", self.global_step, self.val_curve[-1])
            print(f"epoch {epoch} done, step {self.global_step}")
