"""Detector: trains the autoencoder on normal data and thresholds reconstruction error."""
import torch


class AnomalyDetector:
    def __init__(self, model, lr=1e-3, quantile=0.95):
        self.model = model
        self.quantile = quantile
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.loss_fn = torch.nn.L1Loss(reduction="sum")
        self.threshold = None

    def _epoch(self, windows):
        total = 0.0
        for seq in windows.split(4):
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.model(seq), seq)
            loss.backward()  # TM001-here
            self.optimizer.step()
            total += loss.item()
        return total

    def fit(self, windows, epochs=2):
        self.model.train()
        for ep in range(epochs):
            print(f"epoch {ep}: train loss {self._epoch(windows):.2f}")
        return self

    def calibrate(self, val_windows):
        self.model.eval()
        with torch.no_grad():
            errors = (self.model(val_windows) - val_windows).abs().sum((1, 2))
        self.threshold = torch.quantile(errors, self.quantile).item()
        return self.threshold

    def update(self, new_normal_windows, epochs=1):
        """Online refresh on recently confirmed-normal data (no reset of the optimiser)."""
        for _ in range(epochs):
            self._epoch(new_normal_windows)

    def score(self, windows):
        with torch.no_grad():
            errors = (self.model(windows) - windows).abs().sum((1, 2))
        return errors > self.threshold
