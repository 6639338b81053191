"""torch.hub-like registry: models are picked by name and returned ready for inference."""
from .architectures import PackedBiLSTMEncoder, PackedGRUEncoder

_REGISTRY = {
    "sent-bilstm-base": (PackedBiLSTMEncoder, {"hidden": 12, "layers": 2}),
    "sent-gru-small": (PackedGRUEncoder, {"hidden": 8, "layers": 1}),
}


def available_models():
    return sorted(_REGISTRY)


def load_pretrained(name, **overrides):
    cls, kwargs = _REGISTRY[name]
    model = cls(**{**kwargs, **overrides})
    # (weights would be downloaded and loaded here)
    return model.eval()
