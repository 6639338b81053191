import copy

from ..nets import SpliceStrengthGRU

_REGISTRY = {}


def _published(name):
    if name not in _REGISTRY:
        _REGISTRY[name] = SpliceStrengthGRU()
    return _REGISTRY[name]


def load_for_inference(name="eye-splice-v1"):
    """Copy of a published model marked for inference (skips the stochastic tuck jitter)."""
    model = copy.deepcopy(_published(name))
    model.training = False
    return model
