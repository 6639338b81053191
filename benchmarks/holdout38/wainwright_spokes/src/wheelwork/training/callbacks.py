_CALLBACKS = []


def callback(cls):
    _CALLBACKS.append(cls)
    return cls


def registered():
    return [cls() for cls in _CALLBACKS]


@callback
class ModeKeeper:
    def on_validation_start(self, engine):
        self.was_training = engine.model.training
        engine.model.eval()

    def on_validation_end(self, engine):
        engine.model.training = self.was_training


@callback
class LossPrinter:
    def on_epoch_end(self, engine):
        print("epoch", engine.epoch, "val acc", engine.metrics.get("val_acc"))
