import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, val_every=1):
        self.max_epochs = max_epochs
        self.val_every = val_every
        self.logged = {}

    # hooks, overridable in subclasses
    def on_train_epoch_start(self, module):
        pass

    def on_validation_start(self, module):
        module.eval()

    def on_validation_end(self, module):
        pass

    def fit(self, module, train_dl, val_dl):
        module.trainer = self
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            self.on_train_epoch_start(module)
            for i, batch in enumerate(train_dl):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            if (epoch + 1) % self.val_every == 0:
                self.validate(module, val_dl)

    def validate(self, module, val_dl):
        self.on_validation_start(module)
        with torch.no_grad():
            for i, batch in enumerate(val_dl):
                module.validation_step(batch, i)
        self.on_validation_end(module)
