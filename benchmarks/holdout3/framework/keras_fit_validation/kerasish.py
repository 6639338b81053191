"""Keras-flavoured training API for torch modules: compile(), fit(validation_data=...), evaluate(), predict()."""
import time

import torch


class History:
    def __init__(self):
        self.history = {}

    def append(self, logs):
        for key, value in logs.items():
            self.history.setdefault(key, []).append(value)


class Model(torch.nn.Module):
    def compile(self, optimizer="adam", loss="mse", lr=1e-2):
        optimizers = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop}
        losses = {"mse": torch.nn.MSELoss(), "mae": torch.nn.L1Loss()}
        self.optimizer = optimizers[optimizer](self.parameters(), lr=lr)
        self.loss_fn = losses[loss]

    def train_on_batch(self, x, y):
        self.optimizer.zero_grad()
        loss = self.loss_fn(self(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def evaluate(self, x, y, batch_size=8):
        self.eval()
        with torch.no_grad():
            losses = [self.loss_fn(self(x[i:i + batch_size]), y[i:i + batch_size]).item()
                      for i in range(0, len(x), batch_size)]
        return sum(losses) / len(losses)

    def predict(self, x):
        self.eval()
        with torch.no_grad():
            return self(x)

    def fit(self, x, y, epochs=1, batch_size=8, validation_data=None, verbose=1):
        history = History()
        self.train()
        for epoch in range(epochs):
            start = time.time()
            perm = torch.randperm(len(x))
            losses = [self.train_on_batch(x[perm[i:i + batch_size]], y[perm[i:i + batch_size]])
                      for i in range(0, len(x), batch_size)]
            logs = {"loss": sum(losses) / len(losses)}
            if validation_data is not None:
                logs["val_loss"] = self.evaluate(*validation_data, batch_size=batch_size)
            history.append(logs)
            if verbose:
                print(f"Epoch {epoch + 1}/{epochs} - {time.time() - start:.2f}s - " +
                      " - ".join(f"{k}: {v:.4f}" for k, v in logs.items()))
        return history
