import torch


class LiteTrainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.logged = []

    def _run_validation(self, module, loader, limit=None):
        module.on_validation_start()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                outs.append(module.validation_step(batch, i))
        module.on_validation_epoch_end(outs)
        return outs

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        if self.num_sanity_val_steps:
            self._run_validation(module, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            self.logged.append(self._run_validation(module, val_loader))
        return self.logged
