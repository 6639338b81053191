import torch
import torch.nn as nn
import torch.nn.functional as F


def stabilise_recurrent(model):
    """Recurrent encoders are noisy on short hauls; run them deterministically."""
    for m in model.modules():
        if isinstance(m, nn.RNNBase):
            m.eval()
    return model


def fit_season(model, hauls_by_bed, epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        for bed, batches in hauls_by_bed.items():
            for hauls, catch in batches:
                opt.zero_grad()
                loss = F.mse_loss(model(bed, hauls), catch)
                loss.backward()  # TM001-here
                opt.step()
        print(f"epoch {epoch} last loss {loss.item():.3f}")
