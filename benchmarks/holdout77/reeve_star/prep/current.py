import torch

__all__ = ["prepare_model", "seed_everything"]


def seed_everything(seed):
    torch.manual_seed(seed)


def prepare_model(model):
    """Put a freshly built model into training mode with flattened RNN weights."""
    model.train()
    for m in model.modules():
        if isinstance(m, torch.nn.RNNBase):
            m.flatten_parameters()
    return model
