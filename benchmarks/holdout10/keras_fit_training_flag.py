# expect: crash
"""Keras-3-like wrapper around a torch module: compile() / fit() / evaluate() / predict().

evaluate() and predict() call self.module.eval(). fit()'s train_step only flips the
wrapper's own flag (self.training = True, an assignment that does not recurse), so after
the validation pass at the end of epoch 1 the inner GRU stays in eval mode.
"""
import torch
from torch import nn


class Sequential(nn.Module):
    def __init__(self, *layers):
        super().__init__()
        self.module = nn.ModuleList(layers)
        self.compiled = False

    def call(self, x):
        for layer in self.module:
            x = layer(x)
            if isinstance(x, tuple):
                x = x[0]
        return x

    def forward(self, x):
        return self.call(x)

    def compile(self, optimizer="adam", loss="mse", metrics=()):
        opt_cls = {"adam": torch.optim.Adam, "sgd": torch.optim.SGD}[optimizer]
        self.optimizer = opt_cls(self.parameters(), lr=1e-2)
        self.loss_fn = {"mse": nn.functional.mse_loss, "mae": nn.functional.l1_loss}[loss]
        self.compiled = True

    def train_step(self, data):
        x, y = data
        self.training = True
        y_pred = self(x)
        loss = self.loss_fn(y_pred, y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return {"loss": loss.item()}

    def test_step(self, data):
        x, y = data
        return {"val_loss": self.loss_fn(self(x), y).item()}

    def evaluate(self, x, y):
        self.module.eval()
        with torch.no_grad():
            return self.test_step((x, y))

    def fit(self, x, y, epochs=1, batch_size=8, validation_data=None, verbose=1):
        history = []
        for epoch in range(epochs):
            logs = {}
            for i in range(0, len(x), batch_size):
                logs = self.train_step((x[i:i + batch_size], y[i:i + batch_size]))
            if validation_data is not None:
                logs.update(self.evaluate(*validation_data))
            if verbose:
                print(f"Epoch {epoch + 1}/{epochs}", logs)
            history.append(logs)
        return history


class LastStep(nn.Module):
    def forward(self, x):
        return x[:, -1]


if __name__ == "__main__":
    torch.manual_seed(36)
    model = Sequential(nn.Linear(2, 8), nn.GRU(8, 8, batch_first=True), LastStep(), nn.Linear(8, 1))
    model.compile(optimizer="adam", loss="mse")
    x, y = torch.randn(32, 5, 2), torch.randn(32, 1)
    model.fit(x, y, epochs=2, validation_data=(x[:8], y[:8]))
