def apply_mode(model, mode):
    """Map the config's mode string onto the module. 'keep' leaves it as the last phase set it."""
    if mode == "train":
        model.train()
    elif mode == "eval":
        model.eval()
    elif mode != "keep":
        raise ValueError(f"unknown mode {mode!r}")
    return model.training
