class Callback:
    def on_train_batch_end(self, trainer, module, loss):
        pass

    def on_validation_end(self, trainer, module):
        pass


class PrintMetrics(Callback):
    def __init__(self, every=1):
        self.every = every

    def on_train_batch_end(self, trainer, module, loss):
        if trainer.global_step % self.every == 0:
            print(f"step {trainer.global_step:3d} loss {loss:.4f}")

    def on_validation_end(self, trainer, module):
        print("val", {k: round(v, 4) for k, v in getattr(module, "_logged", {}).items()})
