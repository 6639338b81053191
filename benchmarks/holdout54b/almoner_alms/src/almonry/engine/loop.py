import torch

from .steps import train_step


class BaseTrainer:
    def __init__(self, model, lr=1e-3, epochs=1, batch_size=8):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.batch_size = batch_size
        self.history = []
        self.val_data = None
        self.last_val_pred = None

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch, loss):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, metrics):
        self.history.append(metrics)

    # loop --------------------------------------------------------------
    def validate(self):
        xs, ys = self.val_data
        self.on_validation_start()
        with torch.no_grad():
            pred = self.model(xs)
        self.last_val_pred = pred
        self.on_validation_end({"val_mae": (pred - ys).abs().mean().item()})

    def fit(self, train, val):
        self.val_data = val
        x, y = train
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            loss = 0.0
            for i in range(0, len(x), self.batch_size):
                loss = train_step(self.model, self.optimizer, x[i:i + self.batch_size], y[i:i + self.batch_size])
            self.on_epoch_end(epoch, loss)
            self.validate()
