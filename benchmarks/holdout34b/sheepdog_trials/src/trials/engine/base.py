"""A small Trainer: fit() drives the loop and calls hooks that subclasses override."""
import logging

log = logging.getLogger("trials")


class Trainer:
    def __init__(self, epochs=1, val_every=0):
        self.epochs = epochs
        self.val_every = val_every
        self.global_step = 0
        self.history = []
        self.model = self.build_model()
        self.optimizer = self.build_optimizer()

    # -- hooks -------------------------------------------------------------
    def build_model(self):
        raise NotImplementedError

    def build_optimizer(self):
        raise NotImplementedError

    def training_step(self, batch):
        raise NotImplementedError

    def on_epoch_start(self, epoch):
        pass

    def on_step_end(self, step, val_data):
        pass

    def on_epoch_end(self, epoch, val_data):
        pass

    # -- loop --------------------------------------------------------------
    def fit(self, train_data, val_data=None):
        for epoch in range(self.epochs):
            self.model.train()
            self.on_epoch_start(epoch)
            for batch in train_data:
                loss = self.training_step(batch)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
                self.global_step += 1
                self.on_step_end(self.global_step, val_data)
            self.on_epoch_end(epoch, val_data)
        return self.history
