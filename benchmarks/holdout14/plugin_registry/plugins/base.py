import abc
import torch.nn as nn


class Registry(abc.ABCMeta):
    pass


class _Registered:
    _registry: dict

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if "_registry" not in cls.__dict__ and key is None:
            cls._registry = {}
        if key is not None:
            cls._registry[key] = cls

    @classmethod
    def create(cls, key, **kwargs):
        return cls._registry[key](**kwargs)


class Encoder(_Registered, nn.Module, metaclass=Registry):
    @abc.abstractmethod
    def forward(self, x):
        ...


class Task(_Registered, metaclass=Registry):
    @abc.abstractmethod
    def run(self, state):
        ...
