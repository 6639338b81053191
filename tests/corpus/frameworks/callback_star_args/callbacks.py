class SampleDecoder:
    """Decodes one training sample every few steps, as a WER-logging callback does."""

    def __init__(self, every=2):
        self.every = every
        self.samples = []

    def on_batch_end(self, trainer, module, loss, batch):
        if trainer.step % self.every == 0:
            self.samples.append(module.decode(batch[:1]))
