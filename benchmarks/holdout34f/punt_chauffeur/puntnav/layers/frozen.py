class FrozenEncoderMixin:
    """Keeps self.encoder in eval whatever mode the rest of the model is in."""

    frozen_attr = "encoder"

    def train(self, mode=True):
        super().train(mode)
        getattr(self, self.frozen_attr).eval()
        return self
