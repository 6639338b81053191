__all__ = ["as_predictor"]


def as_predictor(model):
    return model.eval()
