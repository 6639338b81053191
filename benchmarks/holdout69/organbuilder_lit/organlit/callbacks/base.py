class Callback:
    def on_fit_start(self, trainer, module):
        pass

    def on_validation_end(self, trainer, module, val_data):
        pass

    def on_fit_end(self, trainer, module):
        pass
