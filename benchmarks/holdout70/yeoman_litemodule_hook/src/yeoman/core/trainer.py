import torch


class LiteTrainer:
    def __init__(self, max_epochs=2, check_val_every=1):
        self.max_epochs = max_epochs
        self.check_val_every = check_val_every
        self.logged = {}

    def _validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(loader)]
        self.logged["val"] = sum(o.item() for o in outs) / len(outs)
        module.on_validation_end(self)

    def predict(self, module, loader):
        module.eval()
        with torch.no_grad():
            return [module.predict_step(b, i) for i, b in enumerate(loader)]

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            if (epoch + 1) % self.check_val_every == 0:
                self._validate(module, val_loader)
        return self.logged
