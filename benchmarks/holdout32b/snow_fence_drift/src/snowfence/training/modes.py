def frozen_norm_mode(model, trainable=("temporal",)):
    """Eval everywhere (BatchNorm keeps its pretrained statistics, dropout off), then re-enable training
    behaviour for the listed submodules."""
    model.eval()
    for name in trainable:
        getattr(model, name).train()
    return model
