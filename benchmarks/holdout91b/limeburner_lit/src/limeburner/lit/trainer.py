import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.logged = {}

    def _validation_loop(self, module, loader, limit=None):
        module.eval()
        was_training = module.training
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)
        module.train(was_training)

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        module._optimizer = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            self._validation_loop(module, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                module.training_step(batch, i)
            self._validation_loop(module, val_loader)
            module.train()
