class LogPredictionsCallback:
    """Decodes a few training utterances every n steps, like a WER logging callback."""

    def __init__(self, every_n=100):
        self.every_n = every_n
        self.seen = []

    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step % self.every_n:
            return
        hyps = pl_module.transcribe(batch["audio_signal"][:1])
        self.seen.append(hyps)
