from abc import ABC, abstractmethod
from collections import namedtuple


class Policy(ABC):
    learn_function = namedtuple("learn_function", ["forward", "reset", "info"])
    eval_function = namedtuple("eval_function", ["forward", "reset"])
    total_field = ("learn", "collect", "eval")

    def __init__(self, **cfg):
        self._cfg = cfg
        self._model = self.default_model(**cfg)
        for field in self.total_field:
            getattr(self, "_init_" + field)()

    @abstractmethod
    def default_model(self, **cfg):
        ...

    @property
    def learn_mode(self):
        return self.learn_function(self._forward_learn, lambda: None, lambda: "learn")

    @property
    def eval_mode(self):
        return self.eval_function(self._forward_eval, lambda: None)
