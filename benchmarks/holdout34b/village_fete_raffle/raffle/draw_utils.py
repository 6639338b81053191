import torch.nn.functional as F


def freeze_for_draw(model):
    """Deterministic board numbers during the draw."""
    model.training = False
    return model


def board_forecast(model, history):
    return model(history)


def online_update(opt, pred, actual):
    loss = F.smooth_l1_loss(pred, actual)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()
