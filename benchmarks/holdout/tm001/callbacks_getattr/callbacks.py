from learner import Callback, CancelFitException


class TrainEvalCallback(Callback):
    order = -10

    def before_epoch(self):
        self.learn.model.train()

    def before_validate(self):
        self.learn.model.eval()


class EvalModeForValidation(Callback):
    """Stand-in for TrainEvalCallback when defaults are switched off: only handles validation."""

    def before_validate(self):
        self.learn.model.eval()


class Recorder(Callback):
    def before_fit(self):
        self.losses = []

    def after_batch(self):
        if self.learn.training:
            self.losses.append(self.learn.loss.item())


class EarlyStopOnNaN(Callback):
    def after_loss(self):
        if self.learn.loss.isnan():
            raise CancelFitException()
