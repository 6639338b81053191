import abc
import logging

log = logging.getLogger("crowd.engine")


class Trainer(abc.ABC):
    """Template trainer: subclasses implement the hooks."""

    def __init__(self, model, optimizer, epochs=2):
        self.model = model
        self.optimizer = optimizer
        self.epochs = epochs
        self.history = []

    @abc.abstractmethod
    def compute_loss(self, batch):
        ...

    @abc.abstractmethod
    def on_epoch_end(self, epoch):
        ...

    def fit(self, loader):
        self.model.train()
        for epoch in range(self.epochs):
            for batch in loader():
                loss = self.compute_loss(batch)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
            self.history.append(self.on_epoch_end(epoch))
            log.info("epoch %d: %s", epoch, self.history[-1])
        return self.history
