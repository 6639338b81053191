class Callback:
    pass


class ProgressPrinter(Callback):
    def on_epoch_end(self, engine):
        print(f"epoch {engine.state['epoch']} loss {engine.state['last_loss']:.4f}")


class PredictionWriter(Callback):
    """Writes a few predictions at the configured moment of the run."""

    def __init__(self, when="on_train_end", n=2):
        self.n = n
        self.rows = []
        setattr(self, when, self._write)

    def _write(self, engine):
        x, _ = engine.sample_batch()
        preds = engine.predict(x[: self.n])
        self.rows.extend(round(float(p), 3) for p in preds)
