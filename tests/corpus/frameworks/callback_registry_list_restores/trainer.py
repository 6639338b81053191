"""A small trainer: train() once, epochs of steps, callbacks after each epoch."""
import torch.nn.functional as F

from callbacks import CALLBACKS


class Trainer:
    def __init__(self, callbacks, epochs=2):
        self.callbacks = [CALLBACKS[name]() for name in callbacks]
        self.epochs = epochs

    def fit(self, model, optimizer, batches, dev):
        self.dev_x, self.dev_y = dev
        model.train()
        for self.epoch in range(self.epochs):
            for x, y in batches:
                loss = F.cross_entropy(model(x), y)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                self.last_loss = loss.item()
            for callback in self.callbacks:
                callback.on_epoch_end(self, model)
