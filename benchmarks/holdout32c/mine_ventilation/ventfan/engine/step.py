import torch.nn.functional as F


def optimisation_step(trainer, batch):
    x, y = batch
    enc, head = trainer.modules["enc"], trainer.modules["head"]
    loss = F.mse_loss(head(enc(x)), y)
    trainer.optimizer.zero_grad()
    loss.backward()  # TM001-here
    trainer.optimizer.step()
    return loss.item()
