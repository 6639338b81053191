import torch.nn.functional as F


def log_validation_mse(tabular_model, *, epoch, loss, validation=None, **_):
    if validation is None:
        return
    x, y = validation
    pred = tabular_model.predict(x)
    print(f"epoch {epoch}: train {loss:.3f} val {F.mse_loss(pred, y).item():.3f}")
