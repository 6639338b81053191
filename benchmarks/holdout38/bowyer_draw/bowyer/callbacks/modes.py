class EvalModeSwitch:
    """Puts the model in eval for validation and back afterwards."""

    def on_validation_start(self, engine):
        self._was = engine.model.training
        engine.model.eval()

    def on_validation_end(self, engine):
        engine.model.train(self._was)
