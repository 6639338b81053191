import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.log = []
        self.epoch = 0
        self.last_loss = None

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    def _validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            scores = [module.validation_step(b, i) for i, b in enumerate(loader)]
        self._call("on_validation_end", module)
        module.train()
        return sum(scores) / len(scores)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for self.epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                opt.step()
                self.last_loss = loss.item()
            self._call("on_train_epoch_end", module)
            self.log.append(("val", self.epoch, self._validate(module, val_loader)))
        return self.log
