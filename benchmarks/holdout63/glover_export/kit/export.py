def freeze_for_export(model):
    """Put the model in inference form (no dropout, fixed statistics)."""
    return model.eval()


def unfreeze_for_tuning(model):
    """Undo freeze_for_export so the model can be tuned again."""
    for p in model.parameters():
        p.requires_grad_(True)
    return model.train()
