import torch

from .hooks import run_validation


class Loop:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs

    def fit(self, module, train_dl, val_dl):
        opt = module.configure_optimizers()
        history = []
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_dl):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            history.append(round(run_validation(module, val_dl), 4))
        return history
