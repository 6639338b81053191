class Callback:
    """Callbacks register themselves by name through __init_subclass__."""

    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is not None:
            Callback.registry[name] = cls

    @classmethod
    def create(cls, name, **kwargs):
        return cls.registry[name](**kwargs)

    def on_fit_start(self, trainer):
        pass

    def on_epoch_end(self, trainer, epoch):
        pass
