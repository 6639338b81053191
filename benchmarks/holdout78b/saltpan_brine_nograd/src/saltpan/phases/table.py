import torch


class Phase:
    """Context manager: switches the model's mode and grad mode on enter, restores on exit."""

    def __init__(self, name, mode, grad):
        self.name, self.mode, self.grad = name, mode, grad
        self._model = None

    def __call__(self, model):
        self._model = model
        return self

    def __enter__(self):
        self._was = self._model.training
        self._grad_ctx = torch.set_grad_enabled(self.grad)
        self._grad_ctx.__enter__()
        self._model.train(self.mode == "train")
        return self._model

    def __exit__(self, *exc):
        self._model.train(self._was)
        self._grad_ctx.__exit__(*exc)
        return False


class PhaseTable(dict):
    @classmethod
    def from_text(cls, text):
        table, current = cls(), None
        for raw in text.splitlines():
            if not raw.strip():
                continue
            if not raw.startswith(" "):
                current = raw.strip().rstrip(":")
                table[current] = {}
            else:
                key, value = (p.strip() for p in raw.split(":", 1))
                table[current][key] = {"true": True, "false": False}.get(value, value)
        return cls({name: Phase(name, **spec) for name, spec in table.items()})
