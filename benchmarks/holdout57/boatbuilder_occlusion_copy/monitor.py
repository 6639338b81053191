import copy

import torch


class OcclusionMonitor:
    """Scores plank positions by how much zeroing them moves the prediction."""

    def __init__(self, model, probe):
        # keep a private copy so the monitor never changes the model being trained
        self.model = copy.deepcopy(model)
        self.model.eval()
        self.probe = probe

    def sync(self, model):
        self.model.load_state_dict(model.state_dict())

    @torch.no_grad()
    def plank_importance(self):
        base = self.model(self.probe).softmax(-1)
        scores = torch.zeros(self.probe.shape[1])
        for j in range(self.probe.shape[1]):
            occluded = self.probe.clone()
            occluded[:, j] = 0.0
            scores[j] = (self.model(occluded).softmax(-1) - base).abs().sum()
        return scores
