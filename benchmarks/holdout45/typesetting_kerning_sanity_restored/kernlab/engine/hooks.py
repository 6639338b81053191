"""Default no-op hooks; subclasses override what they need."""


class HookMixin:
    def on_fit_start(self):
        pass

    def on_sanity_check_start(self):
        pass

    def on_sanity_check_end(self):
        # the sanity check borrowed the model in eval; hand it back for training
        self.model.train()

    def on_train_epoch_start(self, epoch):
        pass

    def on_validation_end(self, metrics):
        self.model.train()

    def on_fit_end(self):
        pass
