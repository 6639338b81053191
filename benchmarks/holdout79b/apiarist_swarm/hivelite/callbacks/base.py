class Callback:
    def on_train_epoch_start(self, trainer, module):
        pass

    def on_validation_end(self, trainer, module):
        pass

    def on_train_epoch_end(self, trainer, module):
        pass
