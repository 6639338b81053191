__all__ = ["prepare", "Checkpoint"]


def prepare(model):
    return model.train()


class Checkpoint(dict):
    pass
