import torch


def ttt_step(model, x, lr):
    """One self-supervised step on the incoming batch before predicting it."""
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    model.encoder.train()
    opt.zero_grad()
    loss = model.self_supervised_loss(x)
    loss.backward()
    opt.step()
    model.encoder.eval()
    return loss.item()
