import torch.nn.functional as F


def adapt_on_batch(model, opt, batch, mask_p=0.3):
    """One masked-reconstruction step on the unlabeled batch."""
    mask = (batch.new_empty(batch.shape[:2]).uniform_() < mask_p).unsqueeze(-1)
    _, recon = model(batch.masked_fill(mask, 0.0))
    loss = F.mse_loss(recon, batch)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()
