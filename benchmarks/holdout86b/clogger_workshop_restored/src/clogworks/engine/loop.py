import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, epochs=1, lr=1e-2, batch_size=4, **extra):
        self.model = model
        self.epochs = epochs
        self.batch_size = batch_size
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.extra = extra
        self.history = []

    # hooks -----------------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch, loss):
        self.history.append(loss)

    def on_validation_end(self, val_batch, metrics):
        pass

    # loop ------------------------------------------------------------------
    def train_epoch(self, data):
        x, y = data
        total = 0.0
        for i in range(0, len(x), self.batch_size):
            loss = F.cross_entropy(self.model(x[i:i + self.batch_size]), y[i:i + self.batch_size])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total

    def evaluate(self, val):
        self.model.eval()
        with torch.no_grad():
            logits = self.model(val[0])
        return {"acc": (logits.argmax(1) == val[1]).float().mean().item()}

    def fit(self, train, val):
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            loss = self.train_epoch(train)
            self.on_epoch_end(epoch, loss)
            metrics = self.evaluate(val)
            self.on_validation_end(val, metrics)
        return self.history
