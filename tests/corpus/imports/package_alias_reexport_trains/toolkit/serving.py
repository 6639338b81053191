def freeze_for_export(model):
    """Inference form: no dropout, fixed statistics."""
    return model.eval()


def thaw_for_tuning(model):
    return model.train()
