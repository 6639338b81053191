import torch


class Trainer:
    def __init__(self, max_epochs=1, val_every=1):
        self.max_epochs = max_epochs
        self.val_every = val_every
        self.logged = {}

    def _run_validation(self, module):
        module.eval()
        with torch.no_grad():
            for batch in module.val_batches():
                module.validation_step(batch)

    def fit(self, module):
        module.trainer = self
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for batch in module.train_batches():
                loss = module.training_step(batch)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            if (epoch + 1) % self.val_every == 0:
                self._run_validation(module)
