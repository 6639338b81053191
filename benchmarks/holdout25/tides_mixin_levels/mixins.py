class FrozenRNNMixin:
    """Keeps the recurrent core in inference mode whatever the wrapper's mode is."""

    freeze_rnn = False

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_rnn:
            self.core.eval()
            for p in self.core.parameters():
                p.requires_grad_(False)
        return self
