import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, val_check_interval=2):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval

    def _validate(self, module, val_loader):
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                outs.append(module.validation_step(batch, i))
        module.on_validation_epoch_end(outs)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
                if (i + 1) % self.val_check_interval == 0:
                    self._validate(module, val_loader)
