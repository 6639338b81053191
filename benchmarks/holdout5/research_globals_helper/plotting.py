import torch

import config


def onset_report(batch, threshold=0.5):
    """Prints detected onsets for a batch (stand-in for the matplotlib figure of the notebook)."""
    config.model.eval()
    with torch.no_grad():
        probs = torch.sigmoid(config.model(batch))
    onsets = [(p > threshold).nonzero().flatten().tolist()[:3] for p in probs]
    print("  onsets:", onsets)
