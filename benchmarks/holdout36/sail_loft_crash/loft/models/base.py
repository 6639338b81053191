import torch.nn as nn


class FrozenEncoderBase(nn.Module):
    """A model whose ``encoder`` was pretrained elsewhere and must stay frozen.

    ``train()`` is overridden so that switching the whole model back to training
    never re-enables dropout inside the frozen encoder.
    """

    frozen_part = "encoder"

    def freeze(self):
        part = getattr(self, self.frozen_part)
        part.requires_grad_(False)
        part.eval()
        return self

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.frozen_part).eval()
        return self
