import abc

import torch


class Trainer(abc.ABC):
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    @abc.abstractmethod
    def compute_loss(self, batch): ...

    @abc.abstractmethod
    def validate(self, batches): ...

    def fit(self, train_batches, val_batches, epochs=1):
        for epoch in range(epochs):
            self.model.train()
            for batch in train_batches:
                loss = self.compute_loss(batch)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            print(epoch, self.validate(val_batches))
