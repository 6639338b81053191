from .sensitivity import input_sensitivity


class WindSensitivityCallback:
    def __init__(self, every=1):
        self.every = every

    def on_epoch_end(self, trainer):
        epoch = trainer.state["epoch"]
        if (epoch + 1) % self.every:
            return
        wind = trainer.state["last_batch"]
        trainer.state["sensitivity"].append((epoch, input_sensitivity(trainer.model, wind)))
