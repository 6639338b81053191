import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.global_step = 0
        self.logged = []

    def _validate(self, module, val_dl):
        was_training = module.training
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_dl):
                module.validation_step(batch, i)
        module.train(was_training)
        self.logged.append(dict(step=self.global_step, **module._logs))

    def fit(self, module, train_dl, val_dl):
        module._trainer = self
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_dl):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
                self.global_step += 1
                if self.val_check_interval and self.global_step % self.val_check_interval == 0:
                    self._validate(module, val_dl)
            self._validate(module, val_dl)
