import torch

MODEL_REGISTRY = {}


def register(name):
    def deco(cls):
        MODEL_REGISTRY[name] = cls
        return cls
    return deco


def build(name, **kwargs):
    return MODEL_REGISTRY[name](**kwargs)


def load_for_inference(name, checkpoint, **kwargs):
    """Rebuild a model from a state dict and get it ready for scoring traps."""
    model = build(name, **kwargs)
    state = torch.load(checkpoint, map_location="cpu")
    model.load_state_dict(state["model"])
    model.eval()
    return model
