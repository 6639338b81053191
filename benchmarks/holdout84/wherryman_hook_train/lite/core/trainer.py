import torch


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.history = []

    def _validate(self, module, val_batches):
        module.on_validation_start()
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(val_batches):
                outs.append(module.validation_step(batch, i))
        module.on_validation_end()
        return sum(outs) / len(outs)

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_batches):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.history.append(round(self._validate(module, val_batches), 4))
        return self.history
