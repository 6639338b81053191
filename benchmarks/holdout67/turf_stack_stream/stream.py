import torch.nn.functional as F


def interleaved(model, batches, every=2):
    """Yield ('train', batch) and, every `every` batches, a ('val', batch) in eval mode."""
    for i, batch in enumerate(batches):
        yield "train", batch
        if (i + 1) % every == 0:
            model.eval()
            yield "val", batch


def make_step(model, optimizer):
    def step(x, y):
        loss = F.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()

    return step
