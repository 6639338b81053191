import copy

import torch

from ..data import torque_batches


class MiniTrainer:
    def __init__(self, max_epochs, limit_train_batches, limit_val_batches, seed=0):
        self.max_epochs = max_epochs
        self.limit_train_batches = limit_train_batches
        self.limit_val_batches = limit_val_batches
        self.seed = seed
        self.logged = {}

    def _validate(self, module):
        # validate a snapshot so the live module's mode and state are never touched
        frozen = copy.deepcopy(module).eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(torque_batches(self.limit_val_batches)):
                outs.append(frozen.validation_step(batch, i))
        for key in outs[0]:
            self.logged[key] = sum(o[key] for o in outs) / len(outs)
        return frozen

    def fit(self, module):
        torch.manual_seed(self.seed)
        opt = module.configure_optimizers()
        module.train()
        self._validate(module)  # sanity check before training
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(torque_batches(self.limit_train_batches)):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                module.manual_backward(loss)
                opt.step()
                self.logged["train_loss"] = loss.item()
            self._validate(module)
