import torch


def _step(model, opt, batch):
    loss = torch.nn.functional.mse_loss(model(batch), batch)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def finetune(model, data, epochs=2, lr=1e-4):
    opt = torch.optim.Adam(model.parameters(), lr)
    return [_step(model, opt, data) for _ in range(epochs)]
