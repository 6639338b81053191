from ..encoders import SpindleEncoder


class FeatureService:
    """Serves encoder features to every downstream team; always in inference mode."""

    def __init__(self, encoder):
        self.encoder = encoder

    @classmethod
    def load_for_inference(cls, hidden=10):
        enc = SpindleEncoder(hidden=hidden)
        enc.eval()
        return cls(enc)

    def features(self, batch):
        return self.encoder(batch)
