"""Fallback hooks used when no site module named `apnoea_hooks` is importable."""


def before_epoch(model, epoch):
    model.train()


def after_epoch(model, epoch, loss):
    print(f"epoch {epoch} loss {loss:.4f}")
