def freeze_for_scoring(model):
    """Deterministic scoring: no dropout, growth head fixed."""
    model.eval()
    for p in model.growth.parameters():
        p.requires_grad_(False)
    return model


def ready_for_adaptation(model):
    """Adaptation keeps the recurrent core trainable; only the growth head is fixed."""
    model.train()
    for p in model.growth.parameters():
        p.requires_grad_(False)
    return model
