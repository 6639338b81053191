from .jacobians import input_jacobian_norm


class SensitivityProbe:
    def on_epoch_end(self, trainer):
        trainer.log.append(input_jacobian_norm(trainer.model, trainer.last[:1]))
