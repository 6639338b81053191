class Callback:
    def on_fit_start(self, engine):
        pass

    def on_train_epoch_start(self, engine):
        pass

    def on_train_batch_end(self, engine, loss):
        pass

    def on_fit_end(self, engine):
        pass


class LossPrinter(Callback):
    def on_train_batch_end(self, engine, loss):
        if engine.state["step"] % engine.cfg["trainer"]["log_every"] == 0:
            print(f"step {engine.state['step']} loss {loss:.4f}")


class PredictionLogger(Callback):
    """Logs the predicted class histogram of a fixed probe batch every epoch."""

    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_train_epoch_start(self, engine):
        preds = engine.predict(self.probe)
        self.history.append(preds.bincount(minlength=3).tolist())
