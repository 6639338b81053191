import torch

STAGES = {}


class Stage:
    """Subclasses declare `mode` and `grad` as class keywords; __init_subclass__ adds `run`."""

    def __init_subclass__(cls, *, name, mode=None, grad=True, **kw):
        super().__init_subclass__(**kw)
        cls.name = name
        STAGES[name] = cls
        body = cls.body

        def run(self, model, data):
            if mode is not None:
                model.train(mode == "train")
            with torch.set_grad_enabled(grad):
                return body(self, model, data)

        cls.run = run
