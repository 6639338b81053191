class Callback:
    def on_fit_start(self, trainer):
        pass

    def on_batch_end(self, trainer, step, loss):
        pass


class PeriodicValidation(Callback):
    def __init__(self, every, batches):
        self.every = every
        self.batches = batches
        self.history = []

    def on_batch_end(self, trainer, step, loss):
        if (step + 1) % self.every:
            return
        model = trainer.task.model
        was_training = model.training
        self.history.append(trainer.task.evaluate(self.batches))
        model.train(was_training)
