import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.logged = {}

    def _run_validation(self, module, loader, limit=None):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)

    def _sanity_check(self, module, val_loader):
        if self.num_sanity_val_steps:
            # quick dry run: mark the module as not training and skip the full eval() walk
            module.training = False
            with torch.no_grad():
                for i, batch in enumerate(val_loader):
                    if i >= self.num_sanity_val_steps:
                        break
                    module.validation_step(batch, i)
            module.training = True

    def fit(self, module, train_loader, val_loader):
        module._trainer = self
        opt = module.configure_optimizers()
        self._sanity_check(module, val_loader)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._run_validation(module, val_loader)
            module.train()
