# expect: clean
"""Fishmonger: grade fish freshness from a sequence of gill-colour spectra, log saliency per grade."""
import torch
import torch.nn.functional as F

from explain import GradientExplainer
from grading import FreshnessNet, spectra_batches


def main():
    torch.manual_seed(2)
    model = FreshnessNet(bands=5, hidden=8, grades=3)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)

    for epoch in range(2):
        for spectra, grade in spectra_batches(n=4, batch=4, steps=6, bands=5):
            optimizer.zero_grad()
            loss = F.cross_entropy(model(spectra), grade)
            loss.backward()
            optimizer.step()
        print("epoch", epoch, "loss", round(loss.item(), 4))

    probe, _ = next(spectra_batches(n=1, batch=2, steps=6, bands=5))
    explainer = GradientExplainer.from_model(model, baseline=0.0)
    with torch.backends.cudnn.flags(enabled=False):
        saliency = explainer.explain(probe, target=0)
    print("saliency per band", saliency.abs().mean((0, 1)).tolist())


if __name__ == "__main__":
    main()
