import torch


class LiteTrainer:
    def __init__(self, max_epochs=1, val_check_interval=2):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.logged = {}

    def _validate(self, module, val_loader):
        module.on_validation_start()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_loader)]
        self.logged["val_loss"] = float(torch.stack(outs).mean())
        module.on_validation_end()

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        step = 0
        for _ in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                self.backward(loss)
                opt.step()
                step += 1
                if step % self.val_check_interval == 0:
                    self._validate(module, val_loader)
        return self.logged

    def backward(self, loss):
        loss.backward()  # TM001-here
