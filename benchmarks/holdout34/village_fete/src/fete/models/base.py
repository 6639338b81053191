import torch.nn as nn


class FrozenEncoderModel(nn.Module):
    """Base class: `self.encoder` is pretrained and stays frozen and in eval mode
    whatever mode the rest of the model is switched to."""

    encoder: nn.Module

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.encoder.eval()

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self
