class PrintLogger:
    def on_batch_end(self, engine, loss):
        if engine.global_step % 2 == 0:
            print(f"step {engine.global_step} loss {loss:.4f}")

    def on_validation_end(self, engine, metrics):
        print("validation", metrics)


class MidEpochValidation:
    """Runs validation every `every` optimisation steps, like val_check_interval."""

    def __init__(self, every=2):
        self.every = every

    def on_batch_end(self, engine, loss):
        if engine.global_step % self.every == 0:
            engine.evaluate(engine.val_loader)


class ResumeTraining:
    def on_validation_end(self, engine, metrics):
        engine.model.train()
