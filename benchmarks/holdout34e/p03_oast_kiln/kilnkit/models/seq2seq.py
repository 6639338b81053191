import torch
from torch import nn

from .parts import KilnDecoder, KilnEncoder


class KilnSeq2Seq(nn.Module):
    def __init__(self, encoder, decoder, horizon=3):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.horizon = horizon

    def forward(self, readings):
        h = self.encoder(readings)
        return self.decoder(h, readings[:, -1, :1], self.horizon)

    @classmethod
    def from_pretrained(cls, path, n_sensors=4, hidden=8):
        ckpt = torch.load(path)
        model = cls(KilnEncoder(n_sensors, hidden), KilnDecoder(hidden), horizon=ckpt["horizon"])
        model.load_state_dict(ckpt["state_dict"])
        return model.eval()

    def save_pretrained(self, path):
        torch.save({"state_dict": self.state_dict(), "horizon": self.horizon}, path)
