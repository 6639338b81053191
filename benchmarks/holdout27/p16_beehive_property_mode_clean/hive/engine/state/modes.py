class ModeMixin:
    """`runner.monitoring = True` puts the model in eval; the setter is the only switch."""

    @property
    def monitoring(self):
        return not self.model.training

    @monitoring.setter
    def monitoring(self, value):
        self.model.train(not value)
