import torch.nn.functional as F


def make_train_step(model, opt):
    """The step closes over the model and the optimiser; its loss comes from this module's imports."""
    def step(x, y):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return step
