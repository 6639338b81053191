import torch


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.current_epoch = 0

    def _run_validation(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            outputs = [module.validation_step(b, i) for i, b in enumerate(val_loader)]
        module.on_validation_epoch_end(outputs)
        module.train()

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            module.on_train_epoch_start()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._run_validation(module, val_loader)
