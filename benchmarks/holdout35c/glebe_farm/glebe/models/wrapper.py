import torch.nn as nn


class FrozenEncoderModel(nn.Module):
    """Base class: ``self.encoder`` never trains, whatever mode is requested."""

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self


class TitheModel(FrozenEncoderModel):
    def __init__(self, encoder, n_out):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Sequential(nn.Linear(encoder.hidden, encoder.hidden), nn.GELU(), nn.Linear(encoder.hidden, n_out))
        self.freeze_encoder()

    def forward(self, history):
        return self.head(self.encoder(history))
