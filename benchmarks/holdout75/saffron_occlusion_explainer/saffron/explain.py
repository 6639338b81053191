import torch


class OcclusionExplainer:
    """Scores each time step by how much blanking it changes the predicted class probability."""

    def __init__(self, model, baseline=0.0):
        self.model = model.eval()
        self.baseline = baseline

    @torch.no_grad()
    def attribute(self, x):
        probs = self.model(x).softmax(-1)
        target = probs.argmax(-1)
        ref = probs.gather(1, target[:, None])
        scores = []
        for t in range(x.shape[1]):
            xo = x.clone()
            xo[:, t] = self.baseline
            p = self.model(xo).softmax(-1).gather(1, target[:, None])
            scores.append((ref - p).squeeze(1))
        return torch.stack(scores, 1)
