import torch


class LiteTrainer:
    def __init__(self, max_epochs=1, val_check_interval=2):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.global_step = 0
        self.logged = {}

    def _run_validation(self, module, val_loader):
        was_training = module.training
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_loader)]
        self.logged["val"] = outs
        module.on_validation_epoch_end()
        module.train(was_training)
        module.on_validation_end()

    def predict(self, module, loader):
        module.eval()
        with torch.no_grad():
            return [module.predict_step(b, i) for i, b in enumerate(loader)]

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                module.manual_backward(loss)
                opt.step()
                self.global_step += 1
                if self.global_step % self.val_check_interval == 0:
                    self._run_validation(module, val_loader)
        return self.logged
