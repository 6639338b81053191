import torch

__all__ = ["GradeServer", "prepare"]


def prepare(model):
    """Put a model into its serving configuration."""
    model.eval()
    return model


class GradeServer:
    def __init__(self, model):
        self.model = prepare(model)

    @torch.no_grad()
    def grade(self, x):
        return self.model(x).argmax(-1).tolist()
