import torch


class OcclusionMonitor:
    """Scores plank positions by how much zeroing them moves the prediction."""

    def __init__(self, model, probe):
        self.model = model
        self.model.eval()
        self.probe = probe

    @torch.no_grad()
    def plank_importance(self):
        base = self.model(self.probe).softmax(-1)
        scores = torch.zeros(self.probe.shape[1])
        for j in range(self.probe.shape[1]):
            occluded = self.probe.clone()
            occluded[:, j] = 0.0
            scores[j] = (self.model(occluded).softmax(-1) - base).abs().sum()
        return scores
