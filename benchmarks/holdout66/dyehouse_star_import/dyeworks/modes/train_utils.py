__all__ = ["prepare", "step"]


def prepare(model):
    """Get a model ready for optimisation."""
    model.train()
    return model


def step(model, opt, loss_fn, batch):
    x, y = batch
    loss = loss_fn(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
