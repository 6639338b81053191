class FrozenEncoderMixin:
    """Keep `self.encoder` in eval mode and without weight grads whatever train() is asked."""

    frozen_attr = "encoder"

    def freeze_encoder(self):
        for p in getattr(self, self.frozen_attr).parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.frozen_attr).eval()
        return self
