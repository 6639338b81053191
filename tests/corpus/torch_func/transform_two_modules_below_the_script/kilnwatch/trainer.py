import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.callbacks = []
        self.log = []
        self.last = None

    def fit(self, batches, epochs=1):
        for _ in range(epochs):
            self.model.train()
            for x, y in batches:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last = x
            for callback in self.callbacks:
                callback.on_epoch_end(self)  # TM002-here
