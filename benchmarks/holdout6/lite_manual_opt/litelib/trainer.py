"""Trainer.fit: puts the module in train mode once, runs epochs, fires callbacks."""
from .callbacks import REGISTRY


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = [REGISTRY[name]() for name in callbacks]

    def fit(self, module, train_data, val_data, optimizer):
        self.optimizer, self.val_data = optimizer, val_data
        module.trainer = self
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_data):
                module.training_step(batch, i)
            for cb in self.callbacks:
                cb.on_train_epoch_end(self, module)
            print(f"epoch {epoch}: {module.logged}")
