"""Occlusion attribution: which thicknessing pass matters most for the grade."""
import copy

import torch


class OcclusionExplainer:
    def __init__(self, model, baseline=0.0):
        # work on a private copy so the caller's model keeps its mode
        self.model = copy.deepcopy(model).eval()
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
