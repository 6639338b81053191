import enum


class Phase(enum.Enum):
    """Training phases; each knows how to prepare the model for itself."""

    PRETRAIN = "pretrain"
    CALIBRATE = "calibrate"
    FINETUNE = "finetune"

    def prepare(self, model):
        if self is Phase.PRETRAIN:
            model.train()
        else:
            # calibration and fine-tuning keep normalisation statistics fixed
            model.eval()
        return model

    @property
    def updates_weights(self):
        return self is not Phase.CALIBRATE
