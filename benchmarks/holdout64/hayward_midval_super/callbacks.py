from hayward import Engine


class PatienceEngine(Engine):
    """Counts validations without improvement."""

    def __init__(self, model, config):
        super().__init__(model, config)
        self.bad = 0

    def on_validation_end(self, val_loss):
        if val_loss >= self.best:
            self.bad += 1
        else:
            self.bad = 0
        super().on_validation_end(val_loss)
