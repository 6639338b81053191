import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=0):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.logged = []

    def _validate(self, module, limit=None):
        module.eval()
        with torch.no_grad():
            for i, b in enumerate(module.val_dataloader()):
                if limit is not None and i >= limit:
                    break
                module.validation_step(b, i)

    def fit(self, module):
        module._trainer = self
        opt = module.configure_optimizers()
        if self.num_sanity_val_steps:
            self._validate(module, self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            module.train()
            for i, b in enumerate(module.train_dataloader()):
                loss = module.training_step(b, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._validate(module)
