# expect: crash
"""LSTM autoencoder for sensor anomaly detection, wrapped in a detector with fit / score / partial_fit."""
import torch
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, n_features=3, latent=8):
        super().__init__()
        self.encoder = nn.LSTM(n_features, latent, batch_first=True)
        self.decoder = nn.LSTM(latent, latent, batch_first=True)
        self.output = nn.Linear(latent, n_features)

    def forward(self, x):
        _, (h, _) = self.encoder(x)
        repeated = h[-1].unsqueeze(1).repeat(1, x.size(1), 1)
        dec, _ = self.decoder(repeated)
        return self.output(dec)


class AnomalyDetector:
    def __init__(self, n_features, quantile=0.95):
        self.model = LSTMAutoencoder(n_features)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=1e-2)
        self.quantile = quantile
        self.threshold = None

    def _step(self, windows):
        loss = nn.functional.l1_loss(self.model(windows), windows)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def reconstruction_error(self, windows):
        self.model.eval()
        with torch.no_grad():
            return (self.model(windows) - windows).abs().mean(dim=(1, 2))

    def fit(self, windows, epochs=2):
        self.model.train()
        for _ in range(epochs):
            for i in range(0, len(windows), 8):
                self._step(windows[i:i + 8])
        self.threshold = torch.quantile(self.reconstruction_error(windows), self.quantile).item()
        return self

    def partial_fit(self, windows):
        """Online update on freshly confirmed-normal data."""
        return self._step(windows)

    def predict(self, windows):
        return (self.reconstruction_error(windows) > self.threshold).long()


if __name__ == "__main__":
    torch.manual_seed(0)
    normal = torch.sin(torch.linspace(0, 12, 20)).view(1, 20, 1).repeat(24, 1, 3) + 0.05 * torch.randn(24, 20, 3)
    detector = AnomalyDetector(n_features=3).fit(normal)
    print("threshold", round(detector.threshold, 4))
    stream = normal[:6] + torch.randn(6, 20, 3) * torch.tensor([0, 0, 0, 1, 1, 0]).view(6, 1, 1)
    flags = detector.predict(stream)
    print("flags", flags.tolist())
    confirmed_normal = stream[flags == 0]
    print("online loss", detector.partial_fit(confirmed_normal))
