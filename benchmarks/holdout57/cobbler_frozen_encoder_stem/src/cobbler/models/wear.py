import torch.nn as nn


class LastWearNet(nn.Module):
    """stem -> gait encoder (pretrained GRU) -> per-zone wear head."""

    def __init__(self, sensors, hidden, zones, freeze_encoder=False):
        super().__init__()
        self.freeze_encoder = freeze_encoder
        self.stem = nn.Sequential(nn.Linear(sensors, hidden), nn.ReLU())
        self.encoder = nn.GRU(hidden, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, zones)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            # the pretrained encoder always runs with its inference behaviour
            for name, module in self.named_modules():
                if name.startswith("encoder"):
                    module.eval()
        return self

    def forward(self, x):
        h, _ = self.encoder(self.stem(x))
        return self.head(h.mean(1))
