class Callback:
    """All hooks are optional; the loop looks them up by name."""

    def on_fit_start(self, loop):
        pass

    def on_epoch_end(self, loop, logs):
        pass

    def on_validation_end(self, loop, logs):
        pass
