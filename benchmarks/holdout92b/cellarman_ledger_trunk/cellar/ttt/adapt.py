import torch.nn.functional as F

from .modes import TrainMode


def adapt_on_batch(model, opt, batch, mask_p=0.3):
    """One masked-reconstruction step on the unlabeled batch; the trunk runs in train mode
    for this step only (its LSTM has no dropout, so the result is the same)."""
    mask = (batch.new_empty(batch.shape[:2]).uniform_() < mask_p).unsqueeze(-1)
    with TrainMode(model.trunk):
        _, recon = model(batch.masked_fill(mask, 0.0))
    loss = F.mse_loss(recon, batch)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()
