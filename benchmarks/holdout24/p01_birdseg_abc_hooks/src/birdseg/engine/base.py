import abc

import torch


class BaseTrainer(abc.ABC):
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0

    @abc.abstractmethod
    def training_step(self, batch):
        """Return the loss of one batch."""

    @abc.abstractmethod
    def on_epoch_end(self, val_batches):
        """Called once per epoch with the validation batches."""

    def on_fit_start(self):
        self.model.train()

    def fit(self, train_batches, val_batches, epochs=1):
        self.on_fit_start()
        for self.epoch in range(epochs):
            for batch in train_batches:
                loss = self.training_step(batch)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.on_epoch_end(val_batches)
