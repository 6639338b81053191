import torch


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=2, limit_train_batches=3):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.limit_train_batches = limit_train_batches
        self.optimizers = []
        self.logged = {}

    def _run_sanity_check(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                if i >= self.num_sanity_val_steps:
                    break
                module.validation_step(batch, i)

    def fit(self, module, train_loader, val_loader):
        module._trainer = self
        opt = module.configure_optimizers()
        self.optimizers = opt if isinstance(opt, list) else [opt]
        if self.num_sanity_val_steps:
            self._run_sanity_check(module, val_loader)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                if i >= self.limit_train_batches:
                    break
                out = module.training_step(batch, i)
                if module.automatic_optimization:
                    out["loss"].backward()
                    self.optimizers[0].step()
                    self.optimizers[0].zero_grad()
            self._run_validation(module, val_loader)
        return self.logged

    def _run_validation(self, module, val_loader):
        was = module.training
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                module.validation_step(batch, i)
        module.train(was)
