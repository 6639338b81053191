import torch.nn as nn


class FrozenEncoderModel(nn.Module):
    """Base class: anything registered as `self.encoder` stays in eval mode and gets no gradients."""

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self.encoder.eval()

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self
