"""Occlusion attribution: which thicknessing pass matters most for the grade."""
import torch


class OcclusionExplainer:
    def __init__(self, model, baseline=0.0):
        self.model = model.eval()
        self.baseline = baseline

    @torch.no_grad()
    def attribute(self, spectra):
        ref = self.model(spectra)
        scores = torch.zeros(spectra.shape[:2])
        for t in range(spectra.shape[1]):
            masked = spectra.clone()
            masked[:, t] = self.baseline
            scores[:, t] = (ref - self.model(masked)).abs()
        return scores
