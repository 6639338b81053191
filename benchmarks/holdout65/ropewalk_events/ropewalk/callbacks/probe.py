class BaselineProbe:
    """Records the untrained model's validation loss so runs can be compared."""

    def on_train_start(self, engine):
        engine.state["baseline"] = round(engine.evaluate(), 4)
