import torch


def ttt_step(model, x, lr):
    """One self-supervised step on the incoming batch before predicting it."""
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    opt.zero_grad()
    loss = model.self_supervised_loss(x)
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
