from sonar.hooks import after_epoch


@after_epoch
def lr_log(model, batch):
    print("params", sum(p.numel() for p in model.parameters()))
