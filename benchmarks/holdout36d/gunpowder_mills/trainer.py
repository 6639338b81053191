"""Small trainer used by the gunpowder-mill notebooks.

fit() calls overridable hooks; evaluate() switches to eval and puts the old mode back.
"""
import torch


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def loss(self, batch):
        raise NotImplementedError

    def on_epoch_end(self, epoch, logs):
        pass

    # loop --------------------------------------------------------------
    def step(self, batch):
        self.opt.zero_grad()
        loss = self.loss(batch)
        loss.backward()
        self.opt.step()
        return loss.item()

    def evaluate(self, batches):
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            val = sum(self.loss(b).item() for b in batches) / len(batches)
        self.model.train(was_training)
        return val

    def fit(self, train_batches, val_batches, epochs=2):
        self.model.train()
        for epoch in range(epochs):
            logs = {"loss": sum(self.step(b) for b in train_batches) / len(train_batches)}
            logs["val"] = self.evaluate(val_batches)
            self.history.append(logs)
            self.on_epoch_end(epoch, logs)
        return self.history
